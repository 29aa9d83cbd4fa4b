import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// The second course (tests/support/data/safe-lifting: English, warehouse safety, written from
// lessons/README.md and using every feature it documents) as a learner meets it: its module page,
// a lesson with a figure and an inline image, and a quiz with a numerical range, a matching
// question and a [markdown] question with a picture.
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
        name: "SecondCourse"
        when: windowShown

        // Waits until the page the frame was asked for is in and settled.
        function current(name) {
            tryVerify(() => frame.stack.currentItem.objectName === name)
            tryCompare(frame.stack, "busy", false)
            return frame.stack.currentItem
        }

        function cleanup() {
            frame.stack.pop(null)
        }

        function test_modulePage() {
            frame.openModule("safe-lifting", "your-back")
            const page = current("modulePage")
            verify(Find.named(page, "lesson_why-backs-hurt"), "the first lesson is listed")
            verify(Find.named(page, "lesson_the-lift"), "the second lesson is listed")
            verify(Find.named(page, "breathing_box-before-lifting"), "the module's breathing exercise is listed")
            verify(Find.named(page, "startQuizButton"))
        }

        function test_lessonWithAFigure() {
            frame.openLesson("safe-lifting", "your-back", "the-lift")
            const lesson = current("lessonPage")
            compare(lesson.reader.cardCount, 3)
            const figures = Find.allNamed(lesson, "cardImage")
            verify(figures.length >= 1, "the figure on a line of its own")
            const figure = figures.filter(i => i.source.toString().endsWith("images/posture.png"))[0]
            verify(figure, "the posture picture, from the course folder")
            tryCompare(figure, "status", Image.Ready)
            verify(figure.width <= root.width, "fits the phone's width")
            compare(figure.Accessible.name, "A worker lifting a box with bent knees")
        }

        function test_quizOfEveryKind() {
            frame.openQuiz("safe-lifting", "lifting-aids")
            const page = current("quizPage")
            const quiz = page.quiz
            const seen = {}
            for (let guard = 0; guard < 20 && !quiz.finished; ++guard) {
                seen[quiz.question.id] = quiz.question.kind
                if (quiz.question.id === "weight-range") {
                    verify(quiz.submitEntry("16"), "16 kg lies in 14..18")
                    verify(quiz.question.correct)
                } else if (quiz.question.id === "pallet-picture") {
                    verify(quiz.question.stemBlocks.length >= 2, "a [markdown] question is cut into blocks")
                    const image = quiz.question.stemBlocks.filter(b => b.kind === "image")[0]
                    verify(image && image.source.toString().endsWith("images/pallet.png"), "its picture is the course's")
                    verify(quiz.submitChoices([0]))
                } else if (quiz.question.kind === QuizQuestion.Matching) {
                    compare(quiz.question.matchLeft.length, 3, "the extra wrong answer is a choice, not a row")
                    compare(quiz.question.matchRight.length, 4)
                    verify(quiz.submitMatches([0, 1, 2]))
                } else if (quiz.question.kind === QuizQuestion.Essay) {
                    verify(quiz.submitText("I would use the trolley."))
                } else if (quiz.question.kind === QuizQuestion.Numerical) {
                    verify(quiz.submitEntry("25"))
                } else if (quiz.question.kind === QuizQuestion.ShortAnswer) {
                    verify(quiz.submitText("push"))
                    verify(quiz.question.correct)
                } else if (quiz.question.kind !== QuizQuestion.Description) {
                    verify(quiz.submitChoices([0]))
                }
                quiz.next()
            }
            verify(quiz.finished)
            for (const id of ["heaviest-alone", "weight-range", "push-word", "match-aids", "pallet-picture",
                              "html-question", "braces", "think-back"])
                verify(seen[id] !== undefined, id + " was asked")
        }
    }
}
