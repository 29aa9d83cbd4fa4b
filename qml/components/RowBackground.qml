import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import QtQuick.Controls.Material
import Pausa

// The background of a tappable row or card in a list (a module, a lesson, a navigation entry, a quiz
// option): the list highlight when selected, a veil of the content colour on hover and press, and a
// focus ring drawn inside so a clipping list cannot cut it off. Replaces the Material delegate's
// Ripple (see StateLayer); the veil is mixed into this one rectangle's colour, since a list has many.
Rectangle {
    id: surface

    required property T.AbstractButton control
    property bool selected: false
    readonly property real veil: !control.enabled ? 0 : control.down ? Theme.pressVeil : control.hovered ? Theme.hoverVeil : 0
    readonly property color base: selected ? control.Material.listHighlightColor : "transparent"
    readonly property color ink: control.Material.foreground

    implicitHeight: Theme.touchTarget
    radius: Theme.cornerRadius / 2
    color: veil === 0 ? base : over(ink, veil, base)

    // The ink at the given opacity laid over the base colour (which may itself be translucent).
    function over(ink: color, alpha: real, under: color): color {
        const a = alpha + under.a * (1 - alpha)
        const mix = (top, bottom) => (top * alpha + bottom * under.a * (1 - alpha)) / a
        return Qt.rgba(mix(ink.r, under.r), mix(ink.g, under.g), mix(ink.b, under.b), a)
    }

    FocusRing {
        control: surface.control
        cornerRadius: surface.radius
        outset: 0
    }
}
