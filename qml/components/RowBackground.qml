import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import QtQuick.Controls.Material
import Pausa

// The background of a tappable row or card in a list (a module, a lesson, a navigation entry, a quiz
// option): the list highlight when selected, hover and press feedback, and a focus ring drawn inside
// so a clipping list cannot cut it off. Replaces the Material delegate's Ripple (see StateLayer).
Rectangle {
    id: surface

    required property T.AbstractButton control
    property bool selected: false

    implicitHeight: Theme.touchTarget
    radius: Theme.cornerRadius / 2
    color: selected ? control.Material.listHighlightColor : "transparent"

    StateLayer {
        control: surface.control
        radius: surface.radius
    }
    FocusRing {
        control: surface.control
        cornerRadius: surface.radius
        outset: 0
    }
}
