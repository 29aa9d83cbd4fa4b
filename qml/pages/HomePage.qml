pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// Home: continue where you left off (in any course), calm down in one tap, and the course with its
// modules; with several courses, the list of courses, each opening its own page.
AppPage {
    id: page
    objectName: "homePage"
    title: qsTr("Pausa")

    readonly property string courseId: App.library.defaultCourseId
    // Several courses: home lists them (each opens a CoursePage); one course: its modules are right here.
    readonly property bool manyCourses: library.total > 1
    // On a phone the two primary actions sit in a dock at the bottom (HomeDock), within thumb's reach.
    // The rule is the window's width, the same one that swaps the side navigation for the bottom tabs:
    // a laptop window just past the breakpoint has a narrow page beside its side navigation, and
    // keeps its buttons in the page. Not narrow until the page is in a window, so a laptop never
    // creates the dock on its way in.
    readonly property bool narrow: page.Window.window !== null && page.Window.width < Theme.wideBreakpoint
    readonly property bool canContinue: resume.kind !== ResumeCard.Nothing && resume.kind !== ResumeCard.CourseDone
    readonly property string continueText: resume.kind === ResumeCard.ResumeLesson || resume.kind === ResumeCard.ResumeQuiz
                                           ? qsTr("Continue") : qsTr("Start")

    function openCourse(courseId: string) {
        page.frame.openCourse(courseId)
    }
    function openModule(moduleId: string) {
        page.frame.openModule(page.courseId, moduleId)
    }
    function continueLearning() {
        if (resume.kind === ResumeCard.ResumeQuiz || resume.kind === ResumeCard.NextQuiz)
            page.frame.openQuiz(resume.targetCourseId, resume.targetModuleId)
        else
            page.frame.openLesson(resume.targetCourseId, resume.targetModuleId, resume.targetLessonId)
    }
    function calmDown() {
        page.frame.openBreathing(App.breathingPatterns, "box", 60, 0, true)
    }

    LibraryOverview {
        id: library
        library: App.library
        progress: App.progress
        // The first frame draws the first few courses (all a screen shows); the rest follow right after.
        maxRows: App.firstFrameShown ? -1 : 4
    }
    CourseOverview {
        id: overview
        library: App.library
        progress: App.progress
        courseId: page.manyCourses ? "" : page.courseId
    }
    // No course id: where the learner left off in any course.
    ResumeCard {
        id: resume
        library: App.library
        progress: App.progress
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        // One column on a phone; on a laptop what to do next (continue, calm down) on the left, the
        // course's modules or the list of courses beside it. Tab walks the left column first.
        GridLayout {
            id: column
            readonly property bool twoColumns: flick.width >= Theme.twoColumnMinWidth + 2 * Theme.margin
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin,
                            twoColumns ? Theme.wideContentWidth : Theme.readingWidth * 1.2)
            columns: twoColumns ? 2 : 1
            columnSpacing: Theme.margin * 2
            rowSpacing: Theme.margin

            // What the author or the learner must know about the content comes first, not below the modules.
            NoticeBanner {
                Layout.fillWidth: true
                Layout.columnSpan: column.columns
                dismissable: false
                text: App.library.problems.length > 0
                      ? qsTr("Some content could not be loaded:") + "\n" + App.library.problemsText : ""
            }
            // A course from a folder that stands in for the built-in one (the same id): never silent.
            NoticeBanner {
                objectName: "replacedCourseNotice"
                Layout.fillWidth: true
                Layout.columnSpan: column.columns
                dismissable: false
                text: App.library.replacedNotice
            }
            ColumnLayout {
                objectName: "homeActions"
                spacing: Theme.margin
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: !column.twoColumns
                Layout.preferredWidth: column.twoColumns ? (column.width - column.columnSpacing) * 0.42 : -1

                // With several courses, review in the course the learner last worked in (each course's page
                // offers its own).
                ReviewOffer {
                    courseId: page.manyCourses ? resume.targetCourseId : page.courseId
                    frame: page.frame
                    Layout.fillWidth: true
                }

                Card {
                    objectName: "resumeCard"
                    Layout.fillWidth: true
                    visible: resume.kind !== ResumeCard.Nothing
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        Label {
                            text: resume.kind === ResumeCard.ResumeLesson || resume.kind === ResumeCard.ResumeQuiz
                                  ? qsTr("Continue") : resume.kind === ResumeCard.CourseDone ? qsTr("Well done!")
                                  : qsTr("Next up")
                            font.pixelSize: Theme.fontSizeSmall
                            color: page.Material.accent
                        }
                        Label {
                            text: resume.kind === ResumeCard.CourseDone
                                  ? (page.manyCourses ? qsTr("You have finished all your courses. Retake a quiz or breathe for a while.")
                                                      : qsTr("You have finished the whole course. Retake a quiz or breathe for a while."))
                                  : (resume.kind === ResumeCard.ResumeQuiz || resume.kind === ResumeCard.NextQuiz
                                     ? qsTr("Quiz: %1").arg(resume.title) : resume.title)
                            font.pixelSize: Theme.fontSizeLarge
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: resume.kind !== ResumeCard.CourseDone
                            text: {
                                const where = resume.kind === ResumeCard.ResumeLesson
                                    ? qsTr("card %1 of %2").arg(resume.position).arg(resume.total)
                                    : resume.kind === ResumeCard.ResumeQuiz
                                      ? qsTr("question %1 of %2").arg(resume.position).arg(resume.total) : resume.moduleTitle
                                // With several courses, say which one this is.
                                return (page.manyCourses ? resume.courseTitle + " · " : "") + where + " · "
                                       + qsTr("about %1 min").arg(Math.ceil(resume.minutesLeft))
                            }
                            font.pixelSize: Theme.fontSizeSmall
                            opacity: Theme.secondaryTextOpacity
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        ActionButton {
                            objectName: "continueButton"
                            visible: page.canContinue && !page.narrow
                            text: page.continueText
                            highlighted: true
                            font.pixelSize: Theme.fontSizeBody
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.actionButtonHeight
                            onClicked: page.continueLearning()
                        }
                    }
                }

                ActionButton {
                    objectName: "calmButton"
                    visible: !page.narrow
                    iconName: "self_improvement"
                    text: qsTr("Calm down now · 1 min")
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.actionButtonHeight
                    Accessible.name: qsTr("Calm down now, a one-minute breathing exercise")
                    onClicked: page.calmDown()
                }

                Label {
                    visible: App.progress.streakDays > 0
                    text: qsTr("%n day(s) in a row", "", App.progress.streakDays)
                    font.pixelSize: Theme.fontSizeBody
                    font.bold: true
                }
            }

            ColumnLayout {
                objectName: "homeCourses"
                spacing: Theme.margin
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: column.twoColumns ? (column.width - column.columnSpacing) * 0.58 : -1

                CourseSection {
                    visible: !page.manyCourses
                    overview: overview
                    Layout.fillWidth: true
                    onModuleClicked: moduleId => page.openModule(moduleId)
                }

                Label {
                    visible: page.manyCourses
                    text: qsTr("Your courses")
                    font.pixelSize: Theme.fontSizeTitle
                    font.bold: true
                    topPadding: Theme.spacing
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
                // In a Column, not in this layout: courses come and go as they are installed (see ProgressPage).
                Column {
                    objectName: "courseList"
                    visible: page.manyCourses
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Repeater {
                        model: page.manyCourses ? library.courses : null
                        delegate: CourseCard {
                            width: parent ? parent.width : 0
                            onClicked: page.openCourse(courseId)
                        }
                    }
                }
                // Courses the organisation publishes (a catalog link): added here or in Settings.
                ActionButton {
                    objectName: "homeAddCoursesButton"
                    flat: true
                    text: qsTr("Add courses…")
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                    onClicked: page.frame.openAddCourses()
                }
            }
        }
    }

    // Created only on a phone (a laptop's first frame does not pay for it).
    footer: Loader {
        objectName: "homeDockLoader"
        active: page.narrow
        visible: active
        // A file, not an inline component: Qt 6.4 cannot instantiate a bound inline component from a
        // Loader. A relative URL is resolved against this file.
        source: "../components/HomeDock.qml"
        onLoaded: {
            item.continueText = Qt.binding(() => page.continueText)
            item.canContinue = Qt.binding(() => page.canContinue)
            item.continueClicked.connect(page.continueLearning)
            item.calmClicked.connect(page.calmDown)
        }
    }
}
