import QtQuick
import QtQuick.Controls.Material
import Pausa

// A rounded surface with a hairline border that groups one thing on a page: its one child (a layout
// with anchors.fill: parent) sits inside the padding. Flat on purpose, and a plain Rectangle rather
// than a Material Pane: the Pane type drags its elevation-shadow effect types into the first frame's
// type loading (bench/startup), and a shadow per card is a layered effect besides.
Rectangle {
    id: card

    default property alias content: body.data
    property real padding: Theme.margin

    implicitWidth: body.implicitWidth + 2 * padding
    implicitHeight: body.implicitHeight + 2 * padding
    radius: Theme.cornerRadius
    color: card.Material.theme === Material.Dark ? Qt.lighter(card.Material.background, 1.35)
                                               : Qt.darker(card.Material.background, 1.03)
    border.width: 1
    border.color: card.Material.dividerColor

    Item {
        id: body
        anchors.fill: parent
        anchors.margins: card.padding
        implicitWidth: children.length > 0 ? children[0].implicitWidth : 0
        implicitHeight: children.length > 0 ? children[0].implicitHeight : 0
    }
}
