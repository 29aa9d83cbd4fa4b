import QtQuick
import QtQuick.Controls
import Pausa

AppPage {
    objectName: "breathePage"
    title: qsTr("Breathe")

    Label {
        anchors.fill: parent
        anchors.margins: Theme.margin
        text: qsTr("Breathing exercises to stay calm.")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSizeBody
    }
}
