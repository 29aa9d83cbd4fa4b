import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// The frame shows bottom tabs below the width breakpoint and a side navigation above it,
// keeps one stack across both, and goes back with Esc.
Item {
    id: root
    width: 1280
    height: 800

    AppFrame {
        id: frame
        anchors.fill: parent
        wide: root.width >= Theme.wideBreakpoint
    }

    // A breathing exercise run to its end on a fast clock records two minutes, as on the breathing page.
    BreathingSessionModel {
        id: breathing
        patternId: "box"
        cycles: 8
        timeScale: 100
        progress: App.progress
    }

    Component {
        id: detailPage
        Page { objectName: "detail"; title: "Detalj" }
    }

    TestCase {
        name: "Navigation"
        when: windowShown

        function init() {
            root.width = 1280
            frame.showDestination(0)
        }

        function test_layoutFollowsBreakpoint_data() {
            return [
                { tag: "phone 360", width: 360, wide: false },
                { tag: "just below 720", width: 719, wide: false },
                { tag: "at 720", width: 720, wide: true },
                { tag: "laptop 1280", width: 1280, wide: true },
            ]
        }

        function test_layoutFollowsBreakpoint(data) {
            root.width = data.width
            compare(frame.wide, data.wide)
            // Only the navigation in use exists; the other one is not even created.
            const side = Find.named(frame, "sideNav")
            const bottom = Find.named(frame, "bottomNav")
            compare(side !== null, data.wide)
            compare(bottom !== null, !data.wide)
            const shown = data.wide ? side : bottom
            verify(shown.visible)
            verify(shown.width > 0 && shown.height > 0)
            // It marks the current destination.
            frame.showDestinationByKey("progress")
            const entry = Find.named(shown, "nav_progress")
            verify(entry !== null)
            verify(data.wide ? entry.highlighted : entry.checked)
            verify(!(data.wide ? Find.named(shown, "nav_home").highlighted : Find.named(shown, "nav_home").checked))
        }

        // A failed save is said on every page, not only on Home and Progress: a learner in a lesson,
        // a quiz or a breathing exercise would otherwise keep going with nothing being kept.
        function test_progressNoticeOnEveryPage() {
            verify(!App.progress.exportTo("file:///nonexistent-folder/x/progress.json", "json"))
            const notice = Find.named(frame, "progressNotice")
            verify(notice !== null)
            try {
                verify(App.progress.notice.length > 0)
                for (const key of ["home", "breathe", "progress", "settings"]) {
                    frame.showDestinationByKey(key)
                    verify(notice.visible, key)
                    compare(notice.text, App.progress.notice)
                }
                frame.stack.push(detailPage)
                verify(notice.visible, "a drill-down page")
                tryVerify(() => notice.height > 0 && notice.y + notice.height <= frame.stack.y + 1, 2000, "above the page, not over it")
            } finally {
                App.progress.dismissNotice()
            }
            verify(!notice.visible)
        }

        function test_tabsReplaceTheStackRoot() {
            frame.showDestinationByKey("settings")
            compare(frame.stack.depth, 1)
            compare(frame.stack.currentItem.objectName, "settingsPage")
            frame.showDestinationByKey("home")
            compare(frame.stack.currentItem.objectName, "homePage")
        }

        function test_escapeGoesBackAndResizeKeepsPlace() {
            frame.stack.push(detailPage)
            tryCompare(frame.stack, "depth", 2)
            root.width = 360            // phone layout: the drill-down page stays
            compare(frame.stack.depth, 2)
            compare(frame.stack.currentItem.objectName, "detail")
            frame.stack.forceActiveFocus()
            keyClick(Qt.Key_Escape)
            tryCompare(frame.stack, "depth", 1)
            compare(frame.stack.currentItem.objectName, "homePage")
        }

        // Resetting progress asks first, in the interface's words: Cancel keeps everything, the
        // confirmation deletes it.
        function test_resetAsksFirst() {
            breathing.start()
            tryCompare(breathing, "status", BreathingSessionModel.Finished)
            verify(App.progress.breathingMinutes >= 2)
            frame.showDestinationByKey("settings")
            const page = frame.stack.currentItem
            compare(page.objectName, "settingsPage")
            const dialog = page.resetDialog

            dialog.open()
            tryCompare(dialog, "opened", true)
            const cancel = Find.named(dialog.footer, "cancelResetButton")
            compare(cancel.text, "Cancel")
            mouseClick(cancel)
            tryCompare(dialog, "visible", false)
            verify(App.progress.breathingMinutes >= 2)

            dialog.open()
            tryCompare(dialog, "opened", true)
            const confirm = Find.named(dialog.footer, "confirmResetButton")
            compare(confirm.text, "Delete everything")
            mouseClick(confirm)
            tryCompare(dialog, "visible", false)
            compare(App.progress.breathingMinutes, 0)
        }

        // On a phone the home page's primary actions are docked at the bottom, within the thumb's
        // reach, and the page's own buttons give way; on a laptop there is no dock.
        function test_phoneDocksThePrimaryActions() {
            root.width = 360
            frame.showDestination(0)
            const home = frame.stack.currentItem
            compare(home.objectName, "homePage")
            tryVerify(() => Find.named(home, "homeDock") !== null, 2000, "the dock exists on a phone")
            const dock = Find.named(home, "homeDock")
            const cont = Find.named(dock, "dockContinueButton")
            const calm = Find.named(dock, "dockCalmButton")
            tryCompare(frame.stack, "busy", false)
            tryVerify(() => home.width === 360 && cont.width > 0, 2000, "laid out at the phone's width")
            verify(cont.visible && calm.visible)
            verify(cont.height >= Theme.touchTarget && calm.height >= Theme.touchTarget)
            verify(cont.mapToItem(root, 0, 0).y > root.height * 0.6, "in the lower part of the screen")
            verify(!Find.named(home, "continueButton").visible)
            verify(!Find.named(home, "calmButton").visible)

            mouseClick(cont)
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage"
                            || frame.stack.currentItem.objectName === "quizPage")
            frame.stack.pop(null, StackView.Immediate)
            tryCompare(frame.stack, "busy", false)

            root.width = 1280
            tryVerify(() => Find.named(frame.stack.currentItem, "homeDock") === null)
            verify(Find.named(frame.stack.currentItem, "continueButton").visible)
            verify(Find.named(frame.stack.currentItem, "calmButton").visible)
        }

        // One rule for phone and laptop: the dock goes with the bottom tabs. A laptop window just past
        // the breakpoint has the side navigation and a page narrower than the breakpoint beside it;
        // its primary buttons stay in the page (no dock under a side navigation).
        function test_noDockBesideTheSideNavigation() {
            root.width = 800
            tryVerify(() => root.Window.width === 800)
            frame.showDestination(0)
            tryCompare(frame.stack, "busy", false)
            const home = frame.stack.currentItem
            verify(Find.named(frame, "sideNav") !== null, "the side navigation is shown")
            tryVerify(() => home.width > 0 && home.width < Theme.wideBreakpoint, 2000, "the page itself is narrow")
            wait(50)
            compare(Find.named(home, "homeDock"), null)
            verify(Find.named(home, "continueButton").visible)
            verify(Find.named(home, "calmButton").visible)
        }

        // A page's lists follow the learner's progress in place: opening a lesson from a module page
        // updates its row (now "in progress") without rebuilding it, and the page survives being
        // shown again at another width (a phone turned sideways).
        function test_listsUpdateInPlace() {
            root.width = 360
            frame.showDestination(0)
            tryCompare(frame.stack, "busy", false)
            frame.openModule(App.library.defaultCourseId, "vem-ar-besvarlig")
            tryCompare(frame.stack, "busy", false)
            const modulePage = frame.stack.currentItem
            const row = Find.named(modulePage, "lesson_nar-normerna-bryts")
            verify(row, "the module lists its second lesson")
            tryVerify(() => row.width > 0)
            verify(!row.inProgress && !row.done)
            mouseClick(row)
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage")
            tryCompare(frame.stack, "busy", false)
            frame.stack.pop(StackView.Immediate)
            tryCompare(frame.stack, "busy", false)
            compare(Find.named(modulePage, "lesson_nar-normerna-bryts"), row, "the same row, not a rebuilt one")
            verify(row.inProgress)
            root.width = 1280
            wait(50)
            compare(frame.stack.currentItem, modulePage)
            frame.stack.pop(null, StackView.Immediate)
        }

        // The module's breathing exercises too: reading a lesson changes the module's figures, and
        // the exercise rows stay the same objects (a rebuild under a hidden page crashed on resize).
        function test_breathingRowsSurviveProgress() {
            root.width = 360
            frame.showDestination(0)
            tryCompare(frame.stack, "busy", false)
            frame.openModule(App.library.defaultCourseId, "behall-lugnet")
            tryCompare(frame.stack, "busy", false)
            const modulePage = frame.stack.currentItem
            const exercise = modulePage.overview.breathing.length > 0
                ? Find.named(modulePage, "breathing_" + modulePage.overview.breathing[0].patternId) : null
            verify(exercise, "the module lists a breathing exercise")
            const lessonId = modulePage.overview.lessons.data(modulePage.overview.lessons.index(1, 0),
                                                              LessonListModel.LessonIdRole)
            const lessonRow = Find.named(modulePage, "lesson_" + lessonId)
            tryVerify(() => lessonRow.width > 0)
            mouseClick(lessonRow)
            tryVerify(() => frame.stack.currentItem.objectName === "lessonPage")
            tryCompare(frame.stack, "busy", false)
            frame.stack.pop(StackView.Immediate)
            tryCompare(frame.stack, "busy", false)
            compare(Find.named(modulePage, exercise.objectName), exercise, "the same row, not a rebuilt one")
            root.width = 1280
            wait(50)
            compare(frame.stack.currentItem, modulePage)
            frame.stack.pop(null, StackView.Immediate)
        }

        // #16: an exercise's row shows its real length: six cycles of 16 s (it showed "0 min") and
        // 1.5 minutes (it showed "2 min"), written as the Breathe page writes lengths.
        function test_breathingRowsShowTheRealLength() {
            frame.showDestination(0)
            tryCompare(frame.stack, "busy", false)
            frame.openModule("testkurs", "testmodul")
            tryCompare(frame.stack, "busy", false)
            const modulePage = frame.stack.currentItem
            const cycles = Find.named(modulePage, "breathing_test-sex-varv")
            const minutes = Find.named(modulePage, "breathing_test-halvannan")
            verify(cycles && minutes, "the module lists both exercises")
            verify(cycles.text.endsWith(" · 1 min 36 s"), cycles.text)
            verify(minutes.text.endsWith(" · 1 min 30 s"), minutes.text)
            frame.stack.pop(null, StackView.Immediate)
        }

        // At the largest text size on a phone every tab's label fits its tab ("Inställningar" was cut off).
        function test_tabLabelsFitAtLargestText() {
            root.width = 360
            const step = AppSettings.textSizeStep
            AppSettings.textSizeStep = 3
            // The longest label the app has: Swedish "Settings" (the tests run in English).
            const english = frame.destinations.get(3).label
            frame.destinations.setProperty(3, "label", "Inställningar")
            try {
                const bottom = Find.named(frame, "bottomNav")
                tryVerify(() => bottom !== null && bottom.width === 360)
                for (let i = 0; i < 4; ++i) {
                    const label = bottom.itemAt(i).contentItem.textItem
                    tryVerify(() => label.contentWidth > 0)
                    verify(label.contentWidth <= label.width + 0.5, "tab " + i + ": " + label.contentWidth + " > " + label.width)
                }
            } finally {
                frame.destinations.setProperty(3, "label", english)
                AppSettings.textSizeStep = step
            }
        }

        function test_clickingATabNavigates() {
            root.width = 360
            const bottom = Find.named(frame, "bottomNav")
            const progressTab = bottom.itemAt(2)
            mouseClick(progressTab)
            tryCompare(frame.stack.currentItem, "objectName", "progressPage")
            compare(frame.currentIndex, 2)
        }

        // Tab walks a laptop's home page in reading order: the side navigation, then the page from
        // top to bottom (continue, calm down, the courses in library order), and whatever has the
        // focus shows a ring.
        function test_tabOrderAndVisibleFocus() {
            root.width = 1280
            frame.showDestinationByKey("home")
            tryCompare(frame.stack, "busy", false)
            frame.forceActiveFocus()
            const order = []
            for (let i = 0; i < 30; ++i) {
                keyClick(Qt.Key_Tab)
                const item = root.Window.activeFocusItem
                verify(item !== null)
                order.push(item.objectName)
                if (item.objectName !== "") {
                    verify(item.visualFocus, item.objectName + " has the focus but does not show it")
                    verify(findRing(item.background) !== null, item.objectName + " has no focus ring")
                    verify(findRing(item.background).visible, item.objectName + "'s focus ring is hidden")
                }
            }
            const start = order.indexOf("nav_home")
            verify(start >= 0, "the side navigation is never reached: " + order.join(", "))
            const expected = ["nav_home", "nav_breathe", "nav_progress", "nav_settings", "continueButton", "calmButton"]
            for (let c = 0; c < App.library.courseIds.length; ++c)
                expected.push("course_" + App.library.courseIds[c])
            verify(expected.length > 7, "the test setup has several courses")
            compare(order.slice(start, start + expected.length).join(", "), expected.join(", "))
        }

        function findRing(parent) {
            if (!parent)
                return null
            for (let i = 0; i < parent.children.length; ++i) {
                const child = parent.children[i]
                if (child.border !== undefined && child.border.width === Theme.focusRingWidth && child.color.a === 0)
                    return child
            }
            return null
        }
    }
}
