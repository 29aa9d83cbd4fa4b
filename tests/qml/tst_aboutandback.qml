import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// The system Back key (Android's Back gesture arrives as it) does what Esc does, and leaves the key to
// the system where there is nowhere to go back to; the About page is one step from Settings and says
// the version and where the learner's things are kept.
Item {
    id: root
    width: 360
    height: 740

    AppFrame {
        id: frame
        anchors.fill: parent
        wide: root.width >= Theme.wideBreakpoint
    }

    // Focus away from the page stack (as on a phone after a tap on a tab): Back must still go back.
    Item {
        id: elsewhere
        focus: true
    }

    Component {
        id: detailPage
        Page { objectName: "detail"; title: "Detail" }
    }

    TestCase {
        name: "AboutAndBack"
        when: windowShown

        // Items, non-visual objects (a Shortcut) and a Control's or Flickable's content, depth first.

        function init() {
            frame.showDestination(0)
        }

        function test_backKeyGoesBackLikeEscape() {
            const back = Find.named(frame, "systemBackShortcut")
            verify(back)
            compare(back.enabled, false)        // home, nothing pushed: Back is the system's (it closes the app)
            frame.stack.push(detailPage)
            tryCompare(frame.stack, "depth", 2)
            compare(back.enabled, true)
            elsewhere.forceActiveFocus()
            keyClick(Qt.Key_Back)
            tryCompare(frame.stack, "depth", 1)
            compare(frame.stack.currentItem.objectName, "homePage")

            // With the focus in the stack (whose Keys also know Back), one press is one step.
            frame.stack.push(detailPage)
            frame.stack.push(detailPage)
            tryCompare(frame.stack, "depth", 3)
            frame.stack.forceActiveFocus()
            keyClick(Qt.Key_Back)
            compare(frame.stack.depth, 2)       // popping is immediate: a second pop would show here
            frame.stack.pop(null)

            frame.showDestinationByKey("settings")
            compare(back.enabled, true)         // another tab: Back returns to the first, as Esc does
            elsewhere.forceActiveFocus()
            keyClick(Qt.Key_Back)
            compare(frame.currentIndex, 0)
            compare(frame.stack.currentItem.objectName, "homePage")
            compare(back.enabled, false)
        }

        function test_aboutFromSettings() {
            frame.showDestinationByKey("settings")
            const row = Find.named(frame.stack.currentItem, "aboutRow")
            verify(row)
            compare(row.text, "About Pausa")
            row.clicked()
            tryCompare(frame.stack, "depth", 2)
            const about = frame.stack.currentItem
            compare(about.objectName, "aboutPage")

            verify(/^\d+\.\d+\.\d+/.test(Qt.application.version))
            compare(Find.named(about, "aboutVersion").text, "Version " + Qt.application.version)
            verify(App.progress.filePath.length > 0)
            verify(Find.named(about, "aboutProgressFile").text.indexOf(App.progress.filePath) > 0)
            verify(Find.named(about, "aboutSettingsFile").text.indexOf(AppSettings.fileName) > 0)
            verify(Find.named(about, "aboutNothingSent").text.length > 0)
            verify(Find.named(about, "aboutIconLicence").text.indexOf("Apache License") > 0)

            // The app's own icon, in its own colours (not tinted): the breath's teal in the middle,
            // a white pause bar left of it (assets/icons/pausa.svg, 256 px drawn at 64).
            const icon = Find.named(about, "aboutAppIcon")
            tryCompare(icon, "status", Image.Ready)
            tryCompare(frame.stack, "busy", false)   // the page has slid into place
            waitForRendering(about)
            compare(icon.width, Theme.appIconSize)
            // (Qt 6.4's grabImage(item) crops at the item's place in its parent: grab the frame.)
            const shot = grabImage(frame)
            const at = icon.mapToItem(frame, 0, 0)
            verify(Qt.colorEqual(shot.pixel(at.x + 32, at.y + 32), "#4db6ac"), String(shot.pixel(at.x + 32, at.y + 32)))
            verify(Qt.colorEqual(shot.pixel(at.x + 27, at.y + 32), "#ffffff"), String(shot.pixel(at.x + 27, at.y + 32)))
            compare(icon.Accessible.name, "Pausa")

            elsewhere.forceActiveFocus()
            keyClick(Qt.Key_Back)
            tryCompare(frame.stack, "depth", 1)
            compare(frame.stack.currentItem.objectName, "settingsPage")
        }
    }
}
