import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Pausa

// A rounded, slightly raised surface that groups one thing on a page.
Pane {
    id: card
    padding: Theme.margin
    Material.elevation: 1
    background: Rectangle {
        radius: Theme.cornerRadius
        color: card.Material.theme === Material.Dark ? Qt.lighter(card.Material.background, 1.35)
                                                   : Qt.darker(card.Material.background, 1.03)
        border.width: 1
        border.color: card.Material.dividerColor
    }
}
