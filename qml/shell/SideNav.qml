pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Pausa

// Side navigation for wide (laptop) windows.
Pane {
    id: nav

    required property ListModel model
    property int currentIndex: 0
    signal activated(int index)

    objectName: "sideNav"
    padding: 0
    Material.elevation: 2

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
            model: nav.model
            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string label
                required property string glyph

                width: nav.width
                height: Theme.touchTarget
                text: entry.glyph + "  " + entry.label
                font.pixelSize: Theme.fontSizeBody
                highlighted: nav.currentIndex === entry.index
                Accessible.name: entry.label
                onClicked: nav.activated(entry.index)
            }
        }
    }
}
