import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// Reading a lesson as a learner does, on the real course and the test course: the reader's keys on a
// laptop, a swipe that turns the card, quotes set apart, images that fit the column, links that ask
// first; and a matching question that shows each pair once answered. (The flows through a module and
// a quiz are in tst_learnerflow.qml.)
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
        id: matchingComponent
        QuizMatching { width: 360; leftItems: ["Den otåliga", "Den arga"]; rightItems: ["Lyssna", "Skynda", "Säg vad"] }
    }

    TestCase {
        name: "LessonReading"
        when: windowShown

        readonly property string courseId: App.library.defaultCourseId

        // On a laptop the reader turns with the keys: Right, PageDown and Space forward, Left and
        // PageUp back; on the last card forward finishes the lesson and Enter opens what comes next.
        function test_6_readerKeys() {
            const moduleId = course.modules.data(course.modules.index(1, 0), ModuleListModel.ModuleIdRole)
            frame.openLesson(courseId, moduleId, "naturligt-att-paverkas")
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage")
            tryCompare(frame.stack, "busy", false)
            const lesson = frame.stack.currentItem
            const reader = lesson.reader
            verify(reader.cardCount >= 3)
            const firstLesson = reader.lessonId
            compare(reader.currentIndex, 0)
            keyClick(Qt.Key_Right)
            compare(reader.currentIndex, 1)
            keyClick(Qt.Key_Left)
            compare(reader.currentIndex, 0)
            keyClick(Qt.Key_PageDown)
            compare(reader.currentIndex, 1)
            keyClick(Qt.Key_PageUp)
            compare(reader.currentIndex, 0)
            for (let i = 0; i < reader.cardCount - 1; ++i)
                keyClick(Qt.Key_Space)
            compare(reader.currentIndex, reader.cardCount - 1)
            keyClick(Qt.Key_Space)
            tryCompare(reader, "completed", true)
            keyClick(Qt.Key_Return)
            tryVerify(() => frame.stack.currentItem !== lesson && !frame.stack.busy)
            const next = frame.stack.currentItem
            verify(next.objectName === "quizPage" || next.reader.lessonId !== firstLesson,
                   "Enter opens the next lesson or the quiz")
            frame.stack.pop(null)
        }

        // A swipe turns the card, and the reader (dots, back button, resume point) follows it.
        function test_10_swipeTurnsTheCard() {
            frame.openLesson("testkurs", "testmodul", "lektion-a")
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage")
            tryCompare(frame.stack, "busy", false)
            const lesson = frame.stack.currentItem
            lesson.reader.currentIndex = 0
            const view = Find.named(lesson, "cardView")
            tryVerify(() => view.width > 0)
            mouseDrag(view, view.width * 0.8, view.height / 2, -view.width * 0.6, 0)
            tryCompare(lesson.reader, "currentIndex", 1, 3000)
            tryCompare(view, "currentIndex", 1)
            mouseDrag(view, view.width * 0.2, view.height / 2, view.width * 0.6, 0)
            tryCompare(lesson.reader, "currentIndex", 0, 3000)

            // A flick the view makes on its own (velocity, no drag): the reader follows too.
            view.flick(-4000, 0)
            tryVerify(() => !view.moving && !view.flicking, 3000)
            wait(Theme.durationMedium * 2)
            verify(view.currentIndex > 0, "the flick turned the card")
            compare(lesson.reader.currentIndex, view.currentIndex, "the reader follows a flick")
            lesson.reader.currentIndex = 0

            // Under X11 a quick swipe can end as a flick that reports no movement: the view lands on a
            // card and says only flickEnded. The reader follows that too.
            view.positionViewAtIndex(2, ListView.Beginning)
            tryCompare(view, "currentIndex", 2)
            view.flickEnded()
            compare(lesson.reader.currentIndex, 2, "the reader follows a flick that reported no movement")
            lesson.reader.currentIndex = 0
            tryCompare(view, "currentIndex", 0)

            // A quick flick, as a thumb does it: wherever the view lands, the reader is on the same card.
            for (let attempt = 0; attempt < 6; ++attempt) {
                const delay = attempt % 3 === 0 ? 5 : attempt % 3 === 1 ? 1 : 0
                mousePress(view, view.width * 0.85, view.height / 2)
                mouseMove(view, view.width * 0.7, view.height / 2, delay)
                mouseMove(view, view.width * 0.4, view.height / 2, delay)
                mouseRelease(view, view.width * 0.15, view.height / 2, Qt.LeftButton, Qt.NoModifier, delay)
                tryVerify(() => !view.moving && !view.flicking, 3000)
                wait(Theme.durationMedium * 2)
                compare(lesson.reader.currentIndex, view.currentIndex, "the reader follows the view")
                verify(Math.abs(view.contentX - view.currentIndex * view.width) < 1, "a card is in place")
            }
            frame.stack.pop(null)
        }

        // A quote standing alone (the customer speaking) is a block of its own, set apart in italics.
        function test_9_quotesStandApart() {
            frame.openLesson("testkurs", "testmodul", "lektion-a")
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage")
            tryCompare(frame.stack, "busy", false)
            const lesson = frame.stack.currentItem
            lesson.reader.currentIndex = 2
            tryVerify(() => Find.named(lesson, "block_2_1") !== null)
            const quote = Find.named(lesson, "block_2_1")
            verify(quote.isQuote)
            verify(!Find.named(lesson, "block_2_0").isQuote)
            tryVerify(() => quote.height > 0)

            // A card taller than the screen fades out at the bottom until it is read to its end.
            const card = Find.named(lesson, "card_2")
            const fade = Find.named(card, "moreBelow")
            verify(!fade.visible, "the card fits")
            root.height = 220
            tryVerify(() => card.contentHeight > card.height + Theme.margin)
            verify(fade.visible, "more below")
            card.contentY = card.contentHeight - card.height
            verify(!fade.visible, "read to the end")
            root.height = 740
            frame.stack.pop(null)
        }

        // An answered matching question shows, row by row, what was saved and whether it was right.
        function test_8_matchingShowsEachPair() {
            const matching = createTemporaryObject(matchingComponent, root)
            const boxes = [Find.named(matching, "matchBox_0"), Find.named(matching, "matchBox_1")]
            verify(boxes[0] && boxes[1])
            compare(Find.named(matching, "matchMark_0").visible, false, "no marks before the answer")
            matching.results = [{ given: 2, right: true, expected: "Säg vad" },
                                { given: 1, right: false, expected: "Lyssna" }]
            matching.locked = true
            compare(boxes[0].displayText, "Säg vad")
            compare(boxes[1].displayText, "Skynda")
            verify(!boxes[0].enabled)
            const right = Find.named(matching, "matchMark_0")
            const wrong = Find.named(matching, "matchMark_1")
            verify(right.visible && wrong.visible)
            compare(Find.named(matching, "matchIcon_0").name, "check")
            compare(Find.named(matching, "matchIcon_1").name, "close")
            verify(wrong.text.indexOf("Lyssna") > 0, wrong.text)
        }

        // A lesson's images fit the reading column: a wide one is scaled down (and decoded at the size
        // it is shown at), a small one keeps its own size; both keep their proportions.
        function test_7_imagesFitTheColumn() {
            frame.openLesson("testkurs", "testmodul", "lektion-b")
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage")
            tryCompare(frame.stack, "busy", false)
            const lesson = frame.stack.currentItem
            const images = Find.allNamed(lesson, "cardImage")
            compare(images.length, 2)
            const wide = images[0].source.toString().endsWith("bred.png") ? images[0] : images[1]
            const small = wide === images[0] ? images[1] : images[0]
            tryCompare(wide, "status", Image.Ready)
            tryCompare(small, "status", Image.Ready)

            const column = root.width - 2 * Theme.margin
            compare(wide.width, column, "a wide image takes the column's width")
            fuzzyCompare(wide.height, column / 3, 1, "and keeps its proportions")
            verify(wide.sourceSize.width <= Math.ceil(column * Screen.devicePixelRatio), "decoded at the shown size")
            verify(wide.implicitWidth < 1200)
            compare(small.width, 80, "a small image is not enlarged")
            compare(small.height, 40)
            verify(wide.mapToItem(root, 0, 0).x >= 0 && wide.mapToItem(root, wide.width, 0).x <= root.width,
                   "inside the window")
            compare(wide.Accessible.name, "En bred bild")
            frame.stack.pop(null)
        }

        // A link in a card asks first, showing where it leads; one the course may not open (file:, …)
        // says so, with nothing to open. (It went straight to the system's opener.)
        function test_9_linksAskFirst() {
            frame.openLesson("testkurs", "testmodul", "lektion-b")
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage")
            tryCompare(frame.stack, "busy", false)
            const lesson = frame.stack.currentItem
            lesson.reader.currentIndex = 1
            const view = Find.named(lesson, "cardView")
            tryVerify(() => !view.moving && view.contentX === view.width, 5000, "the second card is in view")
            tryVerify(() => Find.named(lesson, "block_1_0") !== null)
            const block = Find.named(lesson, "block_1_0")
            let label = null
            for (let i = 0; i < block.children.length; ++i) {
                if (block.children[i].textFormat === Text.MarkdownText && block.children[i].visible)
                    label = block.children[i]
            }
            verify(label, "the card's text")
            const dialog = block.parent.linkDialog
            // Clicks the words of the link to `href` where the learner sees them.
            function clickLink(href) {
                for (let y = 2; y < label.height; y += 4) {
                    for (let x = 2; x < label.width; x += 4) {
                        if (label.linkAt(x, y) === href) {
                            mouseClick(label, x, y)
                            return true
                        }
                    }
                }
                return false
            }
            const cancel = () => Find.named(dialog.footer, "cancelLinkButton")
            const open = () => Find.named(dialog.footer, "openLinkButton")

            verify(clickLink("https://example.org/sida"))
            tryCompare(dialog, "opened", true)
            compare(dialog.action, LinkGate.Open)
            compare(dialog.address, "https://example.org/sida")
            verify(open().visible)
            mouseClick(cancel())
            tryCompare(dialog, "visible", false)

            verify(clickLink("bilder/liten.png"))       // a course file: relative to the course folder
            tryCompare(dialog, "opened", true)
            compare(dialog.action, LinkGate.Open)
            verify(dialog.address.startsWith("file:///") && dialog.address.endsWith("/testkurs/bilder/liten.png"),
                   dialog.address)
            mouseClick(cancel())
            tryCompare(dialog, "visible", false)

            verify(clickLink("file:///etc/passwd"))
            tryCompare(dialog, "opened", true)
            compare(dialog.action, LinkGate.Refuse)
            compare(dialog.address, "file:///etc/passwd")
            verify(!open().visible)
            mouseClick(cancel())
            tryCompare(dialog, "visible", false)
            lesson.reader.currentIndex = 0
            frame.stack.pop(null)
        }
    }
}
