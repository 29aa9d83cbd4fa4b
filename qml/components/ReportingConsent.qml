pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa
import Pausa.Models

// Shown before reporting is turned on (so before the first statement): exactly what will be sent,
// to whom and as whom, with a real example built by the same code as the statements.
Dialog {
    id: dialog
    objectName: "reportingConsentDialog"
    required property ResultReporting reporting

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 560)
    height: Math.min(parent.height - 2 * Theme.margin, 640)
    contentWidth: width - leftPadding - rightPadding
    modal: true
    title: qsTr("Send your results to your organisation?")

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: dialog.contentWidth
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeBody
                text: qsTr("Pausa will send to %1, as %2:").arg(dialog.reporting.endpoint).arg(dialog.reporting.actorText)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeBody
                text: qsTr("• each lesson you read to the end, with the time it took\n• each quiz answer: your answer, whether it was right and its score\n• each quiz you finish: passed or failed, with your score\n• each breathing exercise you complete, with its length\n• each course you complete\nwith the course, the module, the time of day and the course's language. Nothing else leaves this device. Results you complete while offline are sent later.")
            }
            Label {
                Layout.fillWidth: true
                font.pixelSize: Theme.fontSizeSmall
                text: qsTr("This is how a finished lesson looks as it is sent:")
            }
            TextArea {
                objectName: "exampleStatement"
                Layout.fillWidth: true
                readOnly: true
                wrapMode: TextEdit.WrapAnywhere
                font.family: "monospace"
                font.pixelSize: Theme.fontSizeSmall
                text: dialog.reporting.exampleStatement
            }
        }
    }
    footer: RowLayout {
        spacing: Theme.spacing
        Item { Layout.fillWidth: true }
        ActionButton {
            text: qsTr("Cancel")
            flat: true
            font.pixelSize: Theme.fontSizeBody
            Layout.bottomMargin: Theme.margin
            onClicked: dialog.reject()
        }
        ActionButton {
            objectName: "consentTurnOnButton"
            text: qsTr("Turn on")
            highlighted: true
            font.pixelSize: Theme.fontSizeBody
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.margin
            onClicked: dialog.accept()
        }
    }
}
