import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// #17's layout: a lesson table on a phone (padding, a header row, rules, sideways scrolling that never
// turns the card), the "Lesson done" panel below what was read, the phone's home dock and breathing rows
// at the largest text size, and a laptop's wide window used in two columns.
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
        name: "Layout"
        when: windowShown

        // Waits until the page the frame was asked for is in and settled.
        function current(name) {
            tryVerify(() => frame.stack.currentItem.objectName === name)
            tryCompare(frame.stack, "busy", false)
            return frame.stack.currentItem
        }
        function openCard(lessonId, index) {
            frame.openLesson("safe-lifting", "your-back", lessonId)
            const lesson = current("lessonPage")
            lesson.reader.currentIndex = index
            const view = Find.named(lesson, "cardView")
            tryVerify(() => view.width > 0 && !view.moving && Math.abs(view.contentX - index * view.width) < 1, 5000)
            return lesson
        }

        function init() {
            root.width = 360
            root.height = 740
            AppSettings.textSizeStep = 1
        }
        function cleanup() {
            AppSettings.textSizeStep = 1
            frame.stack.pop(null, StackView.Immediate)
        }

        // Four columns on a phone: a header row in bold, padded cells, a rule between rows; wider than
        // the card, it moves sideways under a finger while the card stays where it is.
        function test_tableOnAPhone() {
            const lesson = openCard("why-backs-hurt", 2)
            const view = Find.named(lesson, "cardView")
            tryVerify(() => Find.named(lesson, "block_2_table") !== null)
            const table = Find.named(lesson, "block_2_table")
            tryVerify(() => table.width > 0 && table.contentWidth > 0)
            verify(table.width <= root.width - 2 * Theme.margin, "the table keeps to the card's column")
            verify(table.contentWidth > table.width, `wider than the card: ${table.contentWidth} > ${table.width}`)

            const header = Find.named(table, "tableCell_0_0")
            const cell = Find.named(table, "tableCell_1_0")
            const bold = Find.named(table, "tableCell_2_1")
            verify(header && cell && bold)
            verify(header.font.bold && !cell.font.bold, "the header row stands out")
            for (const c of [header, cell]) {
                verify(c.leftPadding >= Theme.spacing && c.rightPadding >= Theme.spacing, "padded at the sides")
                verify(c.topPadding >= Theme.spacing / 2 && c.bottomPadding >= Theme.spacing / 2, "padded above and below")
                verify(c.contentWidth <= c.width - c.leftPadding - c.rightPadding + 0.5, "the text wraps inside its cell")
            }
            // Screen readers get each cell's words, without the Markdown.
            compare(header.Accessible.name, "Load held")
            compare(cell.Accessible.name, "Close to the body")
            compare(bold.Accessible.name, "several times more")
            // One rule under every row but the last.
            const rowCount = 4
            for (let r = 0; r < rowCount; ++r) {
                const rule = Find.named(Find.named(table, "tableRow_" + r), "tableRule")
                compare(rule.height > 0, r < rowCount - 1, "rule under row " + r)
            }

            // The right edge fades while there is more to see.
            const moreRight = Find.named(table, "moreRight")
            verify(moreRight.visible, "the table shows that it goes on")

            // A sideways drag on the table moves the table, not the card.
            const cardX = view.contentX
            mouseDrag(table, table.width * 0.8, table.height / 2, -table.width * 0.6, 0)
            tryVerify(() => !table.moving, 3000)
            verify(table.contentX > 0, "the table moved sideways")
            wait(Theme.durationMedium * 2)
            compare(lesson.reader.currentIndex, 2, "the card did not turn")
            fuzzyCompare(view.contentX, cardX, 1, "the card view did not move")
            verify(view.interactive, "swiping turns cards again once the table is let go")
            // At its end the table moves no further, and the swipe is still not the card's.
            table.contentX = table.contentWidth - table.width
            verify(!moreRight.visible, "no fade at the table's end")
            mouseDrag(table, table.width * 0.8, table.height / 2, -table.width * 0.6, 0)
            tryVerify(() => !table.moving && !view.moving, 3000)
            wait(Theme.durationMedium * 2)
            compare(lesson.reader.currentIndex, 2, "the card did not turn at the table's end")
            fuzzyCompare(view.contentX, cardX, 1, "nor did the card view move")
            table.contentX = 0
            mouseDrag(table, table.width * 0.2, table.height / 2, table.width * 0.6, 0)
            tryVerify(() => !table.moving && !view.moving, 3000)
            wait(Theme.durationMedium * 2)
            compare(lesson.reader.currentIndex, 2, "a swipe back at the table's start does not turn the card either")

            // Beside the table, a swipe still turns the card.
            const text = Find.named(lesson, "block_2_1")
            const y = text.mapToItem(view, 0, text.height / 2).y
            mouseDrag(view, view.width * 0.8, y, -view.width * 0.6, 0)
            tryCompare(lesson.reader, "currentIndex", 2, 3000)   // the last card: the view stops at its bound
            mouseDrag(view, view.width * 0.2, y, view.width * 0.6, 0)
            tryCompare(lesson.reader, "currentIndex", 1, 3000)
        }

        // A table that fits (two columns of short words) stretches to the column and does not scroll.
        function test_narrowTableFits() {
            root.width = 1280
            const lesson = openCard("why-backs-hurt", 2)
            const table = Find.named(lesson, "block_2_table")
            tryVerify(() => table !== null && table.width > 0)
            fuzzyCompare(table.contentWidth, table.width, 1, "on a laptop the four columns fit the reading column")
        }

        // Once the lesson is done, what comes next is below the last card's text, never over it, and
        // the learner can scroll back up to what was read.
        function test_lessonDoneCoversNothing() {
            root.height = 400
            const lesson = openCard("why-backs-hurt", 2)
            const card = Find.named(lesson, "card_2")
            const panel = Find.named(card, "lessonDonePanel")
            verify(!panel.visible)
            lesson.reader.complete()
            tryCompare(lesson.reader, "completed", true)
            verify(panel.visible)
            const blocks = Find.named(card, "block_2_0").parent
            verify(panel.y >= blocks.y + blocks.height, "below the card's text")
            tryVerify(() => card.contentY + card.height >= card.contentHeight - 1, 2000, "scrolled to show it")
            verify(card.contentHeight > card.height, "the card scrolls")
            card.contentY = 0
            const first = Find.named(card, "block_2_0")
            verify(first.mapToItem(card, 0, 0).y >= 0, "the card's first block can be read again")
        }

        // Largest text on a phone: "Continue" in the dock is never cut ("Cont…"), and a breathing
        // exercise's title with its length wraps instead of being cut.
        function test_phoneAtLargestText() {
            // A lesson left midway: the dock offers "Continue" (the longest of its words).
            openCard("the-lift", 1)
            frame.stack.pop(null, StackView.Immediate)
            AppSettings.textSizeStep = 3
            frame.showDestinationByKey("home")
            tryCompare(frame.stack, "busy", false)
            const home = frame.stack.currentItem
            tryVerify(() => Find.named(home, "homeDock") !== null)
            const cont = Find.named(home, "dockContinueButton")
            const calm = Find.named(home, "dockCalmButton")
            tryVerify(() => cont.width > 0 && calm.width > 0)
            compare(cont.text, "Continue")
            tryVerify(() => !cont.contentItem.truncated, 2000, "Continue reads in full, not cut to \"Cont…\"")
            tryVerify(() => !calm.contentItem.truncated, 2000, "Calm down reads in full")
            verify(cont.x + cont.width <= root.width && calm.x + calm.width <= root.width)

            frame.openModule("safe-lifting", "your-back")
            const module = current("modulePage")
            const row = Find.named(module, "breathing_box-before-lifting")
            tryVerify(() => row.width > 0)
            const words = row.contentItem.textItem   // IconText: the icon, then the words
            verify(words.lineCount > 1, "the long title wraps")
            verify(!words.truncated)
            verify(row.height >= words.contentHeight, "the row grows with it")
        }

        // A laptop: home shows what to do next beside the course list, a course its description beside
        // its modules, a module its lessons beside the quiz; a phone keeps one column.
        function test_laptopUsesTheWidth_data() {
            return [{ tag: "laptop", width: 1280, columns: true }, { tag: "phone", width: 360, columns: false }]
        }
        function test_laptopUsesTheWidth(data) {
            root.width = data.width
            frame.showDestinationByKey("home")
            tryCompare(frame.stack, "busy", false)
            const sideBySide = (a, b) => {
                tryVerify(() => a.width > 0 && b.width > 0)
                const pa = a.mapToItem(root, 0, 0), pb = b.mapToItem(root, 0, 0)
                return pb.x >= pa.x + a.width && Math.abs(pb.y - pa.y) < 1
            }
            const home = frame.stack.currentItem
            compare(sideBySide(Find.named(home, "homeActions"), Find.named(home, "homeCourses")), data.columns, "home")

            frame.openCourse("safe-lifting")
            const course = current("coursePage")
            compare(sideBySide(Find.named(course, "courseAbout"), Find.named(course, "courseModules")), data.columns, "course")
            const description = Find.named(course, "courseDescription")
            verify(description.width <= Theme.readingWidth, "the description keeps its reading measure")

            frame.openModule("safe-lifting", "your-back")
            const module = current("modulePage")
            compare(sideBySide(Find.named(module, "moduleLessons"), Find.named(module, "moduleQuizAndBreathing")),
                    data.columns, "module")
        }

        // Settings on a phone: nothing runs past the window's edge. The reporting switch's unwrapped
        // words made the whole column wider than the window, and "English" ran off it.
        function test_settingsFitAPhone() {
            frame.showDestinationByKey("settings")
            const page = current("settingsPage")
            const column = Find.named(page, "settingsColumn")
            tryVerify(() => column.width > 0)
            for (let i = 0; i < column.children.length; ++i) {
                const part = column.children[i]
                const right = part.mapToItem(page, part.width, 0).x
                verify(!part.visible || right <= page.width + 0.5, `${part} ends at ${right}, the page at ${page.width}`)
            }
            const english = Find.named(page, "language_en")
            verify(english.mapToItem(page, english.width, 0).x <= page.width, "English stays in the page")
            const words = Find.named(page, "reportingSwitch").contentItem
            verify(words.mapToItem(page, words.width, 0).x <= page.width, "the switch's words stay in the page")
            verify(words.lineCount > 1, "they wrap on a phone")
        }
    }
}
