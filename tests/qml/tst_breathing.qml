import QtQuick
import QtQuick.Controls
import QtTest
import QtMultimedia
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// The breathing guide on a fast clock (timeScale): the words follow the phases in order, the session
// ends and reports itself; Space pauses, leaving the app pauses and offers to continue, leaving the
// page records a stopped session; reduced motion keeps the disc's size. And the exercise list starts
// an exercise in one tap and adjusts phase lengths.
Item {
    id: root
    width: 360
    height: 740

    // The app's frame, its stack emptied before each test: pages leave and open others through it.
    AppFrame {
        id: testFrame
        anchors.fill: parent
        focus: true
    }
    readonly property StackView stack: testFrame.stack

    Component {
        id: sessionPage
        BreathingSessionPage { patterns: savedChoices; frame: testFrame }
    }
    Component {
        id: breathePage
        // The built-in exercises only, on a model of the test's own (the app's shared one also
        // carries the course's exercises; tst_learnerflow covers that).
        BreathePage { patterns: savedChoices; frame: testFrame }
    }
    Component {
        id: rootPage
        Item {}
    }

    // The learner's adjustments and length choice persist (QSettings): every test starts from the defaults.
    BreathingPatternModel {
        id: savedChoices
    }

    BreathingSessionModel {
        id: cueSession
        patternId: "box"
    }
    Component {
        id: cuesComponent
        BreathingCues { session: cueSession }
    }

    SignalSpy {
        id: endedSpy
        signalName: "sessionEnded"
    }

    TestCase {
        name: "Breathing"
        when: windowShown

        function pushSession(properties) {
            stack.push(rootPage, {}, StackView.Immediate)   // something to go back to
            const page = stack.push(sessionPage, properties, StackView.Immediate)
            verify(page)
            endedSpy.clear()
            endedSpy.target = page
            return page
        }

        // Runs the session to its end, collecting every text the phase label shows.
        function wordsUntilEnd(page) {
            const label = Find.named(page, "phaseLabel")
            verify(label)
            const seen = [label.text]
            label.textChanged.connect(() => seen.push(label.text))
            tryCompare(page.session, "status", BreathingSessionModel.Finished, 5000)
            return seen
        }

        // Scrolls the exercise list so that `item` is on screen (mouse clicks need it there).
        function bringIntoView(page, item) {
            // A page pushed at once is laid out (its positioners polished) by the next frame.
            waitForRendering(page)
            const flickable = Find.named(page, "breathingList").contentItem
            const y = item.mapToItem(flickable.contentItem, 0, 0).y
            flickable.contentY = Math.max(0, Math.min(y - 8, flickable.contentHeight - flickable.height))
            wait(20)
        }

        function init() {
            stack.clear(StackView.Immediate)
            for (let row = 0; row < savedChoices.count; ++row)
                savedChoices.resetPhases(row)
            savedChoices.lengthMinutes = 0
            savedChoices.lengthCycles = 0
        }

        function cleanup() {
            stack.clear(StackView.Immediate)
            AppSettings.reducedMotion = false
        }

        function test_boxCycleInOrder() {
            const page = pushSession({ patternId: "box", cycles: 1, timeScale: 20 })
            compare(page.session.status, BreathingSessionModel.Idle)
            compare(Find.named(page, "remainingLabel").text, "0:16")
            const start = Find.named(page, "primaryButton")
            verify(start.width >= Theme.touchTarget && start.height >= Theme.touchTarget)
            compare(start.Accessible.name, "Start")
            mouseClick(start)
            compare(page.session.status, BreathingSessionModel.Running)
            const seen = wordsUntilEnd(page)
            compare(seen, ["Breathe in", "Hold", "Breathe out", "Hold", "Well done"])
            compare(endedSpy.count, 1)
            compare(endedSpy.signalArguments[0][0], "box")
            compare(endedSpy.signalArguments[0][1], 16)
            compare(endedSpy.signalArguments[0][2], true)
            compare(Find.named(page, "remainingLabel").text, "0:00")
        }

        function test_everyBuiltInRunsThrough_data() {
            return [
                { tag: "4-7-8", id: "4-7-8", words: ["Breathe in", "Hold", "Breathe out"] },
                { tag: "coherent", id: "coherent", words: ["Breathe in", "Breathe out"] },
                { tag: "sigh", id: "sigh", words: ["Breathe in", "Breathe in a little more", "Breathe out"] },
            ]
        }

        function test_everyBuiltInRunsThrough(data) {
            const page = pushSession({ patternId: data.id, cycles: 2, timeScale: 20, autoStart: true })
            const seen = wordsUntilEnd(page)
            // Started before the spy: the first word is already there.
            compare(seen, data.words.concat(data.words).concat(["Well done"]))
            compare(endedSpy.count, 1)
            compare(endedSpy.signalArguments[0][0], data.id)
            compare(endedSpy.signalArguments[0][2], true)
        }

        function test_spaceBackgroundAndLeaving() {
            const page = pushSession({ patternId: "box", cycles: 3, timeScale: 4, autoStart: true })
            compare(page.session.status, BreathingSessionModel.Running)
            keyClick(Qt.Key_Space)
            compare(page.session.status, BreathingSessionModel.Paused)
            compare(Find.named(page, "phaseLabel").text, "Paused")
            keyClick(Qt.Key_Space)
            compare(page.session.status, BreathingSessionModel.Running)

            // The app goes to the background: paused, and coming back offers to continue.
            page.appActive = false
            compare(page.session.status, BreathingSessionModel.Paused)
            verify(page.session.interrupted)
            page.appActive = true
            wait(100)
            compare(page.session.status, BreathingSessionModel.Paused)   // no auto-resume
            const prompt = Find.named(page, "continuePrompt")
            verify(prompt.visible)
            const cont = Find.named(page, "continueButton")
            verify(cont.height >= Theme.touchTarget)
            mouseClick(cont)
            compare(page.session.status, BreathingSessionModel.Running)
            verify(!prompt.visible)

            // Leaving the page records a stopped session.
            wait(300)
            stack.pop(StackView.Immediate)
            compare(endedSpy.count, 1)
            compare(endedSpy.signalArguments[0][0], "box")
            compare(endedSpy.signalArguments[0][2], false)
            verify(endedSpy.signalArguments[0][1] >= 1)
        }

        // The app quitting mid-exercise destroys the page without popping it: still recorded, once.
        function test_destroyedMidExerciseIsRecorded() {
            const page = createTemporaryObject(sessionPage, root,
                                               { patternId: "box", cycles: 3, timeScale: 4, autoStart: true })
            endedSpy.clear()
            endedSpy.target = page
            tryVerify(() => page.session.secondsDone >= 1, 2000)
            compare(endedSpy.count, 0)
            page.destroy()
            tryCompare(endedSpy, "count", 1)
            compare(endedSpy.signalArguments[0][0], "box")
            verify(endedSpy.signalArguments[0][1] >= 1)
            compare(endedSpy.signalArguments[0][2], false)
        }

        function test_stopButton() {
            const page = pushSession({ patternId: "coherent", durationSeconds: 60, timeScale: 10, autoStart: true })
            wait(150)
            const stop = Find.named(page, "stopButton")
            verify(stop.visible && stop.height >= Theme.touchTarget)
            compare(stop.Accessible.name, "Stop the exercise")
            mouseClick(stop)
            compare(page.session.status, BreathingSessionModel.Stopped)
            compare(endedSpy.count, 1)
            compare(endedSpy.signalArguments[0][2], false)
            verify(Find.named(page, "doneButton").visible)
            stack.pop(StackView.Immediate)
            compare(endedSpy.count, 1)   // recorded once
        }

        // In the app's frame, Esc (the frame's back) stops the exercise, records it and goes back.
        function test_escapeStopsAndGoesBack() {
            const frame = testFrame
            frame.showDestination(0)    // home, to go back to
            const page = frame.stack.push(sessionPage, { patternId: "box", durationSeconds: 60, autoStart: true },
                                          StackView.Immediate)
            endedSpy.clear()
            endedSpy.target = page
            compare(page.session.status, BreathingSessionModel.Running)
            wait(200)
            keyClick(Qt.Key_Escape)
            tryCompare(frame.stack, "depth", 1)
            tryCompare(endedSpy, "count", 1)
            compare(endedSpy.signalArguments[0][0], "box")
            compare(endedSpy.signalArguments[0][2], false)
        }

        // "Lugn nu" on the home screen: one minute of box breathing, at once.
        function test_lugnNu() {
            const page = pushSession({ patternId: "box", durationSeconds: 60, autoStart: true })
            compare(page.session.status, BreathingSessionModel.Running)
            compare(page.session.totalCycles, 4)
            compare(page.session.totalSeconds, 64)
            compare(Find.named(page, "phaseLabel").text, "Breathe in")
            compare(page.title, "Box breathing")
        }

        function test_discFollowsTheBreath() {
            const page = pushSession({ patternId: "box", cycles: 1, timeScale: 4, autoStart: true })
            const disc = Find.named(page, "breathingDisc")
            verify(disc.scale < 0.5)                  // lungs empty at the start
            tryVerify(() => disc.scale > 0.9, 1500)   // full by the end of the 1 s (4 s / 4) inhale
            tryCompare(page.session, "phaseKind", BreathingPatternModel.Exhale, 2000)
            tryVerify(() => disc.scale < 0.6, 1500)
            compare(disc.opacity, 1)
        }

        function test_reducedMotionKeepsTheSize() {
            AppSettings.reducedMotion = true
            const page = pushSession({ patternId: "box", cycles: 1, timeScale: 4, autoStart: true })
            const disc = Find.named(page, "breathingDisc")
            const startOpacity = disc.opacity
            tryVerify(() => disc.opacity > startOpacity + 0.3, 1500)
            compare(disc.scale, 1)
        }

        function test_breathePageStartsInOneTap() {
            const list = stack.push(breathePage, {}, StackView.Immediate)
            compare(list.patterns.count, 4)
            const card = Find.named(list, "breathingCard_sigh")
            verify(card)
            const start = Find.named(card, "startButton")
            verify(start.height >= Theme.touchTarget)
            bringIntoView(list, card)
            mouseClick(start)
            compare(stack.depth, 2)
            const page = stack.currentItem
            compare(page.objectName, "breathingSessionPage")
            compare(page.patternId, "sigh")
            compare(page.session.status, BreathingSessionModel.Running)
            stack.pop(StackView.Immediate)
            compare(page.session.status, BreathingSessionModel.Stopped)
        }

        function test_adjustPhases() {
            const list = stack.push(breathePage, {}, StackView.Immediate)
            const row = list.patterns.indexOf("4-7-8")
            list.patterns.resetPhases(row)
            const card = Find.named(list, "breathingCard_4-7-8")
            bringIntoView(list, card)
            mouseClick(Find.named(card, "adjustButton"))
            verify(card.expanded)
            tryVerify(() => Find.named(card, "phaseSeconds") !== null)
            compare(Find.named(card, "phaseSeconds").text, "4 s")
            verify(list.patterns.adjustPhase(row, 0, 1))
            compare(card.rhythm, "4.5 · 7 · 8")
            verify(card.adjusted)
            for (let i = 0; i < 20; ++i)
                list.patterns.adjustPhase(row, 0, 1)
            compare(card.rhythm, "10 · 7 · 8")   // the upper bound
            list.patterns.resetPhases(row)
            compare(card.rhythm, "4 · 7 · 8")
            verify(!card.adjusted)
        }

        // Which sound goes with which phase; with no audio output (as on CI) a cue is silent and
        // nothing breaks.
        function test_cueSounds() {
            const cues = createTemporaryObject(cuesComponent, root)
            verify(cues !== null)
            compare(String(cues.sourceFor(BreathingPatternModel.Inhale)), "qrc:/qt/qml/Pausa/sounds/breathe-in.wav")
            compare(String(cues.sourceFor(BreathingPatternModel.HoldIn)), "qrc:/qt/qml/Pausa/sounds/hold.wav")
            compare(String(cues.sourceFor(BreathingPatternModel.HoldOut)), "qrc:/qt/qml/Pausa/sounds/hold.wav")
            compare(String(cues.sourceFor(BreathingPatternModel.Exhale)), "qrc:/qt/qml/Pausa/sounds/breathe-out.wav")
            if (!cues.available)
                cues.play(BreathingPatternModel.Inhale)
        }

        // With an audio output (a desktop, or a PulseAudio null sink:
        // `pulseaudio -D -n --load=module-null-sink --load=module-native-protocol-unix`), the three
        // sounds load and a cue plays when the session starts. Skipped where there is no output.
        function test_cuesPlayWithAnOutput() {
            const cues = createTemporaryObject(cuesComponent, root)
            if (!cues.available)
                skip("no audio output on this machine")
            const effects = []
            for (let i = 0; i < cues.resources.length; ++i) {
                if (cues.resources[i] instanceof SoundEffect)
                    effects.push(cues.resources[i])
            }
            compare(effects.length, 3)
            tryVerify(() => effects.every(e => e.status === SoundEffect.Ready), 5000, "the cue sounds load")
            cueSession.timeScale = 20
            cueSession.start()
            tryVerify(() => effects.some(e => e.playing), 3000, "a cue plays when the session starts")
            cueSession.stop()
        }
    }
}
