import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models

// A quiz taken while the window changes size (a phone turned, a laptop window dragged), question after
// question and attempt after attempt. In Qt 6.4 a layout keeps a Repeater's removed delegate until its
// next polish, so lists whose delegates change (the options of each question, the feedback, the missed
// questions) crashed the app at the next resize when they sat in a layout; they sit in Columns now.
// Before that change this test crashed within a few dozen answers.
Item {
    id: root
    width: 360
    height: 740

    AppFrame {
        id: frame
        anchors.fill: parent
        wide: root.width >= Theme.wideBreakpoint
    }

    TestCase {
        name: "QuizResize"
        when: windowShown

        function test_answerWhileResizing() {
            frame.openQuiz("testkurs", "testmodul")
            tryVerify(() => frame.stack.currentItem.objectName === "quizPage")
            tryCompare(frame.stack, "busy", false)
            const quiz = frame.stack.currentItem.quiz
            let finished = 0
            for (let round = 0; round < 150; ++round) {
                if (quiz.finished) {
                    ++finished
                    quiz.restart()
                    wait(0)
                    continue
                }
                if (!quiz.question.answered)
                    verify(quiz.question.kind === QuizQuestion.Essay ? quiz.submitText("Svar") : quiz.submitChoices([0]))
                wait(0)
                root.width = round % 2 ? 360 : 1280
                wait(0)
                quiz.next()
                root.width = round % 2 ? 1280 : 360
                wait(0)
            }
            verify(finished >= 10, "went through whole attempts: " + finished)
            root.width = 360
            frame.stack.pop(null)
        }
    }
}
