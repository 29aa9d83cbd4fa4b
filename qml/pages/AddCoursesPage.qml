pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa
import Pausa.Models

// "Add courses": a catalog link in, its courses listed, the learner picks which to install; the
// download's progress, cancel, "check for updates now" and removing a course. The work is App.subscriptions'.
AppPage {
    id: page

    // Removing a course keeps the learner's progress in it unless they ask for it to go too.
    Dialog {
        id: removeDialog
        property string courseId
        property string courseTitle
        function ask(id: string, title: string) {
            courseId = id
            courseTitle = title
            open()
        }
        function remove(deleteProgress: bool) {
            page.subscriptions.removeCourse(courseId)
            if (deleteProgress)
                App.progress.deleteCourseProgress(courseId)
            close()
        }
        objectName: "removeCourseDialog"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.dialogWidth)
        contentWidth: width - leftPadding - rightPadding
        modal: true
        title: qsTr("Remove “%1”?").arg(courseTitle)
        Label {
            width: removeDialog.contentWidth
            text: qsTr("The course leaves this device. Your progress in it is kept (it comes back if you add the course again), unless you delete it too.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeBody
        }
        footer: ColumnLayout {
            spacing: Theme.spacing
            ActionButton {
                objectName: "removeKeepProgressButton"
                text: qsTr("Remove, keep my progress")
                highlighted: true
                font.pixelSize: Theme.fontSizeBody
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                onClicked: removeDialog.remove(false)
            }
            ActionButton {
                objectName: "removeDeleteProgressButton"
                text: qsTr("Remove and delete my progress")
                flat: true
                font.pixelSize: Theme.fontSizeBody
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                onClicked: removeDialog.remove(true)
            }
            ActionButton {
                text: qsTr("Cancel")
                flat: true
                font.pixelSize: Theme.fontSizeBody
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.bottomMargin: Theme.margin
                onClicked: removeDialog.close()
            }
        }
    }
    objectName: "addCoursesPage"
    title: qsTr("Add courses")

    readonly property CourseSubscriptions subscriptions: App.subscriptions

    function megabytes(bytes: real): string {
        return qsTr("%1 MB").arg((bytes / 1000000).toLocaleString(Qt.locale(), "f", 1))
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
            x: Math.max(Theme.margin, (parent.width - width) / 2)
            spacing: Theme.spacing

            Label {
                text: qsTr("Your organisation gives you a link to its courses. Paste it here.")
                font.pixelSize: Theme.fontSizeBody
                wrapMode: Text.Wrap
                topPadding: Theme.margin
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: linkField
                    objectName: "catalogLinkField"
                    placeholderText: qsTr("https://…/catalog.json")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                    onAccepted: page.subscriptions.openCatalog(text)
                }
                ActionButton {
                    objectName: "showCoursesButton"
                    text: qsTr("Show courses")
                    enabled: linkField.text.length > 0 && !page.subscriptions.busy
                    font.pixelSize: Theme.fontSizeBody
                    onClicked: page.subscriptions.openCatalog(linkField.text)
                }
            }
            Label {
                visible: page.subscriptions.catalogUrl.length > 0
                text: page.subscriptions.publisher.length > 0 ? qsTr("Courses from %1").arg(page.subscriptions.publisher)
                                                              : qsTr("Courses in this catalog")
                font.pixelSize: Theme.fontSizeLarge
                topPadding: Theme.margin
            }
            Label {
                visible: page.subscriptions.catalogUrl.length === 0 && page.subscriptions.count > 0
                text: qsTr("Installed courses")
                font.pixelSize: Theme.fontSizeLarge
                topPadding: Theme.margin
            }

            Repeater {
                model: page.subscriptions
                delegate: ColumnLayout {
                    id: row
                    required property int index
                    required property string courseId
                    required property string title
                    required property string language
                    required property string description
                    required property real bytes
                    required property bool installed
                    required property bool updateAvailable
                    required property bool selected

                    Layout.fillWidth: true
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        CheckBox {
                            visible: page.subscriptions.catalogUrl.length > 0
                            checked: row.selected
                            enabled: !page.subscriptions.busy
                            Accessible.name: row.title
                            onToggled: page.subscriptions.setSelected(row.index, checked)
                        }
                        Label {
                            text: row.title
                            font.pixelSize: Theme.fontSizeBody
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        ActionButton {
                            visible: row.installed
                            flat: true
                            text: qsTr("Remove")
                            enabled: !page.subscriptions.busy
                            font.pixelSize: Theme.fontSizeSmall
                            onClicked: removeDialog.ask(row.courseId, row.title)
                        }
                    }
                    Label {
                        text: (row.language.length > 0 ? row.language + " · " : "") + page.megabytes(row.bytes)
                              + (row.updateAvailable ? " · " + qsTr("update available")
                                                     : row.installed ? " · " + qsTr("installed") : "")
                        font.pixelSize: Theme.fontSizeSmall
                        opacity: Theme.secondaryTextOpacity
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: text.length > 0
                        // Plain text: a catalog comes from a server, and its Markdown could name any image.
                        text: row.description
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSizeSmall
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }

            ProgressLine {
                visible: page.subscriptions.busy
                value: page.subscriptions.bytesTotal > 0 ? page.subscriptions.bytesDone / page.subscriptions.bytesTotal : 0
                Layout.fillWidth: true
            }
            Label {
                visible: page.subscriptions.busy && page.subscriptions.bytesTotal > 0
                text: qsTr("%1 of %2").arg(page.megabytes(page.subscriptions.bytesDone)).arg(page.megabytes(page.subscriptions.bytesTotal))
                font.pixelSize: Theme.fontSizeSmall
            }
            Label {
                objectName: "subscriptionMessage"
                visible: text.length > 0
                text: page.subscriptions.message
                font.pixelSize: Theme.fontSizeSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ActionButton {
                    visible: page.subscriptions.catalogUrl.length > 0 && !page.subscriptions.busy
                    text: qsTr("Install")
                    highlighted: true
                    enabled: page.subscriptions.anySelected
                    font.pixelSize: Theme.fontSizeBody
                    onClicked: page.subscriptions.installSelected()
                }
                ActionButton {
                    visible: page.subscriptions.busy
                    text: qsTr("Cancel")
                    font.pixelSize: Theme.fontSizeBody
                    onClicked: page.subscriptions.cancel()
                }
                ActionButton {
                    visible: !page.subscriptions.busy
                    flat: true
                    text: qsTr("Check for updates now")
                    font.pixelSize: Theme.fontSizeBody
                    onClicked: page.subscriptions.checkForUpdates()
                }
                ActionButton {
                    visible: page.subscriptions.catalogUrl.length > 0 && !page.subscriptions.busy
                    flat: true
                    text: qsTr("Show installed courses")
                    font.pixelSize: Theme.fontSizeBody
                    onClicked: page.subscriptions.showInstalled()
                }
            }
        }
    }
}
