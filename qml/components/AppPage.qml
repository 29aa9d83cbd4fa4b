import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa

// A page with a title bar; shows a back button when the page was pushed onto the stack.
Page {
    id: page

    property bool canGoBack: StackView.view ? StackView.index > 0 : false
    signal backRequested()

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: page.canGoBack ? 0 : Theme.margin
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
                elide: Text.ElideRight
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
        }
    }
}
