import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// The library as a phone learner meets it: home lists every course, each opens its own page with its
// description and modules, and the continue card goes to where they left off, whichever course that is.
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
        name: "Library"
        when: windowShown

        function home() {
            frame.stack.pop(null)
            frame.showDestinationByKey("home")
            tryCompare(frame.stack, "busy", false)
            tryCompare(frame.stack.currentItem, "objectName", "homePage")
            return frame.stack.currentItem
        }
        // Taps a row of the page's list, scrolled into view first.
        function tap(page, item) {
            const flick = page.contentItem.children[0]
            // A page just shown may not be laid out yet: every layout between the row and the list first.
            for (let above = item.parent; above && above !== flick; above = above.parent)
                waitForItemPolished(above)
            const y = item.mapToItem(flick.contentItem, 0, 0).y
            flick.contentY = Math.max(0, Math.min(y - 8, flick.contentHeight - flick.height))
            waitForRendering(page)
            const top = item.mapToItem(flick, 0, 0).y
            verify(top >= 0 && top + 20 < flick.height, item.objectName + " is in view")
            mouseClick(item, item.width / 2, 20)
        }
        function openCourseFromHome(courseId) {
            const page = home()
            const card = Find.named(page, "course_" + courseId)
            verify(card, "home lists " + courseId)
            tap(page, card)
            tryCompare(frame.stack.currentItem, "objectName", "coursePage")
            tryCompare(frame.stack, "busy", false)
            compare(frame.stack.currentItem.courseId, courseId)
            return frame.stack.currentItem
        }

        function test_homeListsEveryCourseAndEachOpensItsOwnPage() {
            const page = home()
            verify(App.library.courseIds.length >= 2)
            verify(Find.named(page, "courseList").visible)
            for (const id of App.library.courseIds)
                verify(Find.named(page, "course_" + id) !== null, "no card for " + id)

            const lifting = openCourseFromHome("safe-lifting")
            compare(lifting.title, "Safe lifting in the warehouse")
            verify(Find.named(lifting, "courseDescription").visible, "the description is shown")
            verify(Find.named(lifting, "module_your-back") !== null)
            verify(Find.named(lifting, "module_vem-ar-besvarlig") === null, "only this course's modules")
            tap(lifting, Find.named(lifting, "module_your-back"))
            tryCompare(frame.stack.currentItem, "objectName", "modulePage")
            compare(frame.stack.currentItem.courseId, "safe-lifting")

            const swedish = openCourseFromHome("besvarliga-kunder")
            verify(Find.named(swedish, "module_vem-ar-besvarlig") !== null)
            verify(Find.named(swedish, "module_your-back") === null)
        }

        // Open a lesson, turn a card, and leave: home's continue card now points there.
        function leaveLessonMidway(courseId, moduleId, lessonId) {
            frame.openLesson(courseId, moduleId, lessonId)
            tryCompare(frame.stack.currentItem, "objectName", "lessonPage")
            tryCompare(frame.stack, "busy", false)
            const next = Find.named(frame.stack.currentItem, "nextButton")
            verify(next)
            mouseClick(next)
        }

        function test_continueCrossesCourses() {
            leaveLessonMidway("safe-lifting", "your-back", "why-backs-hurt")
            let page = home()
            let dock = Find.named(frame, "dockContinueButton")
            verify(dock && dock.visible)
            mouseClick(dock)
            tryCompare(frame.stack.currentItem, "objectName", "lessonPage")
            compare(frame.stack.currentItem.courseId, "safe-lifting")
            compare(frame.stack.currentItem.lessonId, "why-backs-hurt")

            // Later, a lesson of the other course is left midway: continue goes there instead.
            leaveLessonMidway("besvarliga-kunder", "vem-ar-besvarlig", "de-flesta-ar-trevliga")
            page = home()
            mouseClick(Find.named(frame, "dockContinueButton"))
            tryCompare(frame.stack.currentItem, "objectName", "lessonPage")
            compare(frame.stack.currentItem.courseId, "besvarliga-kunder")
            compare(frame.stack.currentItem.lessonId, "de-flesta-ar-trevliga")
        }
    }
}
