pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// How long to breathe: each exercise's own suggestion, a number of minutes, or a number of cycles.
// The choices and bounds come from the exercise list (BreathingPatternModel), which also keeps the choice.
ColumnLayout {
    id: picker

    required property BreathingPatternModel patterns

    spacing: Theme.spacing

    Label {
        text: qsTr("Length")
        font.pixelSize: Theme.fontSizeLarge
        Accessible.role: Accessible.Heading
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        BreathingChip {
            objectName: "lengthSuggested"
            selected: picker.patterns.lengthMinutes === 0 && picker.patterns.lengthCycles === 0
            text: qsTr("Suggested")
            Accessible.name: qsTr("Suggested length")
            onClicked: {
                picker.patterns.lengthMinutes = 0
                picker.patterns.lengthCycles = 0
            }
        }

        Repeater {
            model: picker.patterns.lengthChoicesMinutes
            delegate: BreathingChip {
                id: minuteButton
                required property int modelData
                objectName: "lengthMinutes" + modelData
                selected: picker.patterns.lengthMinutes === modelData
                text: qsTr("%1 min").arg(modelData)
                Accessible.name: qsTr("%n minute(s)", "", modelData)
                onClicked: picker.patterns.lengthMinutes = minuteButton.modelData
            }
        }

        BreathingChip {
            objectName: "lengthCycles"
            selected: picker.patterns.lengthCycles > 0
            text: qsTr("Cycles")
            Accessible.name: qsTr("Count cycles")
            onClicked: picker.patterns.lengthCycles = picker.patterns.defaultCycles
        }

        SpinBox {
            objectName: "cycleCount"
            visible: picker.patterns.lengthCycles > 0
            from: picker.patterns.minCycles
            to: picker.patterns.maxCycles
            value: picker.patterns.lengthCycles
            height: Theme.touchTarget
            font.pixelSize: Theme.fontSizeBody
            Accessible.name: qsTr("Number of cycles")
            onValueModified: picker.patterns.lengthCycles = value
        }
    }
}
