import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// (No ComponentBehavior: Bound here: Qt 6.4 will not instantiate a bound component from a Loader,
// "Cannot instantiate bound component outside its creation context".)
// "Review · N min" when something of the course (or of one module) is due: the minutes the next
// session takes, never a count of due items. The learner can pick 2, 5 or 10 minutes first; the
// setting gives the default. Hidden when nothing is due or the daily cap is reached.
Card {
    id: offer
    objectName: "reviewOffer"

    required property string courseId
    property string moduleId: ""
    required property var stack   // the StackView of the page it is on
    property int minutes: App.review.defaultMinutes

    visible: overview.ready

    ReviewOverview {
        id: overview
        library: App.library
        progress: App.progress
        courseId: offer.courseId
        moduleId: offer.moduleId
        minutes: offer.minutes
    }

    // Built only when something is due: on most starts nothing is, and the first frame does not pay
    // for its buttons.
    Loader {
        anchors.fill: parent
        active: overview.ready
        sourceComponent: Component {
            ColumnLayout {
                spacing: Theme.spacing
                Label {
                    text: qsTr("Time to remember")
                    font.pixelSize: Theme.fontSizeSmall
                    color: offer.Material.accent
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
                            flat: offer.minutes !== modelData
                            checkable: true
                            checked: offer.minutes === modelData
                            text: qsTr("%1 min").arg(modelData)
                            font.pixelSize: Theme.fontSizeSmall
                            Layout.preferredHeight: Theme.touchTarget
                            Accessible.name: qsTr("Review for %1 minutes").arg(modelData)
                            onClicked: offer.minutes = modelData
                        }
                    }
                }
                ActionButton {
                    objectName: "reviewOfferButton"
                    highlighted: true
                    text: qsTr("Review · %1 min").arg(overview.sessionMinutes)
                    font.pixelSize: Theme.fontSizeBody
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget + 8
                    onClicked: offer.stack.push(Qt.resolvedUrl("../pages/ReviewPage.qml"),
                                                { courseId: offer.courseId, moduleId: offer.moduleId, minutes: offer.minutes })
                }
            }
        }
    }
}
