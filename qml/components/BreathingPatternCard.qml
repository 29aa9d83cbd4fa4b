pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa

// One exercise in the list: what it is, its rhythm and length, a one-tap start, and the phase lengths
// to adjust behind "Adjust". Inputs are the BreathingPatternModel roles; actions go out as signals.
Pane {
    id: card

    required property int index
    required property string patternId
    required property string title
    required property string description
    required property string rhythm
    required property var phases
    required property int plannedCycles
    required property int plannedSeconds
    required property bool adjusted
    property bool expanded: false

    signal startClicked()
    signal adjustPhase(int phaseIndex, int steps)
    signal resetPhases()

    objectName: "breathingCard_" + patternId
    padding: Theme.margin
    background: Rectangle {
        radius: Theme.cornerRadius
        color: card.Material.theme === Material.Dark ? Theme.breathCardDark : Theme.breathCardLight
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        // The rhythm goes under the title, not beside it: a one-word title ("Fyrkantsandning") at the
        // largest text size is as wide as a phone's card and cannot wrap.
        Label {
            Layout.fillWidth: true
            text: card.title
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.topMargin: -Theme.spacing / 2
            text: qsTr("%1 s").arg(card.rhythm)
            font.pixelSize: Theme.fontSizeBody
            opacity: Theme.secondaryTextOpacity
        }

        MarkdownLabel {
            Layout.fillWidth: true
            markdownText: card.description
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSizeBody
        }

        // On its own line: beside the buttons a phone wrapped it mid-figure ("2 min 8 s · 8 / varv").
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 min %2 s · %n cycles", "", card.plannedCycles)
                      .arg(Math.floor(card.plannedSeconds / 60)).arg(card.plannedSeconds % 60)
            font.pixelSize: Theme.fontSizeSmall
            wrapMode: Text.WordWrap
            opacity: Theme.secondaryTextOpacity
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "adjustButton"
                flat: true
                text: card.expanded ? qsTr("Close") : qsTr("Adjust")
                font.pixelSize: Theme.fontSizeBody
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Adjust the phases of %1").arg(card.title)
                onClicked: card.expanded = !card.expanded
            }
            ActionButton {
                objectName: "startButton"
                highlighted: true
                text: qsTr("Start")
                font.pixelSize: Theme.fontSizeBody
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 2
                Accessible.name: qsTr("Start %1").arg(card.title)
                onClicked: card.startClicked()
            }
        }

        BreathingPhaseEditor {
            Layout.fillWidth: true
            visible: card.expanded
            phases: card.phases
            adjusted: card.adjusted
            onAdjust: (phaseIndex, steps) => card.adjustPhase(phaseIndex, steps)
            onReset: card.resetPhases()
        }
    }
}
