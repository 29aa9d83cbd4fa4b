import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa

// One course in the library list on home: its title, what it is about, and how far the learner is.
ListRow {
    id: card

    required property string courseId
    required property string title
    required property string summary
    required property int lessonCount
    required property int lessonsDone
    required property real percent
    required property real minutes

    objectName: "course_" + courseId
    padding: Theme.margin
    Accessible.name: title + ", " + qsTr("%1 % complete").arg(Math.round(percent))

    contentItem: ColumnLayout {
        spacing: 4
        Text {
            color: card.Material.foreground
            text: card.title
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            visible: card.summary.length > 0
            color: card.Material.foreground
            text: card.summary
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSizeBody
            opacity: Theme.summaryTextOpacity
            Layout.fillWidth: true
        }
        Text {
            color: card.Material.foreground
            text: qsTr("%1 of %n lesson(s) · %2 min", "", card.lessonCount).arg(card.lessonsDone)
                      .arg(Math.max(1, Math.round(card.minutes)))
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            opacity: Theme.secondaryTextOpacity
            Layout.fillWidth: true
        }
        ProgressLine {
            value: card.percent / 100
            Layout.fillWidth: true
            Accessible.name: qsTr("%1 % complete").arg(Math.round(card.percent))
        }
    }
}
