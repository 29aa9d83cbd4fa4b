pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa
import Pausa.Models

// The navigation frame every page plugs into: one StackView for drill-down, with the top-level
// destinations shown as a bottom tab bar on a phone and as a side navigation on a laptop.
// The stack is the same object in both layouts, so resizing the window keeps the learner's place.
Item {
    id: frame

    property bool wide: false
    property int currentIndex: 0
    readonly property alias stack: stack
    readonly property alias destinations: destinations

    // The top-level destinations, in tab order.
    ListModel {
        id: destinations
        ListElement { key: "home"; label: qsTr("Home"); symbol: "home"; source: "../pages/HomePage.qml" }
        ListElement { key: "breathe"; label: qsTr("Breathe"); symbol: "self_improvement"; source: "../pages/BreathePage.qml" }
        ListElement { key: "progress"; label: qsTr("Progress"); symbol: "bar_chart"; source: "../pages/ProgressPage.qml" }
        ListElement { key: "settings"; label: qsTr("Settings"); symbol: "settings"; source: "../pages/SettingsPage.qml" }
    }

    function showDestination(index: int) {
        if (index < 0 || index >= destinations.count)
            return
        currentIndex = index
        stack.replace(null, Qt.resolvedUrl(destinations.get(index).source), { frame: frame }, StackView.Immediate)
    }

    function showDestinationByKey(key: string) {
        for (let i = 0; i < destinations.count; ++i) {
            if (destinations.get(i).key === key) {
                showDestination(i)
                return
            }
        }
    }

    // Where a page can send the learner. Pages ask the frame to go somewhere and only the frame knows
    // the pages' files, so each page is named in one place and qmllint checks every call's arguments.
    // The pages' files load when first opened, not with the frame: the first frame does not pay for them.
    function openCourse(courseId: string) {
        open("CoursePage.qml", { courseId: courseId }, false)
    }
    function openModule(courseId: string, moduleId: string) {
        open("ModulePage.qml", { courseId: courseId, moduleId: moduleId }, false)
    }
    function openLesson(courseId: string, moduleId: string, lessonId: string) {
        open("LessonPage.qml", { courseId: courseId, moduleId: moduleId, lessonId: lessonId }, false)
    }
    function openQuiz(courseId: string, moduleId: string) {
        open("QuizPage.qml", { courseId: courseId, moduleId: moduleId }, false)
    }
    function openReview(courseId: string, moduleId: string, minutes: int) {
        open("ReviewPage.qml", { courseId: courseId, moduleId: moduleId, minutes: minutes }, false)
    }
    // cycles 0: breathe for durationSeconds; otherwise for that many rounds of the pattern.
    function openBreathing(patterns: BreathingPatternModel, patternId: string, durationSeconds: int,
                           cycles: int, autoStart: bool) {
        open("BreathingSessionPage.qml", { patterns: patterns, patternId: patternId,
                                           durationSeconds: durationSeconds, cycles: cycles, autoStart: autoStart }, false)
    }
    function openAddCourses() {
        open("AddCoursesPage.qml", {}, false)
    }
    function openAbout() {
        open("AboutPage.qml", {}, false)
    }
    // From the end of a lesson straight on to the next lesson or the quiz: the finished lesson makes
    // way, so Back returns to where the learner came from, not to a lesson already done.
    function moveOnToLesson(courseId: string, moduleId: string, lessonId: string) {
        open("LessonPage.qml", { courseId: courseId, moduleId: moduleId, lessonId: lessonId }, true)
    }
    function moveOnToQuiz(courseId: string, moduleId: string) {
        open("QuizPage.qml", { courseId: courseId, moduleId: moduleId }, true)
    }

    function open(file: string, properties: var, replacing: bool) {
        properties.frame = frame
        const url = Qt.resolvedUrl("../pages/" + file)
        if (replacing)
            stack.replace(url, properties)
        else
            stack.push(url, properties)
    }

    // Back: pop a drill-down page, or return to the first destination. Returns whether it went back.
    function goBack(): bool {
        if (stack.depth > 1) {
            stack.pop()
            return true
        }
        if (currentIndex !== 0) {
            showDestination(0)
            return true
        }
        return false
    }

    Shortcut {
        sequences: ["Esc", "Alt+Left"]
        onActivated: frame.goBack()
    }
    // The system Back key or gesture (Android) does what Esc does. Where there is nowhere to go back
    // to, the key is left to the system, which then closes the app as Back does on Android.
    Shortcut {
        objectName: "systemBackShortcut"
        sequences: ["Back"]
        enabled: stack.depth > 1 || frame.currentIndex !== 0
        onActivated: frame.goBack()
    }

    Component.onCompleted: showDestination(0)

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Only the navigation in use is created, and its QML is loaded only then (from its file, not
        // an inline component), so the other one costs neither startup time nor memory.
        Loader {
            objectName: "sideNavLoader"
            active: frame.wide
            visible: active
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.sideNavWidth
            Component.onCompleted: setSource(Qt.resolvedUrl("SideNav.qml"), { frame: frame })
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // What the learner must read about their progress (a failed save, a file set aside)
            // stays in view on every page, a lesson and a quiz included, until dismissed.
            NoticeBanner {
                objectName: "progressNotice"
                Layout.fillWidth: true
                Layout.margins: visible ? Theme.spacing : 0
                Layout.bottomMargin: 0
                text: App.progress.notice
                onDismissed: App.progress.dismissNotice()
            }

            StackView {
                id: stack
                objectName: "mainStack"
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                Keys.onBackPressed: event => { event.accepted = frame.goBack() }
            }

            Loader {
                objectName: "bottomNavLoader"
                active: !frame.wide
                visible: active
                Layout.fillWidth: true
                Component.onCompleted: setSource(Qt.resolvedUrl("BottomNav.qml"), { frame: frame })
            }
        }
    }
}
