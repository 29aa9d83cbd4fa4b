import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Pausa

// Pausa's push button: Material's sizes and text on a flat, rounded surface, filled with the accent
// when highlighted, tonal otherwise, transparent when flat. Qt 6.4's Material Button wraps every
// button in a layered ElevationEffect shadow; with a dozen on the home page that doubled the time to
// the first frame (bench/startup). The focus ring shows keyboard users where they are.
Button {
    id: control

    property real cornerRadius: Theme.buttonRadius
    // An icon before the text (Icon.qml's name), or alone when the text is empty: then give the
    // button an Accessible.name.
    property string iconName
    readonly property bool dark: Material.theme === Material.Dark
    readonly property color textColor: !enabled ? Material.hintTextColor
                                     : highlighted && !flat ? (dark ? Theme.accentInkDark : Theme.accentInkLight)
                                     : highlighted ? Material.accent : Material.foreground

    font.capitalization: Font.MixedCase

    contentItem: IconText {
        iconName: control.iconName
        text: control.text
        font: control.font
        color: control.textColor
        centred: true
    }

    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touchTarget
        radius: control.cornerRadius
        color: control.flat ? "transparent"
             : !control.enabled ? control.Material.buttonDisabledColor
             : control.highlighted ? control.Material.accent
             : control.dark ? Theme.tonalDark : Theme.tonalLight

        StateLayer {
            control: control
            tint: control.textColor
            radius: control.cornerRadius
        }
        FocusRing {
            control: control
            cornerRadius: control.cornerRadius
        }
    }
}
