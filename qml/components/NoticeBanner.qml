import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa

// One message the learner must read (progress moved aside, storage full, a module that failed),
// with a way to dismiss it.
Rectangle {
    id: banner

    property string text
    property bool dismissable: true
    signal dismissed()

    visible: text.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.cornerRadius
    color: Material.theme === Material.Dark ? Theme.noticeDark : Theme.noticeLight
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        Label {
            text: banner.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeBody
            color: banner.Material.theme === Material.Dark ? Theme.noticeInkDark : Theme.noticeInkLight
            Layout.fillWidth: true
        }
        ActionButton {
            visible: banner.dismissable
            flat: true
            cornerRadius: Theme.touchTarget / 2
            iconName: "close"
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("Dismiss")
            onClicked: banner.dismissed()
        }
    }
}
