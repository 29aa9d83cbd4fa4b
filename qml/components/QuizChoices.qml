pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa

// The options of a choice question: radio buttons for one answer, check boxes for several.
// Numbers 1–9 pick an option on a keyboard. After the answer, the chosen options stay marked.
// A Column, not a ColumnLayout: the options change with every question, and Qt 6.4's layouts keep a
// removed Repeater delegate in their list until their next polish, so a resize in between (a phone
// turned, a window dragged) used a deleted item and crashed (tst_quizresize).
Column {
    id: list

    required property var choices          // option texts
    property bool multiple: false
    property bool locked: false
    property var chosen: []                // indexes chosen so far
    property var answeredChoices: []       // indexes saved with the answer, once answered

    function toggle(index: int) {
        if (list.locked || index < 0 || index >= list.choices.length)
            return
        if (!list.multiple) {
            list.chosen = [index]
            return
        }
        const copy = list.chosen.slice()
        const at = copy.indexOf(index)
        if (at >= 0)
            copy.splice(at, 1)
        else
            copy.push(index)
        list.chosen = copy.sort()
    }
    function isMarked(index: int): bool {
        return (list.locked ? list.answeredChoices : list.chosen).indexOf(index) >= 0
    }

    spacing: 4

    Repeater {
        model: list.choices
        delegate: ItemDelegate {
            id: option
            required property int index
            required property string modelData
            objectName: "choice_" + index
            // Reachable with Tab; Space marks it, and Enter goes on to the page, which confirms.
            focusPolicy: Qt.StrongFocus
            background: RowBackground { control: option }
            width: list.width
            height: Math.max(Theme.touchTarget + 4, implicitHeight)
            enabled: !list.locked
            Accessible.role: list.multiple ? Accessible.CheckBox : Accessible.RadioButton
            Accessible.name: modelData
            Accessible.checked: list.isMarked(index)
            onClicked: list.toggle(index)

            contentItem: RowLayout {
                spacing: Theme.spacing
                Rectangle {
                    width: 26; height: 26
                    radius: list.multiple ? 4 : 13
                    border.width: 2
                    border.color: option.Material.accent
                    color: list.isMarked(option.index) ? option.Material.accent : "transparent"
                    Label {
                        anchors.centerIn: parent
                        text: option.index < 9 ? String(option.index + 1) : ""
                        font.pixelSize: Theme.fontSizeSmall
                        color: !list.isMarked(option.index) ? option.Material.foreground
                             : option.Material.theme === Material.Dark ? Theme.accentInkDark : Theme.accentInkLight
                    }
                }
                Label {
                    text: option.modelData
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeBody
                    // Options stay readable once answered (the delegate is disabled then, which
                    // would grey them to Material's hint colour, about 2:1): the learner reads them
                    // again beside the feedback.
                    color: option.Material.foreground
                    Layout.fillWidth: true
                }
            }
        }
    }
}
