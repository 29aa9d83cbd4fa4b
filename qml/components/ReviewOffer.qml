pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// "Review · N min" when something of the course (or of one module) is due: the minutes the next
// session takes, never a count of due items. The learner can pick 2, 5 or 10 minutes first; the
// setting gives the default. Hidden when nothing is due or the daily cap is reached.
Card {
    id: offer
    objectName: "reviewOffer"

    required property string courseId
    property string moduleId: ""
    required property AppFrame frame   // the frame of the page it is on
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
        Component.onCompleted: setSource(Qt.resolvedUrl("ReviewOfferContent.qml"), { offer: offer, overview: overview })
    }
}
