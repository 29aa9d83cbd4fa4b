pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa
import Pausa.Models

// One course: its title, the learner's figures, optionally its description, and its modules. The
// single-course home and a course's own page show it the same way; on a laptop a course's page puts
// the description beside the modules (twoColumns), the description keeping a reading measure.
GridLayout {
    id: section

    required property CourseOverview overview
    property bool showDescription: false
    property bool showTitle: true   // a course's own page has it in its header already
    property bool twoColumns: false
    signal moduleClicked(string moduleId)

    columns: twoColumns ? 2 : 1
    columnSpacing: Theme.margin * 2
    rowSpacing: Theme.margin

    ColumnLayout {
        objectName: "courseAbout"
        spacing: Theme.margin
        Layout.alignment: Qt.AlignTop
        Layout.fillWidth: !section.twoColumns
        Layout.preferredWidth: section.twoColumns ? (section.width - section.columnSpacing) * 0.45 : -1

        Label {
            visible: section.showTitle
            text: section.overview.title
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            wrapMode: Text.Wrap
            topPadding: Theme.spacing
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: section.overview.valid
            text: qsTr("%1 of %n lesson(s) · %2 % complete", "", section.overview.lessonCount)
                      .arg(section.overview.lessonsDone).arg(Math.round(section.overview.completion))
            font.pixelSize: Theme.fontSizeSmall
            wrapMode: Text.Wrap
            opacity: Theme.secondaryTextOpacity
            Layout.fillWidth: true
        }
        Label {
            visible: !section.overview.valid
            text: qsTr("No course could be loaded.")
            font.pixelSize: Theme.fontSizeBody
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        MarkdownBlocks {
            objectName: "courseDescription"
            visible: section.showDescription && section.overview.descriptionBlocks.length > 0
            blocks: section.showDescription ? section.overview.descriptionBlocks : []
            baseUrl: section.overview.baseUrl
            namePrefix: "description"
            Layout.fillWidth: true
        }
    }
    // In a Column, not in the layout: modules come and go as a course is updated.
    Column {
        objectName: "courseModules"
        spacing: Theme.margin
        Layout.alignment: Qt.AlignTop
        Layout.fillWidth: true
        Layout.preferredWidth: section.twoColumns ? (section.width - section.columnSpacing) * 0.55 : -1
        Repeater {
            model: section.overview.modules
            delegate: ModuleCard {
                width: parent ? parent.width : 0
                onClicked: section.moduleClicked(moduleId)
            }
        }
    }
}
