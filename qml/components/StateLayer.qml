import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import QtQuick.Controls.Material
import Pausa

// The hover and press feedback of a tappable surface: a thin veil of the content colour over it.
// Used instead of Material's Ripple, which the software renderer draws through a pixmap the size of
// the control (about 2 MB for each module card on a laptop).
Rectangle {
    required property T.AbstractButton control
    property color tint: control.Material.foreground

    anchors.fill: parent
    color: tint
    opacity: !control.enabled ? 0 : control.down ? Theme.pressVeil : control.hovered ? Theme.hoverVeil : 0
}
