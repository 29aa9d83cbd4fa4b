pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// The inside of ReviewOffer, in a file of its own so that the offer can load it only when something is
// due (a Loader's inline component cannot be Bound on Qt 6.4, and qmllint wants it Bound).
ColumnLayout {
    id: content
    required property ReviewOffer offer
    required property ReviewOverview overview
    spacing: Theme.spacing
    Label {
        text: qsTr("Time to remember")
        font.pixelSize: Theme.fontSizeSmall
        color: content.offer.Material.accent
    }
    Label {
        text: qsTr("A few questions you answered before, just before you would forget them.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeBody
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: [2, 5, 10]
            delegate: ActionButton {
                required property int modelData
                objectName: "reviewMinutes_" + modelData
                flat: content.offer.minutes !== modelData
                checkable: true
                checked: content.offer.minutes === modelData
                text: qsTr("%1 min").arg(modelData)
                font.pixelSize: Theme.fontSizeSmall
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Review for %1 minutes").arg(modelData)
                onClicked: content.offer.minutes = modelData
            }
        }
    }
    ActionButton {
        objectName: "reviewOfferButton"
        highlighted: true
        text: qsTr("Review · %1 min").arg(content.overview.sessionMinutes)
        font.pixelSize: Theme.fontSizeBody
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.actionButtonHeight
        onClicked: content.offer.frame.openReview(content.offer.courseId, content.offer.moduleId, content.offer.minutes)
    }
}
