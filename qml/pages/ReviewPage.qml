pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa
import Pausa.Models

// A review session: the quiz page (the same question parts, the same feedback on every option) over
// a ReviewSession, which picks the due items that fit the minutes and asks a missed one again at the
// end. Its end says how it went and goes back.
QuizPage {
    id: reviewPage
    objectName: "reviewPage"

    required property int minutes

    quiz: ReviewSession {
        library: App.library
        progress: App.progress
        courseId: reviewPage.courseId
        moduleId: reviewPage.moduleId
        minutes: reviewPage.minutes
    }

    ColumnLayout {
        objectName: "reviewEnd"
        width: parent ? parent.width : 0
        spacing: Theme.margin
        Label {
            text: qsTr("Done for now")
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            readonly property ReviewSession session: reviewPage.quiz as ReviewSession
            text: (session ? qsTr("%1 of %2 questions recalled.")
                             .arg(session.answeredCount - session.missedCount).arg(session.answeredCount) : "")
                  + (session && session.endedEarly ? " " + qsTr("The rest waits for your next pause.") : "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeBody
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: "reviewDoneButton"
            highlighted: true
            text: qsTr("Back")
            font.pixelSize: Theme.fontSizeBody
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.actionButtonHeight
            onClicked: reviewPage.frame.goBack()
        }
    }
}
