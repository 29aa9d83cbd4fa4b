pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// The "Breathe" tab: the breathing exercises (built in, then from courses), the length to breathe for,
// and each exercise's phase lengths to adjust. Start opens the guide (BreathingSessionPage).
AppPage {
    id: page
    objectName: "breathePage"
    title: qsTr("Breathe")

    // The exercise list; the lead can hand in one shared model that also holds the course exercises.
    property BreathingPatternModel patterns: App.breathingPatterns

    function startExercise(patternId: string) {
        page.frame.openBreathing(page.patterns, patternId, page.patterns.durationSeconds,
                                 page.patterns.lengthCycles, true)
    }

    // A plain column rather than a ListView: a handful of exercises, and the length choice scrolls with
    // them (a ListView header with ComponentBehavior: Bound does not instantiate on Qt 6.4).
    ScrollView {
        id: scroller
        objectName: "breathingList"
        anchors.fill: parent
        contentWidth: availableWidth
        // Vertical only: a hidden horizontal bar would still swallow taps along the bottom edge.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            id: column
            width: Math.min(scroller.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            x: (scroller.availableWidth - width) / 2
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("A minute of calm before a task you dread, after a hard moment at work or at the end of a shift.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSizeBody
            }

            BreathingLengthPicker {
                Layout.fillWidth: true
                patterns: page.patterns
            }

            // In a Column, not in this layout: the list is rebuilt when courses are installed or removed.
            // The built-in exercises first, then each course's own under the course's title.
            Column {
                spacing: Theme.margin
                Layout.fillWidth: true
                Repeater {
                    model: page.patterns
                    delegate: Column {
                        id: entry
                        required property int index
                        required property var model
                        width: parent ? parent.width : 0
                        spacing: Theme.margin
                        Label {
                            visible: entry.model.sectionStart && entry.model.courseTitle !== ""
                            width: entry.width
                            text: entry.model.courseTitle
                            font.pixelSize: Theme.fontSizeLarge
                            font.bold: true
                            wrapMode: Text.Wrap
                            topPadding: Theme.spacing
                            Accessible.role: Accessible.Heading
                        }
                        BreathingPatternCard {
                            id: card
                            width: entry.width
                            index: entry.index
                            patternId: entry.model.patternId
                            title: entry.model.title
                            description: entry.model.description
                            rhythm: entry.model.rhythm
                            phases: entry.model.phases
                            plannedCycles: entry.model.plannedCycles
                            plannedSeconds: entry.model.plannedSeconds
                            adjusted: entry.model.adjusted
                            onStartClicked: page.startExercise(card.patternId)
                            onAdjustPhase: (phaseIndex, steps) => page.patterns.adjustPhase(card.index, phaseIndex, steps)
                            onResetPhases: page.patterns.resetPhases(card.index)
                        }
                    }
                }
            }

            Item {
                Layout.preferredHeight: Theme.margin
            }
        }
    }
}
