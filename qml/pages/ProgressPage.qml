import QtQuick
import QtQuick.Controls
import Pausa

AppPage {
    objectName: "progressPage"
    title: qsTr("Progress")

    Label {
        anchors.fill: parent
        anchors.margins: Theme.margin
        text: qsTr("Your progress will show here.")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSizeBody
    }
}
