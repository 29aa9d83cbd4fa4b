import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa

// A page with a title bar; shows a back button when the page was pushed onto the stack.
Page {
    id: page

    // The frame the page is shown in: where the page sends the learner next (AppFrame.openLesson, …).
    required property AppFrame frame
    readonly property bool canGoBack: StackView.view !== null && StackView.index > 0

    header: Rectangle {
        // Long titles ("Quiz: Vem är en besvärlig kund?") take a second line on a phone.
        implicitHeight: Math.max(Theme.headerHeight, titleLabel.implicitHeight + Theme.spacing * 2)
        color: page.Material.background

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: page.canGoBack ? 4 : Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: 4

            ActionButton {
                visible: page.canGoBack
                flat: true
                cornerRadius: Theme.touchTarget / 2
                iconName: "arrow_back"
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Back")
                onClicked: page.frame.goBack()
            }
            Label {
                id: titleLabel
                text: page.title
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
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
