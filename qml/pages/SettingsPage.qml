pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Pausa
import Pausa.Models

AppPage {
    id: page
    objectName: "settingsPage"
    title: qsTr("Settings")

    readonly property bool mobile: Qt.platform.os === "android" || Qt.platform.os === "ios"
    readonly property alias resetDialog: resetDialog

    // On a laptop the learner picks the file; on a phone the export goes to a known folder (Documents,
    // or the app's own folder where there is none), named by the local date.
    function exportAs(format: string) {
        const file = App.progress.defaultExportFile(format)
        if (!page.mobile) {
            exportDialog.format = format
            exportDialog.selectedFile = file
            exportDialog.open()
            return
        }
        page.exportTo(file.toString(), format)
    }
    function exportTo(url: string, format: string) {
        exportResult.text = App.progress.exportTo(url, format) ? qsTr("Saved to %1").arg(url.replace("file://", ""))
                                                               : App.progress.notice
    }

    FileDialog {
        id: exportDialog
        property string format: "json"
        title: qsTr("Export progress")
        fileMode: FileDialog.SaveFile
        currentFolder: App.progress.defaultExportFolder()
        nameFilters: format === "csv" ? [qsTr("CSV files (*.csv)")] : [qsTr("JSON files (*.json)")]
        onAccepted: page.exportTo(String(selectedFile), format)
    }

    Dialog {
        id: resetDialog
        anchors.centerIn: parent
        // The content width is given, not taken from the dialog (availableWidth), whose implicit
        // height depends on the wrapped text's height: that was a binding loop.
        width: Math.min(parent.width - 2 * Theme.margin, Theme.dialogWidth)
        contentWidth: width - leftPadding - rightPadding
        modal: true
        title: qsTr("Reset progress?")
        Label {
            width: resetDialog.contentWidth
            text: qsTr("All lessons, quiz scores, streaks and breathing minutes are deleted from this device. This cannot be undone.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeBody
        }
        // Our own buttons, not standardButtons: those take their words from Qt's translations, which
        // have no Swedish for them (the dialog said "RESET" and "CANCEL" in a Swedish interface).
        footer: RowLayout {
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "cancelResetButton"
                text: qsTr("Cancel")
                flat: true
                font.pixelSize: Theme.fontSizeBody
                Layout.bottomMargin: Theme.margin
                onClicked: resetDialog.reject()
            }
            ActionButton {
                objectName: "confirmResetButton"
                text: qsTr("Delete everything")
                highlighted: true
                font.pixelSize: Theme.fontSizeBody
                Layout.rightMargin: Theme.margin
                Layout.bottomMargin: Theme.margin
                onClicked: resetDialog.accept()
            }
        }
        onAccepted: App.progress.resetAll()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            objectName: "settingsColumn"
            width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
            // Centred in a wide window, as the other pages' columns are.
            x: Math.max(Theme.margin, (parent.width - width) / 2)
            spacing: Theme.spacing

            Label { text: qsTr("Language"); font.pixelSize: Theme.fontSizeLarge; topPadding: Theme.margin }
            Flow {
                Layout.fillWidth: true
                Repeater {
                    model: [
                        { code: "", label: qsTr("System") },
                        { code: "sv", label: "Svenska" },
                        { code: "en", label: "English" }
                    ]
                    delegate: RadioButton {
                        required property var modelData
                        objectName: "language_" + (modelData.code !== "" ? modelData.code : "system")
                        text: modelData.label
                        font.pixelSize: Theme.fontSizeBody
                        checked: AppSettings.language === modelData.code
                        onClicked: AppSettings.language = modelData.code
                    }
                }
            }

            Label { text: qsTr("Theme"); font.pixelSize: Theme.fontSizeLarge; topPadding: Theme.margin }
            Flow {
                Layout.fillWidth: true
                Repeater {
                    model: [
                        { mode: AppSettings.System, label: qsTr("System") },
                        { mode: AppSettings.Light, label: qsTr("Light") },
                        { mode: AppSettings.Dark, label: qsTr("Dark") }
                    ]
                    delegate: RadioButton {
                        required property var modelData
                        text: modelData.label
                        font.pixelSize: Theme.fontSizeBody
                        checked: AppSettings.themeMode === modelData.mode
                        onClicked: AppSettings.themeMode = modelData.mode
                    }
                }
            }

            Label { text: qsTr("Text size"); font.pixelSize: Theme.fontSizeLarge; topPadding: Theme.margin }
            Slider {
                Layout.fillWidth: true
                from: 0; to: 3; stepSize: 1; snapMode: Slider.SnapAlways
                value: AppSettings.textSizeStep
                onMoved: AppSettings.textSizeStep = value
                Accessible.name: qsTr("Text size")
            }

            Switch {
                text: qsTr("Sounds")
                font.pixelSize: Theme.fontSizeBody
                checked: AppSettings.soundsEnabled
                onToggled: AppSettings.soundsEnabled = checked
            }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Volume"); font.pixelSize: Theme.fontSizeBody }
                Slider {
                    Layout.fillWidth: true
                    enabled: AppSettings.soundsEnabled
                    from: 0; to: 1
                    value: AppSettings.soundVolume
                    onMoved: AppSettings.soundVolume = value
                    Accessible.name: qsTr("Volume")
                }
            }
            Switch {
                text: qsTr("Reduce motion")
                font.pixelSize: Theme.fontSizeBody
                checked: AppSettings.reducedMotion
                onToggled: AppSettings.reducedMotion = checked
            }

            Label { text: qsTr("Courses"); font.pixelSize: Theme.fontSizeLarge; topPadding: Theme.margin }
            ActionButton {
                objectName: "addCoursesButton"
                text: qsTr("Add courses…")
                font.pixelSize: Theme.fontSizeBody
                onClicked: page.frame.openAddCourses()
            }

            ReportingSection { Layout.fillWidth: true }

            ReviewSettings { Layout.fillWidth: true }
            Label { text: qsTr("Your progress"); font.pixelSize: Theme.fontSizeLarge; topPadding: Theme.margin }
            Label {
                text: App.progress.persistent ? qsTr("Kept on this device.")
                                              : qsTr("Not saved: progress is kept only until the app closes.")
                font.pixelSize: Theme.fontSizeSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.width >= Theme.wideBreakpoint ? 2 : 1
                ActionButton {
                    text: qsTr("Export as JSON")
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                    onClicked: page.exportAs("json")
                }
                ActionButton {
                    text: qsTr("Export as CSV")
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                    onClicked: page.exportAs("csv")
                }
            }
            Label {
                id: exportResult
                visible: text.length > 0
                font.pixelSize: Theme.fontSizeSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ActionButton {
                text: qsTr("Reset progress…")
                flat: true
                font.pixelSize: Theme.fontSizeBody
                onClicked: resetDialog.open()
            }

            ListRow {
                objectName: "aboutRow"
                text: qsTr("About Pausa")
                font.pixelSize: Theme.fontSizeBody
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                Layout.bottomMargin: Theme.margin
                onClicked: page.frame.openAbout()
            }
        }
    }
}
