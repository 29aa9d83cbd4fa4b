pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa

// The phases of one exercise with shorter / longer buttons. The bounds and the step are the model's:
// a button is disabled at its bound, and the model refuses anything outside it.
ColumnLayout {
    id: editor

    required property var phases     // the model's "phases" role
    required property bool adjusted

    signal adjust(int phaseIndex, int steps)
    signal reset()

    spacing: 0

    BreathingWords { id: words }

    // The rows sit in a Column, not in this layout: every change of a length gives new phases, and Qt
    // 6.4's layouts keep a removed delegate until their next polish (a resize in between crashed).
    Column {
        id: phaseRows
        Layout.fillWidth: true
        Repeater {
            model: editor.phases
            delegate: RowLayout {
                id: row
                required property int index
                required property var modelData
                readonly property string name: words.phaseName(row.modelData.kind, row.modelData.continues)

                width: phaseRows.width
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: row.name
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSizeBody
                }
                ActionButton {
                    flat: true
                    cornerRadius: Theme.touchTarget / 2
                    iconName: "remove"
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    enabled: row.modelData.seconds > row.modelData.minSeconds
                    Accessible.name: qsTr("Shorter: %1").arg(row.name)
                    onClicked: editor.adjust(row.index, -1)
                }
                Label {
                    objectName: "phaseSeconds"
                    Layout.minimumWidth: Theme.touchTarget * 1.2
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("%1 s").arg(Number(row.modelData.seconds).toLocaleString(Qt.locale(), "f", row.modelData.seconds % 1 ? 1 : 0))
                    font.pixelSize: Theme.fontSizeBody
                }
                ActionButton {
                    flat: true
                    cornerRadius: Theme.touchTarget / 2
                    iconName: "add"
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    enabled: row.modelData.seconds < row.modelData.maxSeconds
                    Accessible.name: qsTr("Longer: %1").arg(row.name)
                    onClicked: editor.adjust(row.index, 1)
                }
            }
        }
    }

    ActionButton {
        Layout.alignment: Qt.AlignRight
        Layout.preferredHeight: Theme.touchTarget
        flat: true
        enabled: editor.adjusted
        text: qsTr("Reset")
        font.pixelSize: Theme.fontSizeBody
        Accessible.name: qsTr("Reset the phase lengths")
        onClicked: editor.reset()
    }
}
