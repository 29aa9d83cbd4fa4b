pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// Settings' "Reporting results" section (issue #14): on or off, to which LRS and as whom, the
// counters, "Send now", the organisation link or the fields typed in, the consent screen before the
// first statement and the choice of keeping or deleting the queue when turning off.
ColumnLayout {
    id: section
    spacing: Theme.spacing

    readonly property ResultReporting reporting: App.reporting
    readonly property alias consentDialog: consentDialog
    readonly property alias turnOffDialog: turnOffDialog
    // The switch's words, greyed with it while no link is set.
    readonly property color switchTextColor: reportingSwitch.enabled ? Material.foreground : Material.hintTextColor

    Label { text: qsTr("Reporting results"); font.pixelSize: Theme.fontSizeLarge; topPadding: Theme.margin }
    Label {
        text: qsTr("Off unless you turn it on. Your organisation gives you a link; with it, Pausa sends what you complete to your organisation's learning record store.")
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Switch {
        id: reportingSwitch
        objectName: "reportingSwitch"
        text: qsTr("Send my results to my organisation")
        font.pixelSize: Theme.fontSizeBody
        Layout.fillWidth: true
        // Its words wrap on a phone: unwrapped, they made the whole Settings column wider than the
        // window (the language choices ran off its edge).
        contentItem: Label {
            leftPadding: reportingSwitch.indicator.width + reportingSwitch.spacing
            text: reportingSwitch.text
            font: reportingSwitch.font
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            color: section.switchTextColor
        }
        enabled: section.reporting.ready || section.reporting.enabled
        checked: section.reporting.enabled
        onToggled: {
            // The switch follows the setting; the dialogs decide.
            checked = Qt.binding(() => section.reporting.enabled)
            if (section.reporting.enabled)
                turnOffDialog.open()
            else
                consentDialog.open()
        }
    }
    Label {
        visible: section.reporting.endpoint.length > 0
        text: qsTr("To %1 as %2").arg(section.reporting.endpoint).arg(section.reporting.actorText)
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "reportingCounts"
        text: qsTr("%1 sent, %2 waiting, %3 not accepted").arg(section.reporting.sentCount)
                  .arg(section.reporting.waitingCount).arg(section.reporting.notAcceptedCount)
        font.pixelSize: Theme.fontSizeSmall
        Layout.fillWidth: true
    }
    Label {
        text: section.reporting.lastSend.getTime() > 0
              ? qsTr("Last send: %1").arg(section.reporting.lastSend.toLocaleString(Qt.locale(), Locale.ShortFormat))
              : qsTr("Nothing sent yet.")
        font.pixelSize: Theme.fontSizeSmall
        Layout.fillWidth: true
    }
    Repeater {
        model: section.reporting.notAcceptedReasons
        delegate: Label {
            required property string modelData
            text: qsTr("Not accepted: %1").arg(modelData)
            font.pixelSize: Theme.fontSizeSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Label {
        objectName: "reportingProblem"
        visible: text.length > 0
        text: section.reporting.problem
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ActionButton {
        text: qsTr("Send now")
        font.pixelSize: Theme.fontSizeBody
        enabled: section.reporting.enabled && !section.reporting.sending && section.reporting.waitingCount > 0
        onClicked: section.reporting.sendNow()
    }

    Label { text: qsTr("Organisation link"); font.pixelSize: Theme.fontSizeBody; topPadding: Theme.spacing }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: linkField
            objectName: "joinLinkField"
            Layout.fillWidth: true
            placeholderText: "pausa://join?lrs=…"
            font.pixelSize: Theme.fontSizeBody
        }
        ActionButton {
            text: qsTr("Use link")
            font.pixelSize: Theme.fontSizeBody
            enabled: linkField.text.length > 0
            onClicked: {
                const problem = section.reporting.applyJoinLink(linkField.text)
                fieldsResult.text = problem.length > 0 ? problem : qsTr("Link saved. Enter your name below.")
                if (problem.length === 0)
                    linkField.clear()
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        Label { text: qsTr("LRS address"); font.pixelSize: Theme.fontSizeSmall }
        TextField { id: endpointField; Layout.fillWidth: true; text: section.reporting.endpoint; font.pixelSize: Theme.fontSizeBody }
        Label { text: qsTr("Key"); font.pixelSize: Theme.fontSizeSmall }
        TextField { id: keyField; Layout.fillWidth: true; text: section.reporting.key; font.pixelSize: Theme.fontSizeBody }
        Label { text: qsTr("Secret"); font.pixelSize: Theme.fontSizeSmall }
        TextField {
            id: secretField
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: section.reporting.hasSecret ? qsTr("(saved)") : ""
            font.pixelSize: Theme.fontSizeBody
        }
        Label { text: qsTr("Organisation web address"); font.pixelSize: Theme.fontSizeSmall }
        TextField { id: homepageField; Layout.fillWidth: true; text: section.reporting.homepage; font.pixelSize: Theme.fontSizeBody }
        Label { text: qsTr("Your name at work"); font.pixelSize: Theme.fontSizeSmall }
        TextField {
            id: learnerField
            objectName: "learnerField"
            Layout.fillWidth: true
            text: section.reporting.learner
            placeholderText: qsTr("Employee id or work e-mail")
            font.pixelSize: Theme.fontSizeBody
        }
    }
    ActionButton {
        text: qsTr("Save")
        font.pixelSize: Theme.fontSizeBody
        onClicked: {
            const problem = section.reporting.applyFields(endpointField.text, keyField.text, secretField.text,
                                                          homepageField.text, learnerField.text)
            fieldsResult.text = problem.length > 0 ? problem : qsTr("Saved.")
            secretField.clear()
        }
    }
    Label {
        id: fieldsResult
        visible: text.length > 0
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ReportingConsent {
        id: consentDialog
        reporting: section.reporting
        onAccepted: section.reporting.turnOn()
    }

    Dialog {
        id: turnOffDialog
        objectName: "reportingTurnOffDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.dialogWidth)
        contentWidth: width - leftPadding - rightPadding
        modal: true
        title: qsTr("Stop reporting results?")
        Label {
            width: turnOffDialog.contentWidth
            text: qsTr("Nothing more is sent. %n result(s) have not been sent yet: keep them, to send if you turn reporting on again, or delete them?", "", section.reporting.waitingCount + section.reporting.notAcceptedCount)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeBody
        }
        footer: Flow {
            spacing: Theme.spacing
            padding: Theme.margin
            ActionButton {
                text: qsTr("Cancel")
                flat: true
                font.pixelSize: Theme.fontSizeBody
                onClicked: turnOffDialog.reject()
            }
            ActionButton {
                objectName: "deleteQueueButton"
                text: qsTr("Stop and delete them")
                font.pixelSize: Theme.fontSizeBody
                onClicked: { section.reporting.turnOff(false); turnOffDialog.close() }
            }
            ActionButton {
                objectName: "keepQueueButton"
                text: qsTr("Stop and keep them")
                highlighted: true
                font.pixelSize: Theme.fontSizeBody
                onClicked: { section.reporting.turnOff(true); turnOffDialog.close() }
            }
        }
    }
}
