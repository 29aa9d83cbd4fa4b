import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa

// One module in a course list: title, summary, its progress, and why it failed if it did.
ListRow {
    id: card

    required property int index
    required property string moduleId
    required property string title
    required property string summary
    required property int lessonCount
    required property int lessonsDone
    required property real percent
    required property real minutes
    required property bool hasQuiz
    required property real bestScore
    required property bool mastered
    required property bool failed
    required property string error

    objectName: "module_" + moduleId
    enabled: !failed
    padding: Theme.margin
    Accessible.name: title + ", " + qsTr("%1 of %n lesson(s) done", "", lessonCount).arg(lessonsDone)

    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Text {
                color: card.Material.foreground
                text: (card.index + 1) + ". " + card.title
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Icon {
                visible: card.mastered
                name: "check"
                color: card.Material.accent
                size: Theme.iconSizeSmall
            }
            Text {
                visible: card.mastered
                text: qsTr("Mastered")
                color: card.Material.accent
                font.pixelSize: Theme.fontSizeSmall
            }
        }
        Text {
            color: card.Material.foreground
            text: card.failed ? qsTr("Could not be loaded: %1").arg(card.error) : card.summary
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeBody
            opacity: Theme.summaryTextOpacity
            Layout.fillWidth: true
        }
        Text {
            color: card.Material.foreground
            visible: !card.failed
            text: card.lessonCount > 0
                  ? qsTr("%1 of %n lesson(s) · %2 min", "", card.lessonCount).arg(card.lessonsDone)
                        .arg(Math.max(1, Math.round(card.minutes)))
                        + (card.hasQuiz && card.bestScore >= 0 ? " · " + qsTr("quiz %1 %").arg(Math.round(card.bestScore)) : "")
                  : (card.bestScore >= 0 ? qsTr("Quiz · best %1 %").arg(Math.round(card.bestScore)) : qsTr("Quiz"))
            font.pixelSize: Theme.fontSizeSmall
            opacity: Theme.secondaryTextOpacity
        }
        ProgressLine {
            visible: !card.failed
            value: card.percent / 100
            Layout.fillWidth: true
            Accessible.name: qsTr("%1 % complete").arg(Math.round(card.percent))
        }
    }
}
