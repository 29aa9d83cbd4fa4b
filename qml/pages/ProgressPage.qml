pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// Progress at a glance: the course total (lessons across the library when there are several courses),
// the streak, breathing minutes, each course's modules with completion and quiz score, and what the
// learner did lately.
AppPage {
    id: page

    // One headline figure: a big number and what it counts.
    component FigureCard: Card {
        id: figure
        property string value
        property string label
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: figure.value
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: figure.Material.accent
            }
            Label {
                text: figure.label
                font.pixelSize: Theme.fontSizeBody
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    objectName: "progressPage"
    title: qsTr("Progress")

    LibraryOverview {
        id: library
        library: App.library
        progress: App.progress
    }
    CourseOverview {
        id: overview
        library: App.library
        progress: App.progress
        courseId: library.count > 1 ? "" : App.library.defaultCourseId
    }
    ActivityListModel {
        id: activity
        library: App.library
        progress: App.progress
        limit: 8
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.readingWidth * 1.2)
            spacing: Theme.margin

            GridLayout {
                Layout.fillWidth: true
                columns: page.width >= Theme.wideBreakpoint ? 3 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.spacing
                // Three fixed cards rather than a Repeater over a JavaScript array, which is rebuilt
                // (every card destroyed and made anew) whenever any one figure changes.
                FigureCard {
                    value: library.count > 1 ? library.lessonsDone + " / " + library.lessonCount
                                             : Math.round(overview.completion) + " %"
                    label: library.count > 1 ? qsTr("lessons done in your courses") : qsTr("of the course done")
                }
                FigureCard {
                    value: String(App.progress.streakDays)
                    // The number is shown above; n picks the word's singular or plural ("1 dag", "2 dagar").
                    label: qsTr("day(s) in a row", "", App.progress.streakDays)
                }
                FigureCard {
                    value: String(App.progress.breathingMinutes)
                    label: qsTr("minute(s) of breathing", "", App.progress.breathingMinutes)
                }
            }

            // In a Column, not in this layout: courses come and go as they are installed or removed.
            Column {
                objectName: "courseProgress"
                spacing: Theme.margin
                Layout.fillWidth: true
                Repeater {
                    model: library.courses
                    delegate: CourseProgressRows {
                        width: parent ? parent.width : 0
                    }
                }
            }

            Label {
                text: qsTr("Lately")
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                topPadding: Theme.spacing
            }
            Label {
                visible: activity.count === 0
                text: qsTr("Nothing yet. Your first lesson takes two minutes.")
                font.pixelSize: Theme.fontSizeBody
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            // In a Column, not in this layout: the list is rebuilt after each activity, and Qt 6.4's
            // layouts keep a removed delegate until their next polish (a resize in between crashed).
            Column {
                id: activityRows
                spacing: Theme.margin
                Layout.fillWidth: true
                Repeater {
                    model: activity
                    delegate: RowLayout {
                        id: entry
                        required property int kind
                        required property date when
                        required property string title
                        required property real value
                        required property bool passed
                        width: activityRows.width
                        Icon {
                            name: entry.kind === ActivityListModel.QuizFinished ? "star_filled"
                                  : entry.kind === ActivityListModel.Breathing ? "self_improvement" : "check"
                            size: Theme.iconSizeSmall
                            Layout.preferredWidth: Theme.touchTarget * 0.5
                        }
                        Label {
                            text: entry.kind === ActivityListModel.QuizFinished
                                  ? qsTr("Quiz · %1 · %2 %").arg(entry.title).arg(Math.round(entry.value))
                                  : entry.kind === ActivityListModel.Breathing
                                    ? qsTr("Breathing, %1 min").arg(Math.max(1, Math.round(entry.value)))
                                    : entry.title
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSizeBody
                            Layout.fillWidth: true
                        }
                        Label {
                            text: entry.when.toLocaleDateString(Qt.locale(), Locale.ShortFormat)
                            font.pixelSize: Theme.fontSizeSmall
                            opacity: Theme.secondaryTextOpacity
                        }
                    }
                }
            }
        }
    }
}
