pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// The guide through one breathing exercise. Push it with the exercise and its length, e.g. "Lugn nu"
// on the home screen: {patternId: "box", durationSeconds: 60, autoStart: true}. Space starts / pauses,
// Esc (the frame's back) stops and leaves. Leaving the app (Application.state) pauses the exercise and offers to continue.
AppPage {
    id: page
    objectName: "breathingSessionPage"

    property string patternId: "box"
    // The length: seconds (rounded to whole cycles) or cycles; with neither, the exercise's suggestion.
    property int durationSeconds: 0
    property int cycles: 0
    property bool autoStart: false
    // The exercise list, for course exercises and the learner's adjustments (built-in ones work without).
    property BreathingPatternModel patterns: App.breathingPatterns
    // For tests: run faster than real time.
    property real timeScale: 1
    property bool appActive: Application.state === Qt.ApplicationActive
    readonly property alias session: session

    // A started exercise ended: ran to the end or was stopped (the session has recorded it).
    signal sessionEnded(string patternId, int secondsDone, bool completed)

    readonly property bool active: session.status === BreathingSessionModel.Running
                                   || session.status === BreathingSessionModel.Paused
    readonly property string phaseWord: {
        switch (session.status) {
        case BreathingSessionModel.Running:
            return words.phaseName(session.phaseKind, session.phaseContinues)
        case BreathingSessionModel.Paused:
            return qsTr("Paused")
        case BreathingSessionModel.Finished:
            return qsTr("Well done")
        case BreathingSessionModel.Stopped:
            return qsTr("Stopped")
        default:
            return session.ready ? qsTr("Ready when you are") : qsTr("This exercise is not available.")
        }
    }

    title: session.ready ? session.title : qsTr("Breathe")

    function leave() {
        page.frame.goBack()
    }

    Component.onCompleted: {
        if (page.autoStart)
            session.start()
    }
    // Leaving the page (back, Esc, another tab) ends the exercise and records it; so does the page
    // going away without leaving the stack (the app quits mid-exercise). stop() records only once.
    StackView.onRemoved: session.stop()
    Component.onDestruction: session.stop()

    Shortcut {
        sequence: "Space"
        enabled: page.StackView.status === StackView.Active
        onActivated: session.toggle()
    }

    BreathingWords { id: words }

    BreathingSessionModel {
        id: session
        patternId: page.patternId
        patterns: page.patterns
        durationSeconds: page.durationSeconds
        cycles: page.cycles
        timeScale: page.timeScale
        appActive: page.appActive
        progress: App.progress
        onSessionEnded: (patternId, secondsDone, completed) => page.sessionEnded(patternId, secondsDone, completed)
    }

    BreathingCues {
        session: session
        enabled: AppSettings.soundsEnabled
        gain: AppSettings.soundGain
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        opacity: session.interrupted ? 0.25 : 1

        Label {
            objectName: "remainingLabel"
            Layout.alignment: Qt.AlignHCenter
            text: session.remainingText
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Font.Light
            Accessible.name: qsTr("%1 left").arg(session.remainingText)
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: page.active ? qsTr("Cycle %1 of %2").arg(session.cycle).arg(session.totalCycles)
                              : qsTr("%n cycles", "", session.totalCycles)
            visible: session.ready
            font.pixelSize: Theme.fontSizeSmall
            opacity: Theme.secondaryTextOpacity
        }

        BreathingGuide {
            id: guide
            session: session
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            Layout.topMargin: Theme.margin
            Layout.bottomMargin: Theme.margin
        }

        Label {
            id: phaseLabel
            objectName: "phaseLabel"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: page.phaseWord
            font.pixelSize: Theme.fontSizeTitle
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        BreathingControls {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: content.width
            Layout.topMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
            status: session.status
            enabled: session.ready && !session.interrupted
            onPrimaryClicked: session.toggle()
            onStopClicked: session.stop()
            onDoneClicked: page.leave()
        }
    }

    // After the app was in the background: the exercise waits until the learner chooses to go on.
    Pane {
        objectName: "continuePrompt"
        visible: session.interrupted
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.promptWidth)
        padding: Theme.margin * 1.5
        // A custom background gets no Material shadow: a border sets the card off the dimmed guide.
        background: Rectangle {
            radius: Theme.cornerRadius
            color: page.Material.theme === Material.Dark ? Theme.breathCardDark : Theme.breathCardLight
            border.width: 1
            border.color: page.Material.theme === Material.Dark ? Theme.breathFillDark : Theme.breathFillLight
        }

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: qsTr("Paused while you were away.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSizeLarge
            }
            ActionButton {
                objectName: "continueButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.actionButtonHeight
                highlighted: true
                text: qsTr("Continue")
                font.pixelSize: Theme.fontSizeBody
                Accessible.name: qsTr("Continue the exercise")
                onClicked: session.resume()
            }
            ActionButton {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.actionButtonHeight
                flat: true
                text: qsTr("End the exercise")
                font.pixelSize: Theme.fontSizeBody
                Accessible.name: text
                onClicked: session.stop()
            }
        }
    }
}
