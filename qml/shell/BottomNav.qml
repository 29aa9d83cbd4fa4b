pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Pausa

// Bottom tab bar for narrow (phone) windows: thumb-reachable, 56 px tall targets.
TabBar {
    id: bar

    required property ListModel model
    signal activated(int index)

    objectName: "bottomNav"
    position: TabBar.Footer

    Repeater {
        model: bar.model
        delegate: TabButton {
            id: tab
            required property int index
            required property string label
            required property string glyph

            implicitHeight: Theme.touchTarget + 8
            text: tab.glyph + "\n" + tab.label
            font.pixelSize: Theme.fontSizeSmall
            font.capitalization: Font.MixedCase
            checked: bar.currentIndex === tab.index
            Accessible.name: tab.label
            onClicked: bar.activated(tab.index)
        }
    }
}
