pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa
import Pausa.Models

// One course: its title, the learner's figures, optionally its description, and its modules. The
// single-course home and a course's own page show it the same way.
Column {
    id: section

    required property CourseOverview overview
    property bool showDescription: false
    property bool showTitle: true   // a course's own page has it in its header already
    signal moduleClicked(string moduleId)

    spacing: Theme.margin

    Label {
        visible: section.showTitle
        width: section.width
        text: section.overview.title
        font.pixelSize: Theme.fontSizeTitle
        font.bold: true
        wrapMode: Text.Wrap
        topPadding: Theme.spacing
        Accessible.role: Accessible.Heading
    }
    Label {
        visible: section.overview.valid
        width: section.width
        text: qsTr("%1 of %n lesson(s) · %2 % complete", "", section.overview.lessonCount)
                  .arg(section.overview.lessonsDone).arg(Math.round(section.overview.completion))
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
        opacity: Theme.secondaryTextOpacity
    }
    Label {
        visible: !section.overview.valid
        width: section.width
        text: qsTr("No course could be loaded.")
        font.pixelSize: Theme.fontSizeBody
        wrapMode: Text.Wrap
    }
    MarkdownBlocks {
        objectName: "courseDescription"
        visible: section.showDescription && section.overview.descriptionBlocks.length > 0
        width: section.width
        blocks: section.showDescription ? section.overview.descriptionBlocks : []
        baseUrl: section.overview.baseUrl
        namePrefix: "description"
    }
    Repeater {
        model: section.overview.modules
        delegate: ModuleCard {
            width: section.width
            onClicked: section.moduleClicked(moduleId)
        }
    }
}
