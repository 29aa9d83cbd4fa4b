import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import QtQuick.Controls.Material
import Pausa

// A visible outline around the control that has keyboard focus (Tab), and only then: a tap or a
// click never shows it. Fills its parent (the control's background), by default just outside it.
Rectangle {
    required property T.Control control
    property real cornerRadius: 0
    // How far outside the background the ring sits; 0 draws it inside (for full-width rows, whose
    // outside may be clipped by the list).
    property real outset: Theme.focusRingWidth + 1

    anchors.fill: parent
    anchors.margins: -outset
    radius: cornerRadius > 0 ? cornerRadius + outset : 0
    color: "transparent"
    border.width: Theme.focusRingWidth
    border.color: control.Material.foreground
    visible: control.visualFocus
}
