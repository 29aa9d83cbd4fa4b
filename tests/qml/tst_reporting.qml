import QtQuick
import QtQuick.Controls
import QtTest
import Pausa
import Pausa.Models
import "helpers/find.js" as Find

// Settings' "Reporting results": off by default, the consent screen (what is sent, to whom, an
// example statement) comes before turning on, and turning off asks whether to keep the queue.
Item {
    id: root
    width: 480
    height: 900

    ReportingSection {
        id: section
        width: root.width
    }

    // A breathing exercise run to its end on a fast clock records an event, as on the breathing page.
    BreathingSessionModel {
        id: breathing
        patternId: "box"
        cycles: 4
        timeScale: 100
        progress: App.progress
    }

    TestCase {
        name: "Reporting"
        when: windowShown

        function test_1_offUntilTheLearnerConsents() {
            const reporting = App.reporting
            const toggle = Find.named(section, "reportingSwitch")
            verify(!reporting.enabled)
            verify(!toggle.enabled, "nothing to turn on before the LRS and the name are known")

            compare(reporting.applyFields("http://lrs.example.org/xAPI", "k", "s", "https://example.org", "emp-7"),
                    "The LRS address must start with https:// (plain http only reaches this device).")
            compare(reporting.applyFields("http://127.0.0.1:9/xAPI", "k", "s", "https://example.org", "emp-7"), "")
            verify(reporting.ready)
            verify(!reporting.enabled)
            verify(toggle.enabled)

            mouseClick(toggle)
            tryCompare(section.consentDialog, "opened", true)
            verify(!reporting.enabled, "not on before the learner agrees")
            verify(!toggle.checked)
            const example = Find.named(section.consentDialog, "exampleStatement")
            verify(example.text.indexOf("\"name\": \"emp-7\"") >= 0, example.text)
            verify(example.text.indexOf("http://adlnet.gov/expapi/verbs/experienced") >= 0)
            verify(example.text.indexOf("\"homePage\": \"https://example.org\"") >= 0)
            mouseClick(Find.named(section.consentDialog.footer, "consentTurnOnButton"))
            tryCompare(section.consentDialog, "visible", false)
            verify(reporting.enabled)
            verify(toggle.checked)
            // Now an event queues its statement (the LRS here refuses connections: it waits).
            breathing.start()
            tryCompare(breathing, "status", BreathingSessionModel.Finished)
            tryCompare(reporting, "waitingCount", 1)
        }

        function test_2_turningOffAsksAboutTheQueue() {
            const reporting = App.reporting
            const toggle = Find.named(section, "reportingSwitch")
            verify(reporting.enabled)
            compare(reporting.waitingCount, 1)
            mouseClick(toggle)
            tryCompare(section.turnOffDialog, "opened", true)
            verify(reporting.enabled)
            mouseClick(Find.named(section.turnOffDialog.footer, "deleteQueueButton"))
            tryCompare(section.turnOffDialog, "visible", false)
            verify(!reporting.enabled)
            verify(!toggle.checked)
            compare(reporting.waitingCount, 0)
        }
    }
}
