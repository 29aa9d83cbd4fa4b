import QtQuick
import QtQuick.Controls
import Pausa

// A tappable row or card in a list (a module, a lesson, a navigation entry, an exercise): reachable
// with Tab, activated with Space or Enter, with RowBackground's feedback and focus ring. (Qt's
// ItemDelegate takes no keyboard focus by itself, so Tab used to skip every list on a page.)
ItemDelegate {
    id: row

    property bool selected: false
    property real cornerRadius: Theme.cornerRadius / 2

    focusPolicy: Qt.StrongFocus
    background: RowBackground {
        control: row
        selected: row.selected
        radius: row.cornerRadius
    }
    Keys.onReturnPressed: row.clicked()
    Keys.onEnterPressed: row.clicked()
}
