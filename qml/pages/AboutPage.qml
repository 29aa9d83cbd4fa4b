pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa
import Pausa.Models

// About Pausa: the version, what is kept on this device and where, what is sent where, and the
// licences of what ships. Reached from Settings.
AppPage {
    id: page
    objectName: "aboutPage"
    title: qsTr("About Pausa")

    // A heading and its paragraphs.
    component Section: ColumnLayout {
        id: section
        property string heading
        default property alias paragraphs: body.data
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            text: section.heading
            font.pixelSize: Theme.fontSizeLarge
            topPadding: Theme.margin
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        ColumnLayout {
            id: body
            spacing: Theme.spacing
            Layout.fillWidth: true
        }
    }
    component Paragraph: Label {
        font.pixelSize: Theme.fontSizeBody
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
            x: Math.max(Theme.margin, (parent.width - width) / 2)
            spacing: Theme.spacing

            Label {
                objectName: "aboutVersion"
                text: qsTr("Version %1").arg(Qt.application.version)
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                topPadding: Theme.margin
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Paragraph {
                text: qsTr("Short workplace courses for the pauses of a day.")
            }

            Section {
                heading: qsTr("What is kept on this device")
                Paragraph {
                    objectName: "aboutProgressFile"
                    text: App.progress.filePath.length > 0
                          ? qsTr("Your progress (the lessons you have read, your quiz answers and scores, your breathing minutes) is kept in one file: %1").arg(App.progress.filePath)
                          : qsTr("Your progress is kept only in memory this time, and is gone when the app closes.")
                }
                Paragraph {
                    objectName: "aboutSettingsFile"
                    text: qsTr("Your settings (language, theme, text size, sounds, the window's size and place) are kept in %1").arg(AppSettings.fileName)
                }
                Paragraph {
                    text: qsTr("Both stay on this device. In Settings you can export your progress, or delete it.")
                }
            }

            Section {
                heading: qsTr("What is sent, and where")
                // When course downloads (issue 13) and progress reporting (issue 14) are merged, this
                // says that each sends only what it names, to the address the learner's organisation
                // gave, and only once the learner turns it on in Settings.
                Paragraph {
                    objectName: "aboutNothingSent"
                    text: qsTr("Nothing. Pausa does not reach the internet by itself: the courses are on this device and nothing about you leaves it. A link in a lesson opens in your browser only when you choose to follow it.")
                }
            }

            Section {
                heading: qsTr("Licences")
                Paragraph {
                    text: qsTr("Pausa is built with Qt 6, used under the GNU Lesser General Public License, version 3 (LGPL-3.0). On Linux the Qt libraries come from your system's packages; their source is at https://download.qt.io.")
                }
                Paragraph {
                    text: qsTr("Your progress is stored with SQLite, which is in the public domain.")
                }
                Paragraph {
                    text: qsTr("Pausa's app icon and breathing sounds were made for Pausa.")
                    bottomPadding: Theme.margin
                }
            }
        }
    }
}
