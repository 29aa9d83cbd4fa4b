import QtQuick
import QtMultimedia
import Pausa.Models

// The soft cue at each phase change of a breathing exercise: one sound for breathing in, one for
// holding, one for breathing out, played when the session sends `cue`. The only piece of Pausa that
// touches Qt Multimedia, and it comes with the breathing page: the app starts without loading
// Multimedia's dozen libraries (bench/startup).
//
// With no audio output it stays silent and says so in one log line: a SoundEffect would otherwise
// report itself "playing" forever on such a system (Qt 6.4 with no audio device: it loads, and
// `playing` never turns false again), so none is ever played.
Item {
    id: cues

    required property BreathingSessionModel session
    property bool enabled: true
    // Linear gain, 0..1 (AppSettings.soundGain).
    property real gain: 0.2
    // Whether there is an audio output to play to; follows a headset being plugged in or out.
    readonly property bool available: devices.audioOutputs.length > 0

    // Where the cue for a phase kind lives (the Pausa module's resources).
    function sourceFor(kind: int): url {
        if (kind === BreathingPatternModel.Inhale)
            return Qt.resolvedUrl("../sounds/breathe-in.wav")
        if (kind === BreathingPatternModel.Exhale)
            return Qt.resolvedUrl("../sounds/breathe-out.wav")
        return Qt.resolvedUrl("../sounds/hold.wav")
    }

    function play(kind: int) {
        if (!enabled || gain <= 0 || !available)
            return
        const effect = kind === BreathingPatternModel.Inhale ? inhale
                     : kind === BreathingPatternModel.Exhale ? exhale : hold
        if (effect.status !== SoundEffect.Error)
            effect.play()
    }

    MediaDevices {
        id: devices
    }

    // Loaded only when there is an output, and bound to the current default one.
    SoundEffect {
        id: inhale
        source: cues.available ? cues.sourceFor(BreathingPatternModel.Inhale) : ""
        audioDevice: devices.defaultAudioOutput
        volume: cues.gain
    }
    SoundEffect {
        id: hold
        source: cues.available ? cues.sourceFor(BreathingPatternModel.HoldIn) : ""
        audioDevice: devices.defaultAudioOutput
        volume: cues.gain
    }
    SoundEffect {
        id: exhale
        source: cues.available ? cues.sourceFor(BreathingPatternModel.Exhale) : ""
        audioDevice: devices.defaultAudioOutput
        volume: cues.gain
    }

    Connections {
        target: cues.session
        function onCue(kind: int) { cues.play(kind) }
    }

    LoggingCategory {
        id: log
        name: "pausa.breathing"
    }
    Component.onCompleted: {
        if (!available)
            console.info(log, "No audio output found; breathing cues are silent.")
    }
}
