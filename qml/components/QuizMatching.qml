pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa

// A matching question: one drop-down per left item, holding the right items in the order C++ gave.
// After the answer, each drop-down shows what was saved, with a mark under it: right, or wrong and
// what belongs there.
// A Column, not a ColumnLayout: the rows change with every question (see QuizChoices).
Column {
    id: matching

    required property var leftItems
    required property var rightItems
    property bool locked: false
    property var picks: []     // for each left item, the chosen index in `right`, -1 for none
    // Once answered (QuizSession.matchResults), per left item: { given, right, expected }.
    property var results: []

    onLeftItemsChanged: picks = leftItems.map(() => -1)
    spacing: Theme.spacing

    Repeater {
        model: matching.leftItems
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string modelData
            width: matching.width
            Label {
                text: row.modelData
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeBody
                font.bold: true
                Layout.fillWidth: true
            }
            ComboBox {
                id: choice
                objectName: "matchBox_" + row.index
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + 4
                enabled: !matching.locked
                model: {
                    const items = [qsTr("Choose…")]
                    for (let i = 0; i < matching.rightItems.length; ++i)
                        items.push(matching.rightItems[i])
                    return items
                }
                font.pixelSize: Theme.fontSizeBody
                Accessible.name: row.modelData
                // The chosen answer ends in "…" when it is longer than the box, instead of being cut
                // off mid-letter (the style's text field does not elide).
                contentItem: Label {
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    text: choice.displayText
                    font: choice.font
                    // The body colour even when locked: a disabled box greys its text to about 2.6:1,
                    // and the learner reads the answer again beside the feedback.
                    color: choice.Material.foreground
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
                onActivated: index => {
                    const copy = matching.picks.slice()
                    copy[row.index] = index - 1
                    matching.picks = copy
                }
                Binding on currentIndex {
                    when: matching.locked && row.index < matching.results.length
                    // Evaluated even while `when` is false (the next question has no results yet).
                    value: row.index < matching.results.length ? matching.results[row.index].given + 1 : 0
                }
            }
            RowLayout {
                id: mark
                readonly property bool judged: matching.locked && row.index < matching.results.length
                readonly property bool isRight: judged && matching.results[row.index].right
                visible: judged
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                Icon {
                    objectName: "matchIcon_" + row.index
                    name: mark.isRight ? "check" : "close"
                    color: markText.color
                    size: Theme.iconSizeSmall
                    Layout.alignment: Qt.AlignTop
                }
                Label {
                    id: markText
                    objectName: "matchMark_" + row.index
                    text: mark.isRight ? qsTr("Right")
                                       : qsTr("Belongs here: %1").arg(mark.judged ? matching.results[row.index].expected : "")
                    color: mark.isRight ? row.Material.accent : row.Material.foreground
                    font.pixelSize: Theme.fontSizeSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
