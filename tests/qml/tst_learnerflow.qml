import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// Real flows on the real models, the real course and a fresh progress store: open a module, read a
// lesson to the end, take a quiz with a wrong answer and practise the missed question, and resume
// after the models are created anew.
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

    Component {
        id: activityComponent
        ActivityListModel { library: App.library; progress: App.progress }
    }
    Component {
        id: moduleComponent
        ModuleOverview { library: App.library; progress: App.progress; courseId: "testkurs"; moduleId: "testmodul" }
    }
    Component {
        id: resumeComponent
        ResumeCard { library: App.library; progress: App.progress; courseId: "testkurs" }
    }

    TestCase {
        name: "LearnerFlow"
        when: windowShown

        readonly property string courseId: App.library.defaultCourseId

        function initTestCase() {
            compare(courseId, "besvarliga-kunder")
            verify(course.modules.count >= 7)
        }

        function test_1_openModuleAndReadLesson() {
            frame.showDestinationByKey("home")
            const moduleId = course.modules.data(course.modules.index(0, 0), ModuleListModel.ModuleIdRole)
            const before = course.completion
            frame.openModule(courseId, moduleId)
            tryVerify(() => frame.stack.currentItem.objectName === "modulePage")
            tryCompare(frame.stack, "busy", false)      // clicks land only once the page has slid in
            const modulePage = frame.stack.currentItem
            verify(modulePage.title.length > 0)

            const firstLesson = Find.named(modulePage, "lesson_de-flesta-ar-trevliga")
            verify(firstLesson, "the module lists its first lesson")
            mouseClick(firstLesson)
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage")
            tryCompare(frame.stack, "busy", false)
            const lesson = frame.stack.currentItem
            verify(lesson.reader.cardCount >= 3)
            compare(lesson.reader.currentIndex, 0)
            // The cards lie side by side, one view-width apart: none is drawn over the first.
            const view = Find.named(lesson, "cardView")
            for (let i = 0; i < lesson.reader.cardCount; ++i) {
                const card = Find.named(view, "card_" + i)
                if (card && card.visible)
                    compare(card.x, i * view.width, "card " + i + " lies at its own place")
            }

            const next = Find.named(lesson, "nextButton")
            for (let i = 0; i < lesson.reader.cardCount - 1; ++i)
                mouseClick(next)
            compare(lesson.reader.currentIndex, lesson.reader.cardCount - 1)
            verify(lesson.reader.atLastCard)
            mouseClick(next)                            // "Done"
            tryCompare(lesson.reader, "completed", true)
            verify(lesson.reader.nextLessonId.length > 0)
            verify(course.completion > before, "progress moves after a finished lesson")
            compare(course.modules.data(course.modules.index(0, 0), ModuleListModel.LessonsDoneRole), 1)
            frame.stack.pop(null)
        }

        function test_2_quizWithWrongAnswerAndRetry() {
            frame.openQuiz("testkurs", "testmodul")
            tryVerify(() => frame.stack.currentItem.objectName === "quizPage")
            tryCompare(frame.stack, "busy", false)
            const page = frame.stack.currentItem
            const quiz = page.quiz
            compare(quiz.count, 4)

            // 1: a wrong answer, chosen with the keyboard (key 2) and confirmed with Enter.
            compare(quiz.question.id, "t-val")
            page.forceActiveFocus()
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_Return)
            verify(quiz.question.answered)
            verify(!quiz.question.correct)
            compare(quiz.question.score, 0)
            compare(quiz.question.feedback, ["Nej, det trappar upp."])
            compare(quiz.question.generalFeedback, "Lyssna först, lös sedan.")
            compare(quiz.question.rightAnswer, "Lyssnar.")
            tryCompare(Find.named(page, "feedbackCard"), "visible", true)
            // Every option explained: the two not chosen, one tap away, the right one marked.
            compare(quiz.question.otherOptions.length, 2)
            compare(quiz.question.otherOptions[0].text, "Lyssnar.")
            verify(quiz.question.otherOptions[0].right)
            compare(quiz.question.otherOptions[1].feedback, "Nej, kunden blir kvar med problemet.")
            verify(!quiz.question.otherOptions[1].right)
            const others = Find.named(page, "otherOptionsButton")
            verify(others.visible)
            compare(Find.named(page, "otherOption_0"), null, "closed until asked for")
            mouseClick(others)
            tryVerify(() => Find.named(page, "otherOption_1") !== null)
            const explained = Find.named(page, "otherOption_1")
            tryVerify(() => explained.mapToItem(page, 0, 0).y < page.height, 2000, "opened into view")
            page.forceActiveFocus()
            keyClick(Qt.Key_Return)
            verify(!others.checked, "closed again on the next question")

            // 2: true/false, right; on a laptop the other answer's explanation is open at once.
            compare(quiz.question.kind, QuizQuestion.TrueFalse)
            root.width = 1280
            tryVerify(() => page.width >= Theme.wideBreakpoint)
            quiz.submitChoices([0])
            verify(quiz.question.correct)
            compare(quiz.question.feedback, ["Rätt."])
            verify(others.checked, "open on a laptop")
            tryVerify(() => Find.named(page, "otherOption_0") !== null)
            root.width = 360
            quiz.next()

            // 3: multiple answers, half right: partial credit from the GIFT weights.
            compare(quiz.question.kind, QuizQuestion.MultipleChoice)
            quiz.submitChoices([0])
            fuzzyCompare(quiz.question.score, 0.5, 0.001)
            quiz.next()

            // 4: a reflection, kept but not graded.
            compare(quiz.question.kind, QuizQuestion.Essay)
            verify(!quiz.question.graded)
            quiz.submitText("Att lyssna.")
            quiz.next()

            verify(quiz.finished)
            fuzzyCompare(quiz.scorePercent, 100 * 1.5 / 3, 0.01)
            verify(!quiz.passed)
            compare(quiz.missed.length, 2)
            compare(quiz.missed[0].questionId, "t-val")
            compare(quiz.missed[1].questionId, "t-flera")

            const retry = Find.named(page, "retryMissedButton")
            tryCompare(retry, "visible", true)
            retry.clicked()     // below the fold on a phone; the click wiring is what is under test
            verify(quiz.practice)
            compare(quiz.count, 2)
            compare(quiz.question.id, "t-val")
            quiz.submitChoices([0])
            verify(quiz.question.correct)
            frame.stack.pop(null)

            const module = createTemporaryObject(moduleComponent, root)
            compare(module.attempts, 1, "practice is not recorded as an attempt")
            fuzzyCompare(module.bestScore, 50, 0.01)
        }

        function test_3_resumeAfterRecreatingModels() {
            // Leave a lesson on its third card, then build the home card and the reader anew.
            frame.openLesson("testkurs", "testmodul", "lektion-a")
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage")
            frame.stack.currentItem.reader.currentIndex = 2
            frame.stack.pop(null)

            const resume = createTemporaryObject(resumeComponent, root)
            compare(resume.kind, ResumeCard.ResumeLesson)
            compare(resume.targetLessonId, "lektion-a")
            compare(resume.position, 3)
            compare(resume.total, 3)

            frame.openLesson("testkurs", "testmodul", "lektion-a")
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage")
            compare(frame.stack.currentItem.reader.currentIndex, 2)
            frame.stack.currentItem.reader.complete()
            frame.stack.pop(null)

            const next = createTemporaryObject(resumeComponent, root)
            compare(next.kind, ResumeCard.NextLesson)
            compare(next.targetLessonId, "lektion-b")
        }

        // On a phone, the feedback of a question with four long options lies below the fold: the
        // page scrolls it into view. The result then starts at its score, not where the last
        // question was scrolled to.
        function test_5_feedbackAndResultAreInView() {
            frame.openQuiz(courseId, "vem-ar-besvarlig")
            tryVerify(() => frame.stack.currentItem.objectName === "quizPage")
            tryCompare(frame.stack, "busy", false)
            const page = frame.stack.currentItem
            const flick = Find.named(page, "quizFlick")
            const card = Find.named(page, "feedbackCard")
            compare(flick.contentY, 0)
            page.quiz.submitChoices([1])
            tryVerify(() => flick.contentHeight > flick.height, 2000, "the answered question is taller than the screen")
            tryVerify(() => {
                const top = card.mapToItem(flick, 0, 0).y
                return top >= 0 && top + Math.min(card.height, flick.height / 2) <= flick.height
            }, 2000, "the feedback card is on screen")
            verify(flick.contentY > 0)

            while (!page.quiz.finished) {
                page.quiz.next()
                if (page.quiz.finished)
                    break
                if (page.quiz.question.kind === QuizQuestion.Matching)
                    page.quiz.submitMatches(page.quiz.question.matchLeft.map((x, i) => i))
                else if (page.quiz.question.kind === QuizQuestion.Essay || page.quiz.question.kind === QuizQuestion.ShortAnswer)
                    page.quiz.submitText("Jag lyssnar först.")
                else if (page.quiz.question.kind !== QuizQuestion.Description)
                    page.quiz.submitChoices([0])
            }
            tryCompare(flick, "contentY", 0)
            frame.stack.pop(null)
        }

        function test_4_breathingIsRecorded() {
            const activity = createTemporaryObject(activityComponent, root)
            const before = activity.count
            // Straight onto the stack: the frame's openBreathing has no time scale to run the clock fast.
            frame.stack.push("qrc:/qt/qml/Pausa/pages/BreathingSessionPage.qml",
                             { frame: frame, patternId: "box", cycles: 1, autoStart: true, timeScale: 20 })
            tryVerify(() => frame.stack.currentItem.objectName !== "homePage")
            const page = frame.stack.currentItem
            tryVerify(() => page.session.status === BreathingSessionModel.Finished, 5000)
            tryCompare(activity, "count", before + 1)
            compare(activity.data(activity.index(0, 0), ActivityListModel.KindRole), ActivityListModel.Breathing)
            frame.stack.pop(null)
        }

        function test_5_courseExercisesAreOffered() {
            verify(App.breathingPatterns.indexOf("fyrkantsandning") >= 0)
            verify(App.breathingPatterns.indexOf("box") >= 0)
        }
    }
}
