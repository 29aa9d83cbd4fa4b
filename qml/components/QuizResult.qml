pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// The end of a quiz: the score against the pass mark, the missed questions with their explanations,
// and the ways on: practise only the missed ones, take it again, or go back.
ColumnLayout {
    id: result

    required property QuizSession quiz
    signal backRequested()

    spacing: Theme.spacing

    Label {
        objectName: "scoreLabel"
        text: qsTr("%1 %").arg(Math.round(result.quiz.scorePercent))
        font.pixelSize: Theme.fontSizeTitle * 1.6
        font.bold: true
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        text: result.quiz.practice ? qsTr("Practice round: not counted toward the module.")
              : result.quiz.passed ? qsTr("Passed! The pass mark is %1 %.").arg(result.quiz.passMark)
              : qsTr("Not passed yet: the pass mark is %1 %.").arg(result.quiz.passMark)
        color: result.quiz.passed && !result.quiz.practice ? result.Material.accent : result.Material.foreground
        font.pixelSize: Theme.fontSizeLarge
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }

    Label {
        visible: result.quiz.missed.length > 0
        text: qsTr("To look at again")
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        topPadding: Theme.margin
    }
    // In a Column, not in this layout: the missed questions change with each attempt, and Qt 6.4's
    // layouts keep a removed delegate until their next polish (a resize in between crashed).
    Column {
        id: missedCards
        visible: result.quiz.missed.length > 0
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: result.quiz.missed
            delegate: Card {
                id: missedCard
                required property var modelData
                width: missedCards.width
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    Label {
                        text: missedCard.modelData.stem
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeBody
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: missedCard.modelData.rightAnswer !== ""
                        text: qsTr("Right answer: %1").arg(missedCard.modelData.rightAnswer)
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeBody
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: missedCard.modelData.generalFeedback !== ""
                        text: missedCard.modelData.generalFeedback
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeSmall
                        opacity: Theme.summaryTextOpacity
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }

    ActionButton {
        objectName: "retryMissedButton"
        visible: result.quiz.missed.length > 0
        text: qsTr("Practise the missed ones (%1)").arg(result.quiz.missed.length)
        highlighted: true
        font.pixelSize: Theme.fontSizeBody
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.actionButtonHeight
        onClicked: result.quiz.retryMissed()
    }
    ActionButton {
        text: qsTr("Take the whole quiz again")
        font.pixelSize: Theme.fontSizeBody
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.actionButtonHeight
        onClicked: result.quiz.restart()
    }
    ActionButton {
        text: qsTr("Back to the module")
        flat: true
        font.pixelSize: Theme.fontSizeBody
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.actionButtonHeight
        onClicked: result.backRequested()
    }
}
