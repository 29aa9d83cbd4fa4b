import QtQuick
import QtQuick.Controls
import Pausa

AppPage {
    objectName: "homePage"
    title: qsTr("Pausa")

    Label {
        anchors.fill: parent
        anchors.margins: Theme.margin
        text: qsTr("Short lessons for the pauses of a working day.")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSizeBody
    }
}
