pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// The feedback on an answer: the verdict, the feedback of what was chosen, the right answer after a
// miss, the question's general feedback, and the other options explained (one tap away).
Card {
    id: card

    required property QuizQuestion question
    property alias othersOpen: othersToggle.checked
    readonly property Item othersButton: othersToggle

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            visible: card.question.graded
            spacing: Theme.spacing
            Layout.fillWidth: true
            // Right: a filled tick in the accent; wrong: a cross; partly right: the words alone.
            Icon {
                objectName: "verdictIcon"
                visible: card.question.correct || card.question.score <= 0
                name: card.question.correct ? "check_circle_filled" : "close"
                color: verdict.color
            }
            Label {
                id: verdict
                objectName: "verdictLabel"
                text: card.question.correct ? qsTr("Right")
                      : card.question.score > 0 ? qsTr("Partly right (%1 %)").arg(Math.round(card.question.score * 100))
                      : qsTr("Not quite")
                color: card.question.correct ? card.Material.accent : card.Material.foreground
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            visible: !card.question.graded
            text: qsTr("Saved. Reflections are for you and are not graded.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeBody
            Layout.fillWidth: true
        }
        // Repeated rows sit in a Column, not in the layout itself: Qt 6.4's layouts keep a removed
        // delegate until their next polish, and a resize in between crashed.
        Column {
            id: feedbackColumn
            visible: card.question.feedback.length > 0
            spacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: card.question.feedback
                delegate: Label {
                    required property string modelData
                    width: feedbackColumn.width
                    text: modelData
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeBody
                }
            }
        }
        Label {
            visible: !card.question.correct && card.question.graded && card.question.rightAnswer !== ""
            text: qsTr("Right answer: %1").arg(card.question.rightAnswer)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeBody
            font.bold: true
            Layout.fillWidth: true
        }
        Label {
            visible: card.question.generalFeedback !== ""
            text: card.question.generalFeedback
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            opacity: Theme.summaryTextOpacity
            Layout.fillWidth: true
        }
        // Every option explained, one tap away: what the learner did not choose, and why it would
        // (or would not) have worked.
        ActionButton {
            id: othersToggle
            objectName: "otherOptionsButton"
            visible: card.question.otherOptions.length > 0
            flat: true
            checkable: true
            iconName: checked ? "expand_more" : "chevron_right"
            text: qsTr("The other answers")
            font.pixelSize: Theme.fontSizeBody
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("The other answers, explained")
        }
        Column {
            id: otherOptionsColumn
            visible: othersToggle.checked
            spacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: othersToggle.checked ? card.question.otherOptions : []
                delegate: ColumnLayout {
                    id: other
                    required property var modelData
                    required property int index
                    objectName: "otherOption_" + index
                    spacing: 2
                    width: otherOptionsColumn.width
                    RowLayout {
                        spacing: Theme.spacing / 2
                        Layout.fillWidth: true
                        Icon {
                            name: other.modelData.right ? "check" : "close"
                            size: Theme.iconSizeSmall
                            Layout.alignment: Qt.AlignTop
                        }
                        Label {
                            text: other.modelData.text
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSizeSmall
                            font.bold: true
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        text: other.modelData.feedback
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeSmall
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
