pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// A module's quiz, one question per screen, with immediate feedback on every answer. Grading, saving
// and resuming happen in QuizSession; this page shows the question and hands over the answer.
// Keyboard: 1–9 pick an option, Enter answers or moves on, Esc goes back.
AppPage {
    id: page
    objectName: "quizPage"
    title: page.reviewing ? page.quiz.title : qsTr("Quiz: %1").arg(page.quiz.title)

    required property string courseId
    required property string moduleId
    // The module's quiz, or a review session (ReviewPage: its session, and its end for the result).
    property QuizSession quiz: moduleQuiz
    readonly property bool reviewing: quiz !== moduleQuiz
    default property alias sessionEnd: sessionEndSlot.data

    QuizSession {
        id: moduleQuiz
        library: App.library
        progress: App.progress
        courseId: page.reviewing ? "" : page.courseId   // no attempt is started under a review
        moduleId: page.reviewing ? "" : page.moduleId
    }
    Connections {
        target: page.quiz
        function onQuestionChanged() {
            choiceList.chosen = []
            textAnswer.text = ""
            essayAnswer.text = ""
            page.revealPending = false
            flick.contentY = 0
        }
        function onAnsweredChanged() {
            page.revealPending = page.quiz.answered
            // A laptop has the room: the other answers are open at once there, one tap away on a phone.
            othersToggle.checked = page.quiz.answered && page.width >= Theme.wideBreakpoint
        }
        function onFinishedChanged() { flick.contentY = 0 }   // the result starts at its score
    }
    // The feedback must be seen: when an answer makes it appear below the fold (a phone, four long
    // options), the page scrolls it into view. It follows the layout until the card has its place
    // (several geometry changes), and stops as soon as the learner scrolls.
    property bool revealPending: false
    function revealFeedback() {
        if (!revealPending || !feedbackCard.visible || feedbackCard.height <= 0)
            return
        const top = feedbackCard.mapToItem(flick.contentItem, 0, 0).y
        if (top + feedbackCard.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(top - Theme.margin, flick.contentHeight - flick.height))
    }

    function stopRevealing() {
        revealPending = false
        othersRevealPending = false
    }

    property bool othersRevealPending: false
    function revealOtherOptions() {
        if (!othersRevealPending)
            return
        const top = othersToggle.mapToItem(flick.contentItem, 0, 0).y
        if (top + othersToggle.height + Theme.margin > flick.contentY + flick.height / 2)
            flick.contentY = Math.max(0, Math.min(top - Theme.margin, flick.contentHeight - flick.height))
    }

    readonly property string type: page.quiz.questionType
    readonly property bool isChoice: type === "single" || type === "multiple" || type === "truefalse"
    readonly property bool canAnswer: {
        if (page.quiz.answered || !page.quiz.valid)
            return false
        if (isChoice)
            return choiceList.chosen.length > 0
        if (type === "short" || type === "numerical")
            return textAnswer.text.trim().length > 0
        if (type === "matching")
            return matchList.picks.every(p => p >= 0)
        return type === "essay"
    }

    // Submits the answer when one is given, or moves on when the question is answered.
    function confirm() {
        if (page.quiz.finished)
            return
        if (!page.quiz.answered && page.quiz.graded || type === "essay" && !page.quiz.answered) {
            if (!page.canAnswer)
                return
            if (isChoice)
                page.quiz.submitChoices(choiceList.chosen)
            else if (type === "short")
                page.quiz.submitText(textAnswer.text)
            else if (type === "numerical")
                page.quiz.submitNumber(Number(textAnswer.text.replace(",", ".")))
            else if (type === "matching")
                page.quiz.submitMatches(matchList.picks)
            else if (type === "essay")
                page.quiz.submitText(essayAnswer.text)
            return
        }
        page.quiz.next()
    }

    focus: true
    Component.onCompleted: forceActiveFocus()
    Keys.onPressed: event => {
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9 && page.isChoice) {
            choiceList.toggle(event.key - Qt.Key_1)
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            page.confirm()
            event.accepted = true
        }
    }

    Flickable {
        id: flick
        objectName: "quizFlick"
        anchors.fill: parent
        anchors.bottomMargin: actionBar.visible ? actionBar.height : 0
        contentHeight: column.implicitHeight + 2 * Theme.margin
        onContentHeightChanged: page.revealFeedback()
        // The learner scrolls: the page stops bringing the feedback into view. A quick flick under X11
        // can start without a movement (see LessonPage), so both signals.
        onMovementStarted: page.stopRevealing()
        onFlickStarted: page.stopRevealing()
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.readingWidth)
            spacing: Theme.margin

            Label {
                visible: !page.quiz.valid
                text: page.reviewing ? qsTr("Nothing to review right now.")
                                     : qsTr("This quiz has no questions that could be loaded.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeBody
                Layout.fillWidth: true
            }

            // The question.
            ColumnLayout {
                visible: page.quiz.valid && !page.quiz.finished
                Layout.fillWidth: true
                spacing: Theme.margin

                Label {
                    text: (page.quiz.practice ? qsTr("Practice") + " · " : "")
                          + (page.quiz.graded ? qsTr("Question %1 of %2").arg(page.quiz.gradedNumber).arg(page.quiz.gradedCount)
                                         : page.type === "essay" ? qsTr("Your reflection") : "")
                    font.pixelSize: Theme.fontSizeSmall
                    opacity: 0.8
                }
                ProgressLine {
                    value: (page.quiz.index + (page.quiz.answered ? 1 : 0)) / Math.max(1, page.quiz.count)
                    Layout.fillWidth: true
                    Accessible.ignored: true   // the line above says where the learner is
                }
                // A Markdown question shows as a lesson card does: its images fit the column.
                MarkdownBlocks {
                    objectName: "stemBlocks"
                    visible: page.quiz.stemBlocks.length > 0
                    blocks: page.quiz.stemBlocks
                    baseUrl: page.quiz.baseUrl
                    fontPixelSize: Theme.fontSizeLarge
                    namePrefix: "stem"
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "stemLabel"
                    visible: page.quiz.stemBlocks.length === 0
                    text: page.quiz.stem
                    textFormat: page.quiz.stemFormat === "markdown" ? Text.MarkdownText
                                : page.quiz.stemFormat === "plain" ? Text.PlainText : Text.StyledText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeLarge
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Label {
                    visible: page.type === "multiple" && !page.quiz.answered
                    text: qsTr("Choose all that apply.")
                    font.pixelSize: Theme.fontSizeSmall
                    opacity: 0.8
                }

                QuizChoices {
                    id: choiceList
                    visible: page.isChoice
                    Layout.fillWidth: true
                    multiple: page.type === "multiple"
                    locked: page.quiz.answered
                    answeredChoices: page.quiz.selectedChoices
                    choices: page.quiz.choices
                }
                TextField {
                    id: textAnswer
                    visible: page.type === "short" || page.type === "numerical"
                    enabled: !page.quiz.answered
                    placeholderText: qsTr("Your answer")
                    inputMethodHints: page.type === "numerical" ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Your answer")
                    onAccepted: page.confirm()
                }
                QuizMatching {
                    id: matchList
                    visible: page.type === "matching"
                    Layout.fillWidth: true
                    leftItems: page.quiz.matchLeft
                    rightItems: page.quiz.matchRight
                    locked: page.quiz.answered
                    results: page.quiz.matchResults
                }
                // The hint above the box rather than as its placeholder, which the style cuts to one line.
                Label {
                    visible: page.type === "essay" && !page.quiz.answered
                    text: qsTr("Write a few lines for yourself. This is not graded.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeBody
                    opacity: Theme.secondaryTextOpacity
                    Layout.fillWidth: true
                }
                TextArea {
                    id: essayAnswer
                    visible: page.type === "essay"
                    readOnly: page.quiz.answered
                    text: page.quiz.answered ? page.quiz.answerText : ""
                    placeholderText: qsTr("Your answer")
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget * 3
                    Accessible.name: qsTr("Your reflection")
                }

                // Feedback, right after the answer.
                Card {
                    id: feedbackCard
                    objectName: "feedbackCard"
                    visible: page.quiz.answered
                    Layout.fillWidth: true
                    onYChanged: page.revealFeedback()
                    onHeightChanged: {
                        page.revealFeedback()
                        page.revealOtherOptions()
                    }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        Label {
                            objectName: "verdictLabel"
                            visible: page.quiz.graded
                            text: page.quiz.correct ? "\u2713 " + qsTr("Right")
                                  : page.quiz.questionScore > 0 ? qsTr("Partly right (%1 %)").arg(Math.round(page.quiz.questionScore * 100))
                                  : "\u2717 " + qsTr("Not quite")
                            color: page.quiz.correct ? page.Material.accent : page.Material.foreground
                            font.pixelSize: Theme.fontSizeLarge
                            font.bold: true
                        }
                        Label {
                            visible: !page.quiz.graded
                            text: qsTr("Saved. Reflections are for you and are not graded.")
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSizeBody
                            Layout.fillWidth: true
                        }
                        // Repeated rows sit in a Column, not in the layout itself: Qt 6.4's layouts keep a
                        // removed delegate until their next polish, and a resize in between crashed.
                        Column {
                            id: feedbackColumn
                            visible: page.quiz.feedback.length > 0
                            spacing: Theme.spacing
                            Layout.fillWidth: true
                            Repeater {
                                model: page.quiz.feedback
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
                            visible: !page.quiz.correct && page.quiz.graded && page.quiz.rightAnswer !== ""
                            text: qsTr("Right answer: %1").arg(page.quiz.rightAnswer)
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSizeBody
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: page.quiz.generalFeedback !== ""
                            text: page.quiz.generalFeedback
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSizeSmall
                            opacity: 0.85
                            Layout.fillWidth: true
                        }
                        // Every option explained, one tap away: what the learner did not choose, and why
                        // it would (or would not) have worked.
                        ActionButton {
                            id: othersToggle
                            objectName: "otherOptionsButton"
                            visible: page.quiz.otherOptions.length > 0
                            flat: true
                            checkable: true
                            text: (checked ? "\u25be  " : "\u25b8  ") + qsTr("The other answers")
                            font.pixelSize: Theme.fontSizeBody
                            Layout.preferredHeight: Theme.touchTarget
                            Accessible.name: qsTr("The other answers, explained")
                            // The explanations open below the fold on a phone: bring them up as the card
                            // grows to hold them (revealOtherOptions, on the card's height).
                            onCheckedChanged: page.othersRevealPending = checked
                        }
                        Column {
                            id: otherOptionsColumn
                            visible: othersToggle.checked
                            spacing: Theme.spacing
                            Layout.fillWidth: true
                            Repeater {
                                model: othersToggle.checked ? page.quiz.otherOptions : []
                                delegate: ColumnLayout {
                                    id: other
                                    required property var modelData
                                    required property int index
                                    objectName: "otherOption_" + index
                                    spacing: 2
                                    width: otherOptionsColumn.width
                                    Label {
                                        text: (other.modelData.right ? "\u2713 " : "\u2717 ") + other.modelData.text
                                        wrapMode: Text.Wrap
                                        font.pixelSize: Theme.fontSizeSmall
                                        font.bold: true
                                        Layout.fillWidth: true
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
            }

            QuizResult {
                visible: page.quiz.finished && !page.reviewing
                quiz: page.quiz
                Layout.fillWidth: true
                onBackRequested: page.StackView.view.pop()
            }
            // ReviewPage's end of session.
            Item {
                id: sessionEndSlot
                visible: page.quiz.finished && page.reviewing
                implicitHeight: childrenRect.height
                Layout.fillWidth: true
            }
        }
    }

    Pane {
        id: actionBar
        visible: page.quiz.valid && !page.quiz.finished
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        padding: Theme.spacing
        ActionButton {
            objectName: "confirmButton"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.readingWidth)
            height: Theme.touchTarget + 8
            highlighted: true
            font.pixelSize: Theme.fontSizeBody
            enabled: page.quiz.answered || page.canAnswer || !page.quiz.graded && page.type !== "essay"
            text: !page.quiz.answered && (page.quiz.graded || page.type === "essay") ? qsTr("Answer")
                  : page.quiz.index + 1 < page.quiz.count ? qsTr("Next question") : qsTr("See the result")
            onClicked: page.confirm()
        }
    }
}
