pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// One course on the progress page: its title and, per module, how much is done and the best quiz score.
Column {
    id: rows

    required property string courseId
    spacing: Theme.spacing

    CourseOverview {
        id: overview
        library: App.library
        progress: App.progress
        courseId: rows.courseId
    }

    Label {
        width: rows.width
        text: overview.title + " · " + Math.round(overview.completion) + " %"
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: overview.modules
        delegate: ColumnLayout {
            id: moduleRow
            required property string title
            required property real percent
            required property real bestScore
            required property bool mastered
            required property string moduleId
            width: rows.width
            spacing: 2
            // How much of the module the learner remembers now (spaced review), once they answered some.
            ReviewOverview {
                id: memory
                library: App.library
                progress: App.progress
                courseId: rows.courseId
                moduleId: moduleRow.moduleId
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: moduleRow.title
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                }
                Icon {
                    visible: moduleRow.mastered
                    name: "check"
                    color: rows.Material.accent
                    size: Theme.iconSizeSmall
                    Accessible.name: qsTr("Mastered")
                }
                Label {
                    objectName: "moduleFigures_" + moduleRow.moduleId
                    text: Math.round(moduleRow.percent) + " %"
                          + (moduleRow.bestScore >= 0 ? " · " + qsTr("quiz %1 %").arg(Math.round(moduleRow.bestScore)) : "")
                          + (memory.rememberedPercent >= 0 ? " · " + qsTr("remembers ~%1 %").arg(memory.rememberedPercent)
                             + (memory.dueCount > 0 ? " · " + qsTr("%1 due").arg(memory.dueCount) : "") : "")
                    font.pixelSize: Theme.fontSizeSmall
                }
            }
            ProgressLine {
                value: moduleRow.percent / 100
                Layout.fillWidth: true
                Accessible.name: moduleRow.title + ": " + Math.round(moduleRow.percent) + " %"
            }
        }
    }
}
