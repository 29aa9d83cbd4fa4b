import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// Settings → "Add courses…" opens the page; a link that is not https gets one line saying why.
Item {
    id: root
    width: 400
    height: 800

    AppFrame {
        id: frame
        anchors.fill: parent
        wide: false
    }

    TestCase {
        name: "AddCourses"
        when: windowShown

        function test_openFromSettingsAndRefusePlainHttp() {
            frame.showDestinationByKey("settings")
            const settings = frame.stack.currentItem
            compare(settings.objectName, "settingsPage")
            const button = Find.named(settings, "addCoursesButton")
            verify(button)
            button.clicked()
            tryCompare(frame.stack, "busy", false)
            const page = frame.stack.currentItem
            compare(page.objectName, "addCoursesPage")
            compare(page.title, "Add courses")

            const field = Find.named(page, "catalogLinkField")
            field.text = "http://example.org/catalog.json"
            Find.named(page, "showCoursesButton").clicked()
            const message = Find.named(page, "subscriptionMessage")
            verify(message.visible)
            verify(message.text.indexOf("https://") >= 0, message.text)
            compare(App.subscriptions.busy, false)
        }
    }
}
