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

            // The app's own icon (assets/icons/pausa.svg) in its own colours, beside the version.
            RowLayout {
                spacing: Theme.margin
                Layout.topMargin: Theme.margin
                Layout.fillWidth: true
                Icon {
                    objectName: "aboutAppIcon"
                    name: "pausa"
                    color: "transparent"
                    size: Theme.appIconSize
                    Accessible.name: qsTr("Pausa")
                }
                Label {
                    objectName: "aboutVersion"
                    text: qsTr("Version %1").arg(Qt.application.version)
                    font.pixelSize: Theme.fontSizeLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
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
                // Each of the two sends only what it names, to the address the learner's organisation
                // gave, and only once the learner adds a link or turns reporting on.
                Paragraph {
                    objectName: "aboutNothingSent"
                    text: qsTr("Nothing, unless you ask for it. Pausa does not reach the internet by itself, and a link in a lesson opens in your browser only when you choose to follow it.")
                }
                Paragraph {
                    objectName: "aboutCourseDownloads"
                    text: qsTr("Courses: when you add your organisation's course link (Settings, Add courses), Pausa fetches that catalog and its courses from the address in the link, and checks it for updates every few hours. Nothing about you is sent with those requests.")
                }
                Paragraph {
                    objectName: "aboutReporting"
                    text: qsTr("Results: only if you turn on Reporting results in Settings, Pausa sends a record of each lesson you finish, each quiz answer and result, each breathing exercise and each course you complete, with the time, the course and the name your organisation knows you by, to your organisation's learning record store. Nothing else leaves the device.")
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
                    objectName: "aboutIconLicence"
                    text: qsTr("The interface icons are Google's Material Icons, used under the Apache License, version 2.0.")
                }
                Paragraph {
                    text: qsTr("Pausa's app icon and breathing sounds were made for Pausa.")
                    bottomPadding: Theme.margin
                }
            }
        }
    }
}
