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
    // The question on screen (what changes per question); `quiz` is the quiz as a whole.
    readonly property QuizQuestion question: quiz.question
    // A laptop: the feedback sits beside the question, which keeps its reading measure.
    readonly property bool wide: page.width >= Theme.wideBreakpoint

    Connections {
        target: page.question
        function onChanged() {
            choiceList.chosen = []
            entry.text = ""
            essayAnswer.text = ""
            page.revealPending = false
            flick.contentY = 0
            focusKeeper.restart()
        }
        function onAnsweredChanged() {
            page.revealPending = page.question.answered
            // The answer line shows the answer as it was read ("3.5" typed in Swedish reads "3,5").
            if (page.question.answered && page.question.hasEntry)
                entry.text = page.question.answerText
            // A laptop has the room: the other answers are open at once there, one tap away on a phone.
            feedbackCard.othersOpen = page.question.answered && page.wide
            focusKeeper.restart()
        }
    }
    Connections {
        target: page.quiz
        function onFinishedChanged() { flick.contentY = 0 }   // the result starts at its score
    }
    // keepFocus, once the bindings have shown, hidden and locked what the question change or the
    // answer changes.
    Timer {
        id: focusKeeper
        interval: 0
        onTriggered: page.keepFocus()
    }
    // Keys keep working through the quiz: the answer line has the focus on a question that is typed,
    // the page (1–9, Enter) on the others. Qt 6.4 leaves the focus on the answer line when the next
    // question hides it, so the keys went into the hidden line; the page is a focus scope, which would
    // hand the focus straight back to the line unless the line lets it go.
    function keepFocus() {
        if (entry.visible) {
            entry.field.forceActiveFocus()
        } else if (!page.activeFocus || entry.field.activeFocus) {
            entry.field.focus = false
            page.forceActiveFocus()
        }
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
        const button = feedbackCard.othersButton
        const top = button.mapToItem(flick.contentItem, 0, 0).y
        if (top + button.height + Theme.margin > flick.contentY + flick.height / 2)
            flick.contentY = Math.max(0, Math.min(top - Theme.margin, flick.contentHeight - flick.height))
    }

    // Whether the learner's input is complete enough to be sent: something chosen, typed or matched.
    // (Whether the answer is right, and what a typed number is, QuizSession decides.)
    readonly property bool canAnswer: {
        if (!page.question.needsAnswer)
            return false
        switch (page.question.kind) {
        case QuizQuestion.Matching:
            return matchList.picks.every(p => p >= 0)
        case QuizQuestion.Essay:
            return true
        default:
            return page.question.hasChoices ? choiceList.chosen.length > 0 : entry.text.trim().length > 0
        }
    }

    // Submits the answer when one is given, or moves on when the question is answered.
    function confirm() {
        if (page.quiz.finished)
            return
        if (!page.question.needsAnswer) {
            page.quiz.next()
            return
        }
        if (!page.canAnswer)
            return
        if (page.question.hasChoices)
            page.quiz.submitChoices(choiceList.chosen)
        else if (page.question.hasEntry)
            page.quiz.submitEntry(entry.text)
        else if (page.question.kind === QuizQuestion.Matching)
            page.quiz.submitMatches(matchList.picks)
        else
            page.quiz.submitText(essayAnswer.text)
    }

    focus: true
    Component.onCompleted: keepFocus()
    Keys.onPressed: event => {
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9 && page.question.hasChoices) {
            choiceList.toggle(event.key - Qt.Key_1)
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            page.confirm()
            event.accepted = true
        } else if (event.key === Qt.Key_Tab && page.Window.activeFocusItem === page) {
            // From the page itself, Tab went on to the side navigation: it goes into the quiz first
            // (the options, the feedback, then the button).
            flick.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
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

        // One column on a phone. On a laptop the question keeps its reading measure and the feedback
        // takes a column of its own beside it, so the answer and its explanation are seen together.
        readonly property real available: flick.width - 2 * Theme.margin
        readonly property real questionWidth: page.wide ? Math.min(Theme.readingWidth, (available - Theme.margin) * 0.6)
                                                        : Math.min(available, Theme.readingWidth)
        readonly property real feedbackWidth: page.wide ? Math.min(Theme.readingWidth, available - Theme.margin - questionWidth)
                                                        : questionWidth

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: page.wide && questionArea.visible ? flick.questionWidth + Theme.margin + flick.feedbackWidth
                                                     : flick.questionWidth
            spacing: Theme.margin

            Label {
                visible: !page.quiz.valid
                text: page.reviewing ? qsTr("Nothing to review right now.")
                                     : qsTr("This quiz has no questions that could be loaded.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeBody
                Layout.fillWidth: true
            }

            GridLayout {
                id: questionArea
                visible: page.quiz.valid && !page.quiz.finished
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.margin
                Layout.fillWidth: true

            // The question.
            ColumnLayout {
                Layout.preferredWidth: flick.questionWidth
                Layout.maximumWidth: flick.questionWidth
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin

                Label {
                    text: (page.quiz.practice ? qsTr("Practice") + " · " : "")
                          + (page.question.graded ? qsTr("Question %1 of %2").arg(page.quiz.gradedNumber).arg(page.quiz.gradedCount)
                             : page.question.kind === QuizQuestion.Essay ? qsTr("Your reflection") : "")
                    font.pixelSize: Theme.fontSizeSmall
                    opacity: Theme.secondaryTextOpacity
                }
                ProgressLine {
                    value: (page.quiz.index + (page.question.answered ? 1 : 0)) / Math.max(1, page.quiz.count)
                    Layout.fillWidth: true
                    Accessible.ignored: true   // the line above says where the learner is
                }
                // A Markdown question shows as a lesson card does: its images fit the column.
                MarkdownBlocks {
                    objectName: "stemBlocks"
                    visible: page.question.stemBlocks.length > 0
                    blocks: page.question.stemBlocks
                    baseUrl: page.question.baseUrl
                    fontPixelSize: Theme.fontSizeLarge
                    namePrefix: "stem"
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "stemLabel"
                    visible: page.question.stemBlocks.length === 0
                    text: page.question.stem
                    textFormat: page.question.stemFormat === QuizQuestion.Markdown ? Text.MarkdownText
                                : page.question.stemFormat === QuizQuestion.Plain ? Text.PlainText : Text.StyledText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeLarge
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Label {
                    visible: page.question.kind === QuizQuestion.MultipleChoice && !page.question.answered
                    text: qsTr("Choose all that apply.")
                    font.pixelSize: Theme.fontSizeSmall
                    opacity: Theme.secondaryTextOpacity
                }

                QuizChoices {
                    id: choiceList
                    visible: page.question.hasChoices
                    Layout.fillWidth: true
                    multiple: page.question.kind === QuizQuestion.MultipleChoice
                    locked: page.question.answered
                    answeredChoices: page.question.selectedChoices
                    choices: page.question.choices
                }
                QuizEntry {
                    id: entry
                    visible: page.question.hasEntry
                    numerical: page.question.kind === QuizQuestion.Numerical
                    locked: page.question.answered
                    error: page.question.entryError
                    Layout.fillWidth: true
                    onConfirmed: page.confirm()
                }
                QuizMatching {
                    id: matchList
                    visible: page.question.kind === QuizQuestion.Matching
                    Layout.fillWidth: true
                    leftItems: page.question.matchLeft
                    rightItems: page.question.matchRight
                    locked: page.question.answered
                    results: page.question.matchResults
                }
                // The hint above the box rather than as its placeholder, which the style cuts to one line.
                Label {
                    visible: page.question.kind === QuizQuestion.Essay && !page.question.answered
                    text: qsTr("Write a few lines for yourself. This is not graded.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeBody
                    opacity: Theme.secondaryTextOpacity
                    Layout.fillWidth: true
                }
                TextArea {
                    id: essayAnswer
                    visible: page.question.kind === QuizQuestion.Essay
                    readOnly: page.question.answered
                    text: page.question.answered ? page.question.answerText : ""
                    placeholderText: qsTr("Your answer")
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget * 3
                    Accessible.name: qsTr("Your reflection")
                }
            }

                // Feedback, right after the answer: below the question on a phone, beside it on a laptop.
                QuizFeedback {
                    id: feedbackCard
                    objectName: "feedbackCard"
                    question: page.question
                    visible: page.question.answered
                    Layout.preferredWidth: flick.feedbackWidth
                    Layout.maximumWidth: flick.feedbackWidth
                    Layout.alignment: Qt.AlignTop
                    onYChanged: page.revealFeedback()
                    onHeightChanged: {
                        page.revealFeedback()
                        page.revealOtherOptions()
                    }
                    // The explanations open below the fold on a phone: bring them up as the card grows
                    // to hold them (revealOtherOptions, on the card's height).
                    onOthersOpenChanged: page.othersRevealPending = othersOpen
                }
            }

            QuizResult {
                visible: page.quiz.finished && !page.reviewing
                quiz: page.quiz
                Layout.fillWidth: true
                onBackRequested: page.frame.goBack()
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
            height: Theme.actionButtonHeight
            highlighted: true
            font.pixelSize: Theme.fontSizeBody
            enabled: !page.question.needsAnswer || page.canAnswer
            text: page.question.needsAnswer ? qsTr("Answer")
                  : page.quiz.index + 1 < page.quiz.count ? qsTr("Next question") : qsTr("See the result")
            onClicked: page.confirm()
        }
    }
}
