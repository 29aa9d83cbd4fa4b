import QtQuick
import QtQuick.Templates as T
import QtQuick.Controls.Material
import Pausa

// A tappable row or card in a list (a module, a lesson, a navigation entry, an exercise): reachable
// with Tab, activated with Space or Enter, with RowBackground's feedback and focus ring. (Qt's
// ItemDelegate takes no keyboard focus by itself, so Tab used to skip every list on a page.)
// Built on the template rather than Material's ItemDelegate: the same sizes, without the Ripple and
// icon label that every row would otherwise build (the side navigation and the module list are on
// the first frame; bench/startup).
T.ItemDelegate {
    id: row

    property bool selected: false
    property real cornerRadius: Theme.cornerRadius / 2
    // An icon before the text (Icon.qml's name); in the accent while the row is selected.
    property string iconName
    // The text wraps onto more lines instead of being elided.
    property bool wrapsText: false

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: 16
    verticalPadding: 8
    spacing: 16
    focusPolicy: Qt.StrongFocus
    font.weight: Font.Normal

    // Used by rows that show just their text, after an icon (navigation, exercises); cards set their own.
    contentItem: IconText {
        iconName: row.iconName
        iconColor: !row.enabled ? row.Material.hintTextColor : row.selected ? row.Material.accent : row.Material.foreground
        text: row.text
        font: row.font
        color: row.enabled ? row.Material.foreground : row.Material.hintTextColor
        spacing: row.spacing
        wraps: row.wrapsText
    }
    background: RowBackground {
        control: row
        selected: row.selected
        radius: row.cornerRadius
    }
    Keys.onReturnPressed: row.clicked()
    Keys.onEnterPressed: row.clicked()
}
