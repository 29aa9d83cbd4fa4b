pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pausa
import Pausa.Models

// Settings of spaced review: the session length offered first, the daily cap, and how sure the
// learner wants to be of remembering when a question comes back (FSRS desired retention).
ColumnLayout {
    id: settings
    spacing: Theme.spacing

    Label { text: qsTr("Review"); font.pixelSize: Theme.fontSizeLarge; topPadding: Theme.margin }
    Label { text: qsTr("Session length"); font.pixelSize: Theme.fontSizeBody }
    Flow {
        Layout.fillWidth: true
        Repeater {
            model: [2, 5, 10]
            delegate: RadioButton {
                required property int modelData
                objectName: "reviewDefaultMinutes_" + modelData
                text: qsTr("%1 min").arg(modelData)
                font.pixelSize: Theme.fontSizeBody
                checked: App.review.defaultMinutes === modelData
                onClicked: App.review.defaultMinutes = modelData
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("At most %1 questions a day").arg(App.review.dailyCap)
            font.pixelSize: Theme.fontSizeBody
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        SpinBox {
            objectName: "reviewDailyCap"
            from: 5; to: 100; stepSize: 5
            value: App.review.dailyCap
            onValueModified: App.review.dailyCap = value
            Accessible.name: qsTr("Questions a day at most")
        }
    }
    Label {
        text: qsTr("Remember %1 % when a question comes back").arg(Math.round(App.review.desiredRetention * 100))
        font.pixelSize: Theme.fontSizeBody
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Slider {
        objectName: "reviewRetention"
        Layout.fillWidth: true
        from: 0.80; to: 0.97; stepSize: 0.01; snapMode: Slider.SnapAlways
        value: App.review.desiredRetention
        onMoved: App.review.desiredRetention = value
        Accessible.name: qsTr("Desired retention")
    }
    Label {
        text: qsTr("Higher means questions come back sooner and more often.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        opacity: Theme.secondaryTextOpacity
        Layout.fillWidth: true
    }
}
