pragma ComponentBehavior: Bound
import QtQuick
import Pausa.Models

// The words for breathing phases, shared by the exercise list and the guide.
QtObject {
    function phaseName(kind: int, continues: bool): string {
        switch (kind) {
        case BreathingPatternModel.Inhale:
            return continues ? qsTr("Breathe in a little more") : qsTr("Breathe in")
        case BreathingPatternModel.Exhale:
            return continues ? qsTr("Keep breathing out") : qsTr("Breathe out")
        default:
            return qsTr("Hold")
        }
    }
}
