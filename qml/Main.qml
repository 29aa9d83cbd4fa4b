pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Pausa.Models

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Pausa")

    Material.theme: AppSettings.themeMode === AppSettings.Dark ? Material.Dark
                  : AppSettings.themeMode === AppSettings.Light ? Material.Light : Material.System
    Material.accent: Material.theme === Material.Dark ? Theme.accentDark : Theme.accentLight
    Material.primary: Material.BlueGrey

    AppFrame {
        id: frame
        anchors.fill: parent
        wide: window.width >= Theme.wideBreakpoint
    }
}
