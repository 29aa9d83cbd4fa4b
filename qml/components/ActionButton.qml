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

    contentItem: Item {
        // From the natural sizes (not the Row's), so the button's width never feeds back into them.
        implicitWidth: (buttonIcon.visible ? buttonIcon.width : 0) + (buttonText.visible ? buttonText.implicitWidth : 0)
                       + (buttonIcon.visible && buttonText.visible ? content.spacing : 0)
        implicitHeight: Math.max(buttonIcon.visible ? buttonIcon.height : 0, buttonText.implicitHeight)

        Row {
            id: content
            anchors.centerIn: parent
            spacing: Theme.spacing
            Icon {
                id: buttonIcon
                visible: control.iconName.length > 0
                name: control.iconName
                color: control.textColor
                anchors.verticalCenter: parent.verticalCenter
            }
            Label {
                id: buttonText
                visible: control.text.length > 0
                // Elided when the button is narrower than its words.
                width: Math.min(implicitWidth, control.availableWidth
                                               - (buttonIcon.visible ? buttonIcon.width + content.spacing : 0))
                text: control.text
                font: control.font
                color: control.textColor
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                anchors.verticalCenter: parent.verticalCenter
            }
        }
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
