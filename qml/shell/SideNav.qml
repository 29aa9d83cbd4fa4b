pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Pausa

// Side navigation for wide (laptop) windows: a plain surface with a divider on its right (not a
// Material Pane, whose elevation shadow is a layered effect; see ActionButton).
Rectangle {
    id: nav

    // The frame whose destinations this shows and switches.
    required property AppFrame frame

    objectName: "sideNav"
    color: nav.Material.background

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: nav.Material.dividerColor
    }

    Column {
        anchors.fill: parent
        anchors.topMargin: Theme.margin
        spacing: 2

        Label {
            x: Theme.margin
            text: qsTr("Pausa")
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            bottomPadding: Theme.margin
        }

        Repeater {
            model: nav.frame.destinations
            delegate: ListRow {
                id: entry
                required property int index
                required property string key
                required property string label
                required property string symbol

                width: nav.width
                height: Theme.touchTarget
                text: entry.label
                // The selected entry's icon is the filled one (ListRow draws it in the accent).
                iconName: entry.symbol + (entry.selected ? "_filled" : "")
                font.pixelSize: Theme.fontSizeBody
                highlighted: nav.frame.currentIndex === entry.index
                selected: entry.highlighted
                cornerRadius: 0
                objectName: "nav_" + entry.key
                Accessible.name: entry.label
                onClicked: nav.frame.showDestination(entry.index)
            }
        }
    }
}
