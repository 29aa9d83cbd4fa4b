pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// Big start / pause / continue and stop controls for the breathing guide; "Again" and "Done" once the
// exercise is over. All targets are at least Theme.touchTarget.
RowLayout {
    id: controls

    required property int status   // BreathingSessionModel.Status
    readonly property bool active: status === BreathingSessionModel.Running || status === BreathingSessionModel.Paused
    readonly property bool over: status === BreathingSessionModel.Finished || status === BreathingSessionModel.Stopped

    signal primaryClicked()   // start, pause, continue or again, by status
    signal stopClicked()
    signal doneClicked()

    // The big button stays in the middle; the side slots are equally wide whatever they hold.
    readonly property real sideWidth: Theme.touchTarget * 2.5

    spacing: Theme.margin

    Item {
        // Shrinks toward the minimum when a phone is narrower than the row would like.
        Layout.fillWidth: true
        Layout.minimumWidth: Theme.touchTarget * 1.5
        Layout.preferredWidth: controls.sideWidth
        Layout.preferredHeight: Theme.actionButtonHeight

        ActionButton {
            objectName: "stopButton"
            anchors.centerIn: parent
            visible: controls.active
            flat: true
            text: qsTr("Stop")
            font.pixelSize: Theme.fontSizeBody
            height: parent.height
            width: Math.max(implicitWidth, Theme.touchTarget * 2)
            Accessible.name: qsTr("Stop the exercise")
            onClicked: controls.stopClicked()
        }
    }

    ActionButton {
        id: primary
        objectName: "primaryButton"
        readonly property int size: Theme.touchTarget * 2
        Layout.preferredWidth: Math.max(size, implicitContentWidth + 2 * Theme.margin)
        Layout.preferredHeight: size
        cornerRadius: height
        topInset: 0
        bottomInset: 0
        highlighted: true
        font.pixelSize: Theme.fontSizeBody
        font.bold: true
        text: {
            switch (controls.status) {
            case BreathingSessionModel.Running: return qsTr("Pause")
            case BreathingSessionModel.Paused: return qsTr("Continue")
            case BreathingSessionModel.Finished:
            case BreathingSessionModel.Stopped: return qsTr("Again")
            default: return qsTr("Start")
            }
        }
        Accessible.name: text
        onClicked: controls.primaryClicked()
    }

    Item {
        // Shrinks toward the minimum when a phone is narrower than the row would like.
        Layout.fillWidth: true
        Layout.minimumWidth: Theme.touchTarget * 1.5
        Layout.preferredWidth: controls.sideWidth
        Layout.preferredHeight: Theme.actionButtonHeight

        ActionButton {
            objectName: "doneButton"
            anchors.centerIn: parent
            visible: controls.over
            flat: true
            text: qsTr("Done")
            font.pixelSize: Theme.fontSizeBody
            height: parent.height
            width: Math.max(implicitWidth, Theme.touchTarget * 2)
            Accessible.name: qsTr("Done, go back")
            onClicked: controls.doneClicked()
        }
    }
}
