pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Pausa

// A rounded choice chip (Material 3 style, which Qt 6.4's Material lacks): filled when selected,
// outlined otherwise. The whole Theme.touchTarget height is tappable; the pill is drawn inside it.
Button {
    id: chip

    property bool selected: false

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    topInset: 4
    bottomInset: 4
    font.pixelSize: Theme.fontSizeBody
    font.capitalization: Font.MixedCase
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: selected

    contentItem: Label {
        text: chip.text
        font: chip.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !chip.selected ? chip.Material.foreground
             : chip.Material.theme === Material.Dark ? Theme.accentInkDark : Theme.accentInkLight
    }

    background: Rectangle {
        radius: height / 2
        color: chip.selected ? chip.Material.accent : (chip.down ? chip.Material.rippleColor : "transparent")
        border.width: chip.selected ? 0 : 1
        border.color: chip.Material.hintTextColor

        FocusRing {
            control: chip
            cornerRadius: height / 2
        }
    }
}
