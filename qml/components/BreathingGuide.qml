pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Pausa
import Pausa.Models

// The breathing guide: a disc that grows on the breath in, rests on a hold and shrinks on the breath
// out, with the seconds left in the phase at its centre. With reduced motion the disc keeps its size
// and only its fill deepens and fades.
//
// Why one NumberAnimation per phase rather than binding the scale to a value the model updates at
// 60 Hz: the animation runs on the scene graph's animation driver, in step with the display's frames,
// with no JavaScript, binding or C++ work per frame; a 16 ms QTimer beats against vsync (uneven steps)
// and re-evaluates bindings every frame. It cannot drift either: at each phase change (and on pause,
// resume or a stall) the animation restarts from the engine's breath level to the phase's end level
// over the phase's remaining time, all read off the engine's clock.
Item {
    id: guide

    required property BreathingSessionModel session
    property bool reducedMotion: Theme.reducedMotion
    readonly property bool dark: Material.theme === Material.Dark
    // The disc's size with empty lungs, as a share of its full size.
    readonly property real restScale: 0.42
    readonly property real diameter: Math.min(width, height)
    readonly property bool showSeconds: session.status === BreathingSessionModel.Running
                                        || session.status === BreathingSessionModel.Paused
    // For tests: the disc's current scale and fill.
    readonly property alias discScale: disc.scale
    readonly property alias discOpacity: disc.opacity

    implicitWidth: 280
    implicitHeight: 280

    function valueFor(level: real): real {
        return guide.reducedMotion ? 0.3 + 0.7 * level : guide.restScale + (1 - guide.restScale) * level
    }

    // Called on phase changes and status changes only, never per frame.
    function follow() {
        motion.stop()
        const from = guide.valueFor(guide.session.breathLevel)
        if (guide.reducedMotion) {
            disc.scale = 1
            disc.opacity = from
        } else {
            disc.opacity = 1
            disc.scale = from
        }
        if (guide.session.status !== BreathingSessionModel.Running || guide.session.phaseRemainingMs <= 0)
            return
        motion.from = from
        motion.to = guide.valueFor(guide.session.phaseEndLevel)
        motion.duration = guide.session.phaseRemainingMs
        motion.start()
    }

    Component.onCompleted: follow()
    onReducedMotionChanged: follow()

    Connections {
        target: guide.session
        function onPhaseStarted() { guide.follow() }
        function onStatusChanged() { guide.follow() }
        function onPlanChanged() { guide.follow() }
    }

    NumberAnimation {
        id: motion
        target: disc
        property: guide.reducedMotion ? "opacity" : "scale"
        easing.type: Easing.InOutSine
    }

    // The disc at its fullest: a quiet outline of where the breath is going.
    Rectangle {
        anchors.centerIn: parent
        width: guide.diameter
        height: width
        radius: width / 2
        color: guide.dark ? Theme.breathHaloDark : Theme.breathHaloLight
    }

    Rectangle {
        id: disc
        objectName: "breathingDisc"
        anchors.centerIn: parent
        width: guide.diameter
        height: width
        radius: width / 2
        color: guide.dark ? Theme.breathFillDark : Theme.breathFillLight
        antialiasing: true
    }

    Label {
        objectName: "phaseSecondsLabel"
        anchors.centerIn: parent
        visible: guide.showSeconds
        text: guide.session.phaseSecondsLeft
        font.pixelSize: Math.round(Math.max(Theme.fontSizeTitle, guide.diameter * 0.14))
        font.weight: Font.Light
        color: guide.dark ? Theme.breathOnFillDark : Theme.breathOnFillLight
        Accessible.name: qsTr("%n seconds", "", guide.session.phaseSecondsLeft)
    }
}
