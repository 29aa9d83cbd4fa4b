pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa
import Pausa.Models

AppPage {
    id: page
    objectName: "settingsPage"
    title: qsTr("Settings")

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
            x: Theme.margin
            spacing: Theme.spacing

            Label { text: qsTr("Theme"); font.pixelSize: Theme.fontSizeLarge; topPadding: Theme.margin }
            RowLayout {
                Repeater {
                    model: [
                        { mode: AppSettings.System, label: qsTr("System") },
                        { mode: AppSettings.Light, label: qsTr("Light") },
                        { mode: AppSettings.Dark, label: qsTr("Dark") }
                    ]
                    delegate: RadioButton {
                        required property var modelData
                        text: modelData.label
                        font.pixelSize: Theme.fontSizeBody
                        checked: AppSettings.themeMode === modelData.mode
                        onClicked: AppSettings.themeMode = modelData.mode
                    }
                }
            }

            Label { text: qsTr("Text size"); font.pixelSize: Theme.fontSizeLarge; topPadding: Theme.margin }
            Slider {
                Layout.fillWidth: true
                from: 0; to: 3; stepSize: 1; snapMode: Slider.SnapAlways
                value: AppSettings.textSizeStep
                onMoved: AppSettings.textSizeStep = value
                Accessible.name: qsTr("Text size")
            }

            Switch {
                text: qsTr("Sounds")
                font.pixelSize: Theme.fontSizeBody
                checked: AppSettings.soundsEnabled
                onToggled: AppSettings.soundsEnabled = checked
            }
            Switch {
                text: qsTr("Reduce motion")
                font.pixelSize: Theme.fontSizeBody
                checked: AppSettings.reducedMotion
                onToggled: AppSettings.reducedMotion = checked
            }
        }
    }
}
