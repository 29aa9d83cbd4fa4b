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

    // The part of the window the system draws over (status and gesture bars on a phone), set by
    // main.cpp's ScreenInsets; 0 on a desktop and in tests.
    property int insetTop: 0
    property int insetBottom: 0
    property int insetLeft: 0
    property int insetRight: 0

    Material.theme: AppSettings.themeMode === AppSettings.Dark ? Material.Dark
                  : AppSettings.themeMode === AppSettings.Light ? Material.Light : Material.System
    Material.accent: Material.theme === Material.Dark ? Theme.accentDark : Theme.accentLight
    Material.primary: Material.BlueGrey

    AppFrame {
        id: frame
        anchors.fill: parent
        anchors.topMargin: window.insetTop
        anchors.bottomMargin: window.insetBottom
        anchors.leftMargin: window.insetLeft
        anchors.rightMargin: window.insetRight
        wide: window.width >= Theme.wideBreakpoint
    }
}
