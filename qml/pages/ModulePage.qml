pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// A module: its lessons in order with reading time and done marks, the quiz with the best score,
// and the module's breathing exercises.
AppPage {
    id: page
    objectName: "modulePage"
    title: overview.title

    required property string courseId
    required property string moduleId
    readonly property alias overview: overview

    function openLesson(lessonId: string) {
        page.frame.openLesson(page.courseId, page.moduleId, lessonId)
    }
    function openQuiz() {
        page.frame.openQuiz(page.courseId, page.moduleId)
    }
    function breathe(patternId: string, seconds: int, cycles: int) {
        page.frame.openBreathing(App.breathingPatterns, patternId, seconds, cycles, false)
    }

    ModuleOverview {
        id: overview
        library: App.library
        progress: App.progress
        courseId: page.courseId
        moduleId: page.moduleId
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        // One column on a phone; on a laptop the lessons on the left, the quiz and the breathing
        // exercises beside them. Tab walks the lessons first, as on a phone.
        GridLayout {
            id: column
            readonly property bool twoColumns: flick.width >= Theme.twoColumnMinWidth + 2 * Theme.margin
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin,
                            twoColumns ? Theme.wideContentWidth : Theme.readingWidth * 1.2)
            columns: twoColumns ? 2 : 1
            columnSpacing: Theme.margin * 2
            rowSpacing: Theme.spacing

            ColumnLayout {
                objectName: "moduleLessons"
                spacing: Theme.spacing
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: column.twoColumns ? (column.width - column.columnSpacing) * 0.58 : -1

                Label {
                    text: overview.failed ? qsTr("This module could not be loaded: %1").arg(overview.error) : overview.summary
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                }
                ProgressLine {
                    visible: overview.lessons.count > 0 || overview.hasQuiz
                    value: overview.percent / 100
                    Layout.fillWidth: true
                    Accessible.name: qsTr("%1 % complete").arg(Math.round(overview.percent))
                }
                ReviewOffer {
                    courseId: page.courseId
                    moduleId: page.moduleId
                    frame: page.frame
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                }

                Label {
                    visible: overview.lessons.count > 0
                    text: qsTr("Lessons")
                    font.pixelSize: Theme.fontSizeLarge
                    font.bold: true
                    topPadding: Theme.margin
                    Accessible.role: Accessible.Heading
                }
                Repeater {
                    model: overview.lessons
                    delegate: ListRow {
                        id: lessonRow
                        required property int index
                        required property string lessonId
                        required property string title
                        required property real minutes
                        required property bool done
                        required property bool inProgress

                        objectName: "lesson_" + lessonId
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(Theme.rowHeight, implicitHeight)
                        Accessible.name: title + (done ? ", " + qsTr("done") : "")
                        onClicked: page.openLesson(lessonId)

                        contentItem: RowLayout {
                            spacing: Theme.margin
                            // Done: a filled tick in the accent; begun: a part-filled clock; else its number.
                            Icon {
                                visible: lessonRow.done || lessonRow.inProgress
                                name: lessonRow.done ? "check_circle_filled" : "timelapse"
                                color: lessonRow.done ? page.Material.accent : page.Material.foreground
                                Layout.preferredWidth: Math.max(Theme.touchTarget * 0.6, Theme.iconSize)
                            }
                            Label {
                                visible: !lessonRow.done && !lessonRow.inProgress
                                text: String(lessonRow.index + 1)
                                font.pixelSize: Theme.fontSizeLarge
                                horizontalAlignment: Text.AlignHCenter
                                Layout.preferredWidth: Math.max(Theme.touchTarget * 0.6, Theme.iconSize)
                            }
                            Label {
                                text: lessonRow.title
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontSizeBody
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("%1 min").arg(Math.max(1, Math.round(lessonRow.minutes)))
                                font.pixelSize: Theme.fontSizeSmall
                                opacity: Theme.secondaryTextOpacity
                            }
                        }
                    }
                }
            }
            ColumnLayout {
                objectName: "moduleQuizAndBreathing"
                spacing: Theme.spacing
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: column.twoColumns ? (column.width - column.columnSpacing) * 0.42 : -1

                Card {
                    visible: overview.hasQuiz
                    Layout.fillWidth: true
                    Layout.topMargin: column.twoColumns ? 0 : Theme.margin
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        Label {
                            text: qsTr("Quiz")
                            font.pixelSize: Theme.fontSizeLarge
                            font.bold: true
                        }
                        Label {
                            text: qsTr("%n question(s)", "", overview.questionCount) + " · "
                                  + (overview.bestScore >= 0
                                     ? qsTr("best %1 %, last %2 %").arg(Math.round(overview.bestScore)).arg(Math.round(overview.lastScore))
                                     : qsTr("not taken yet"))
                                  + " · " + qsTr("pass mark %1 %").arg(overview.passMark)
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSizeSmall
                            opacity: Theme.secondaryTextOpacity
                            Layout.fillWidth: true
                        }
                        ActionButton {
                            objectName: "startQuizButton"
                            text: overview.attempts > 0 ? qsTr("Take the quiz again") : qsTr("Take the quiz")
                            highlighted: overview.nextLessonId === "" && !overview.quizPassed
                            font.pixelSize: Theme.fontSizeBody
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.actionButtonHeight
                            onClicked: page.openQuiz()
                        }
                    }
                }

                Label {
                    visible: overview.breathing.length > 0
                    text: qsTr("Breathing exercises")
                    font.pixelSize: Theme.fontSizeLarge
                    font.bold: true
                    topPadding: Theme.margin
                }
                Repeater {
                    model: overview.breathing
                    delegate: ListRow {
                        required property var modelData
                        objectName: "breathing_" + modelData.patternId
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(Theme.rowHeight, implicitHeight)
                        // The length as the Breathe page writes it: "1 min 30 s", or "2 min" when even.
                        iconName: "self_improvement"
                        text: modelData.title + " · "
                              + (modelData.lengthRestSeconds > 0
                                 ? qsTr("%1 min %2 s").arg(modelData.lengthMinutes).arg(modelData.lengthRestSeconds)
                                 : qsTr("%1 min").arg(modelData.lengthMinutes))
                        font.pixelSize: Theme.fontSizeBody
                        onClicked: page.breathe(modelData.patternId, modelData.suggestedSeconds, modelData.suggestedCycles)
                        // Wrapped, not cut: a long title ("Reset breath between jobs · 2 min") was elided on
                        // a phone before its length.
                        wrapsText: true
                    }
                }
            }
        }
    }
}
