import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import PausaTest
import "helpers/find.js" as Find

// Spaced review end to end on the real course, a fresh store and the harness's movable clock: a quiz
// answer makes a review item; three days later home offers "Review · N min"; the session asks that
// question with the quiz's feedback; the module's "remembers ~N %" on the progress page goes up.
Item {
    id: root
    width: 360
    height: 740

    AppFrame {
        id: frame
        anchors.fill: parent
        wide: root.width >= Theme.wideBreakpoint
    }

    CourseOverview {
        id: course
        library: App.library
        progress: App.progress
        courseId: App.library.defaultCourseId
    }

    TestCase {
        name: "Review"
        when: windowShown

        readonly property string courseId: App.library.defaultCourseId
        property string moduleId: ""
        property string questionId: ""

        // Answers the current question with its first option(s), whatever its type.
        function answerFirst(quiz) {
            const type = quiz.question.kind
            if (type === QuizQuestion.Matching)
                quiz.submitMatches(quiz.question.matchLeft.map((_, i) => i))
            else if (quiz.question.hasEntry)
                quiz.submitEntry("0")
            else
                quiz.submitChoices([0])
            verify(quiz.question.answered)
        }

        function rememberedPercent() {
            frame.showDestinationByKey("progress")
            tryVerify(() => frame.stack.currentItem.objectName === "progressPage")
            const label = Find.visibleNamed(frame.stack.currentItem, "moduleFigures_" + moduleId)
            verify(label, "the module row's figures")
            const match = /~(\d+) %/.exec(label.text)
            return match ? Number(match[1]) : -1
        }

        function test_1_quizAnswerBecomesReviewItem() {
            moduleId = course.modules.data(course.modules.index(0, 0), ModuleListModel.ModuleIdRole)
            frame.showDestinationByKey("home")
            verify(!Find.visibleNamed(frame.stack.currentItem, "reviewOffer"), "nothing to review yet")
            frame.openQuiz(courseId, moduleId)
            tryVerify(() => frame.stack.currentItem.objectName === "quizPage")
            const quiz = frame.stack.currentItem.quiz
            while (!quiz.question.graded)
                quiz.next()
            questionId = quiz.question.id
            answerFirst(quiz)
            frame.stack.pop()
            compare(rememberedPercent(), 100)   // just answered
        }

        function test_2_reviewFromHomeAfterThreeDays() {
            TestClock.advanceDays(3)
            const before = rememberedPercent()
            verify(before > 0 && before < 100, "forgetting over three days: " + before)

            frame.showDestinationByKey("home")
            tryVerify(() => frame.stack.currentItem.objectName === "homePage")
            let button = null
            let offer = null
            tryVerify(() => (offer = Find.visibleNamed(frame.stack.currentItem, "reviewOffer")) !== null)
            // The offer builds its buttons once something is due.
            tryVerify(() => (button = Find.visibleNamed(offer, "reviewOfferButton")) !== null)
            verify(/\d+ min/.test(button.text), button.text)
            tryVerify(() => !frame.stack.busy)
            mouseClick(button)
            tryVerify(() => frame.stack.currentItem.objectName === "reviewPage")
            const review = frame.stack.currentItem.quiz
            compare(review.plannedCount, 1)
            compare(review.question.id, questionId)
            answerFirst(review)
            // The same feedback as in the quiz: a verdict, and every option explained.
            verify(Find.visibleNamed(frame.stack.currentItem, "feedbackCard").visible)
            if (!review.question.correct) {
                // A miss comes back once at the end of the session.
                review.next()
                compare(review.question.id, questionId)
                answerFirst(review)
            }
            review.next()
            verify(review.finished)
            tryVerify(() => Find.visibleNamed(frame.stack.currentItem, "reviewEnd") !== null)
            Find.visibleNamed(frame.stack.currentItem, "reviewDoneButton").clicked()
            tryVerify(() => frame.stack.currentItem.objectName === "homePage")
            tryVerify(() => Find.visibleNamed(frame.stack.currentItem, "reviewOffer") === null)   // nothing due now

            compare(rememberedPercent(), 100)   // reviewed just now
            verify(rememberedPercent() > before)
        }
    }
}
