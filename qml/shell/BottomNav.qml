pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Pausa

// Bottom tab bar for narrow (phone) windows: thumb-reachable, 56 px tall targets.
TabBar {
    id: bar

    // The frame whose destinations this shows and switches.
    required property AppFrame frame

    objectName: "bottomNav"
    position: TabBar.Footer
    currentIndex: bar.frame.currentIndex

    Repeater {
        model: bar.frame.destinations
        delegate: TabButton {
            id: tab
            required property int index
            required property string key
            required property string label
            required property string glyph

            implicitHeight: Theme.touchTarget + 8
            text: tab.glyph + "\n" + tab.label
            font.pixelSize: Theme.fontSizeSmall
            font.capitalization: Font.MixedCase
            checked: bar.frame.currentIndex === tab.index
            objectName: "nav_" + tab.key
            Accessible.name: tab.label
            onClicked: bar.frame.showDestination(tab.index)
        }
    }
}
