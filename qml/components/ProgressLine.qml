import QtQuick
import QtQuick.Controls.Material

// A thin, determinate progress line (value 0..1) in the accent colour: what Material's ProgressBar
// draws, as two rectangles. Every module card shows one, and the control's style machinery cost the
// first frame more than its pixels (bench/startup).
Rectangle {
    id: line

    property real value: 0

    implicitWidth: 200
    implicitHeight: 4
    color: Qt.rgba(line.Material.accent.r, line.Material.accent.g, line.Material.accent.b, 0.25)
    Accessible.role: Accessible.ProgressBar

    Rectangle {
        width: parent.width * Math.max(0, Math.min(1, line.value))
        height: parent.height
        color: line.Material.accent
    }
}
