import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// A quiz taken with the keyboard on a laptop (tests/support/courses/safe-lifting, "lifting-aids": a
// text card, two numerical questions, a short answer, a matching question, a choice question).
// Enter in the answer line answers and shows the feedback on the same question; the next Enter moves
// on. A number that cannot be read is not taken, and says why. Keys keep working question after
// question, Tab stays in the quiz, and the feedback sits beside the question on a wide window.
Item {
    id: root
    width: 1280
    height: 800

    AppFrame {
        id: frame
        anchors.fill: parent
        wide: root.width >= Theme.wideBreakpoint
    }

    TestCase {
        name: "QuizKeys"
        when: windowShown

        property var page: null

        function isInside(item, ancestor) {
            for (let i = item; i; i = i.parent) {
                if (i === ancestor)
                    return true
            }
            return false
        }
        function type(text) {
            for (const c of text)
                keyClick(c)
        }

        function initTestCase() {
            frame.openQuiz("safe-lifting", "lifting-aids")
            tryVerify(() => frame.stack.currentItem.objectName === "quizPage")
            tryCompare(frame.stack, "busy", false)
            page = frame.stack.currentItem
        }

        function test_1_enterAnswersThenMovesOn() {
            const quiz = page.quiz
            const field = Find.named(page, "answerField")
            const feedback = Find.named(page, "feedbackCard")
            compare(quiz.question.id, "about-aids")   // a text card: Enter moves on
            keyClick(Qt.Key_Return)
            compare(quiz.question.id, "heaviest-alone")
            compare(quiz.question.kind, QuizQuestion.Numerical)
            tryVerify(() => field.activeFocus, 1000, "the answer line takes the keys")

            // Garbage is not taken: the question stays open and says how to write a number.
            type("abc")
            keyClick(Qt.Key_Return)
            verify(!quiz.question.answered)
            verify(quiz.question.entryError.indexOf("3.5") >= 0, quiz.question.entryError)
            verify(Find.named(page, "entryError").visible)
            field.selectAll()
            type("25")
            keyClick(Qt.Key_Return)
            verify(quiz.question.answered, "Enter answers")
            verify(quiz.question.correct)
            compare(quiz.question.id, "heaviest-alone", "and stays on the question")
            tryCompare(feedback, "visible", true)
            verify(!Find.named(page, "entryError").visible)
            verify(field.activeFocus, "the locked field keeps the focus")
            compare(field.text, "25")

            // On a wide window the feedback is beside the question, the question at its reading measure.
            const fieldBox = field.mapToItem(page, 0, 0)
            const feedbackBox = feedback.mapToItem(page, 0, 0)
            verify(feedbackBox.x >= fieldBox.x + field.width, "feedback beside the question")
            verify(Math.abs(feedbackBox.y - Find.named(page, "stemLabel").mapToItem(page, 0, 0).y) < page.height / 2)
            verify(field.width <= Theme.readingWidth)

            // Tab goes on through the quiz before it reaches the navigation.
            keyClick(Qt.Key_Tab)
            const tabbed = page.Window.activeFocusItem
            verify(isInside(tabbed, page), "Tab stays in the quiz: " + tabbed)
            compare(tabbed.objectName, "confirmButton")
            keyClick(Qt.Key_Tab, Qt.ShiftModifier)
            verify(field.activeFocus)

            keyClick(Qt.Key_Return)
            compare(quiz.question.id, "weight-range", "the next Enter moves on")
            verify(!quiz.question.answered)
            tryVerify(() => field.activeFocus)
            compare(field.text, "", "a fresh line for the next question")
            type("16")
            keyClick(Qt.Key_Enter)   // the keypad's Enter does the same
            verify(quiz.question.correct)
            keyClick(Qt.Key_Enter)
            compare(quiz.question.id, "push-word")
            tryVerify(() => field.activeFocus)
            type("Push")
            keyClick(Qt.Key_Return)
            verify(quiz.question.correct)
            compare(quiz.question.id, "push-word")
            keyClick(Qt.Key_Return)
            compare(quiz.question.kind, QuizQuestion.Matching)
        }

        // After the typed questions, number keys still pick options and Enter still answers.
        function test_2_keysWorkAfterwards() {
            const quiz = page.quiz
            verify(quiz.submitMatches([0, 1, 2]))
            keyClick(Qt.Key_Return)
            compare(quiz.question.id, "pallet-picture")
            keyClick(Qt.Key_1)
            keyClick(Qt.Key_Return)
            verify(quiz.question.answered, "1 and Enter answered")
            verify(quiz.question.correct)
            keyClick(Qt.Key_Return)
            compare(quiz.question.id, "html-question")
            keyClick(Qt.Key_2)   // False
            keyClick(Qt.Key_Return)
            verify(quiz.question.correct)
            verify(isInside(page.Window.activeFocusItem, page))
            // Tab from the page goes into the quiz first, not to the side navigation.
            keyClick(Qt.Key_Tab)
            compare(page.Window.activeFocusItem.objectName, "otherOptionsButton", "Tab goes into the quiz")
            keyClick(Qt.Key_Tab)
            compare(page.Window.activeFocusItem.objectName, "confirmButton")
        }

        function cleanupTestCase() {
            frame.stack.pop(null)
        }
    }
}
