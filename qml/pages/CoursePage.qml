pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Pausa
import Pausa.Models

// One course of the library: what it is about (its description) and its modules with the learner's
// figures. Reached from the list of courses on home.
AppPage {
    id: page
    objectName: "coursePage"

    required property string courseId
    title: overview.title

    function openModule(moduleId: string) {
        page.frame.openModule(page.courseId, moduleId)
    }

    CourseOverview {
        id: overview
        library: App.library
        progress: App.progress
        courseId: page.courseId
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: section.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        Column {
            id: section
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            // On a laptop the description beside the modules (CourseSection).
            readonly property bool twoColumns: flick.width >= Theme.twoColumnMinWidth + 2 * Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin,
                            twoColumns ? Theme.wideContentWidth : Theme.readingWidth * 1.2)
            spacing: Theme.margin
            ReviewOffer {
                width: section.width
                courseId: page.courseId
                frame: page.frame
            }
            CourseSection {
                width: section.width
                overview: overview
                showDescription: true
                showTitle: false
                twoColumns: section.twoColumns
                onModuleClicked: moduleId => page.openModule(moduleId)
            }
        }
    }
}
