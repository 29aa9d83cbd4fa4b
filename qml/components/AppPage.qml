import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa

// A page with a title bar; shows a back button when the page was pushed onto the stack.
Page {
    id: page

    readonly property bool canGoBack: StackView.view !== null && StackView.index > 0

    header: Rectangle {
        implicitHeight: Theme.touchTarget + 8
        color: page.Material.background

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: page.canGoBack ? 4 : Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: 4

            ToolButton {
                visible: page.canGoBack
                text: "\u2190"
                font.pixelSize: Theme.fontSizeLarge
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Back")
                onClicked: page.StackView.view.pop()
            }
            Label {
                text: page.title
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: page.title
            }
        }

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: page.Material.dividerColor
        }
    }
}
