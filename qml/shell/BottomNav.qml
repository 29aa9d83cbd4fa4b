pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
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
            required property string symbol

            // Four tabs share a 360 px phone: the labels grow with the text size only up to 15 px, and a
            // label too wide for its tab ("Inställningar" at 15 px) shrinks to fit rather than being cut
            // off; the bar grows so both lines always fit.
            text: tab.label
            leftPadding: 2
            rightPadding: 2
            implicitHeight: Math.max(Theme.tabBarHeight, implicitContentHeight + topPadding + bottomPadding)
            font.pixelSize: Math.min(Theme.fontSizeSmall, 15)
            font.capitalization: Font.MixedCase   // Material's tabs shout; Pausa's labels are words
            // The icon above the label; the selected tab's icon is the filled one, both in the accent.
            contentItem: IconText {
                iconName: tab.symbol + (tab.checked ? "_filled" : "")
                iconSize: Theme.navIconSize
                text: tab.label
                font: tab.font
                color: tab.checked ? tab.Material.accent : tab.Material.foreground
                stacked: true
                spacing: 2
            }
            checked: bar.frame.currentIndex === tab.index
            objectName: "nav_" + tab.key
            Accessible.name: tab.label
            onClicked: bar.frame.showDestination(tab.index)
        }
    }
}
