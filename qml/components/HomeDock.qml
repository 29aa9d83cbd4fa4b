import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Pausa

// The home page's two primary actions on a phone, docked at the bottom of the page, above the tab
// bar, where the thumb of the hand holding the phone reaches: go on where the learner left off, and
// calm down now. (On a laptop they stay in the page, next to what they act on.)
Rectangle {
    id: dock

    property string continueText
    property bool canContinue: true
    signal continueClicked()
    signal calmClicked()

    objectName: "homeDock"
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Material.background

    Rectangle {
        width: parent.width
        height: 1
        color: dock.Material.dividerColor
    }

    // Side by side when both fit; at the largest text size on a phone "Continue" and "Calm down now"
    // do not, and the row cut the first to "Cont…": then Continue goes on top, each as wide as the dock.
    GridLayout {
        id: row
        readonly property bool sideBySide: !dock.canContinue
            || continueButton.implicitWidth + calmButton.implicitWidth + columnSpacing <= width
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        columns: sideBySide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        ActionButton {
            id: continueButton
            objectName: "dockContinueButton"
            visible: dock.canContinue
            text: dock.continueText
            highlighted: true
            font.pixelSize: Theme.fontSizeBody
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.actionButtonHeight
            onClicked: dock.continueClicked()
        }
        ActionButton {
            id: calmButton
            objectName: "dockCalmButton"
            iconName: "self_improvement"
            text: qsTr("Calm down now")
            font.pixelSize: Theme.fontSizeBody
            Layout.fillWidth: !dock.canContinue || !row.sideBySide
            Layout.preferredHeight: Theme.actionButtonHeight
            Accessible.name: qsTr("Calm down now, a one-minute breathing exercise")
            onClicked: dock.calmClicked()
        }
    }
}
