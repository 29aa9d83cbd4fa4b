pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pausa
import Pausa.Models

// A lesson, one card per screen: swipe on a phone; arrow keys, PageUp/PageDown and Space on a laptop.
// The reader remembers the card, so leaving and coming back returns here. The last card ends with
// "Done", which marks the lesson and offers what comes next.
AppPage {
    id: page
    objectName: "lessonPage"
    title: reader.title

    required property string courseId
    required property string moduleId
    required property string lessonId
    readonly property alias reader: reader

    LessonReader {
        id: reader
        library: App.library
        progress: App.progress
        courseId: page.courseId
        moduleId: page.moduleId
        lessonId: page.lessonId
    }

    function openNext() {
        if (reader.nextLessonId !== "")
            page.frame.moveOnToLesson(page.courseId, page.moduleId, reader.nextLessonId)
        else if (reader.quizNext)
            page.frame.moveOnToQuiz(page.courseId, page.moduleId)
        else
            page.frame.goBack()
    }

    focus: true
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Right || event.key === Qt.Key_PageDown || event.key === Qt.Key_Space) {
            reader.advance()
            event.accepted = true
        } else if (event.key === Qt.Key_Left || event.key === Qt.Key_PageUp) {
            reader.previous()
            event.accepted = true
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && reader.completed) {
            page.openNext()
            event.accepted = true
        }
    }
    Component.onCompleted: forceActiveFocus()

    Label {
        visible: !reader.valid
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        text: reader.errorText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontSizeBody
    }

    ColumnLayout {
        visible: reader.valid
        anchors.fill: parent
        spacing: 0

        // A horizontal ListView that snaps one card at a time, rather than a SwipeView over a Repeater:
        // with the SwipeView, a lesson opened after another page drew its third and later cards on
        // top of the first (Qt 6.4 left them unplaced at x = 0 until the next resize).
        ListView {
            id: cards
            objectName: "cardView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            highlightMoveDuration: Theme.durationMedium
            boundsBehavior: Flickable.StopAtBounds
            model: reader.cards
            currentIndex: reader.currentIndex
            // The reader decides the card (keys, buttons, resuming); a swipe tells it where it landed.
            // Both signals: under X11 a quick swipe can end as a flick that never reports a movement
            // (flickEnded without movementEnded), and the dots stayed on the card before.
            onMovementEnded: reader.currentIndex = currentIndex
            onFlickEnded: reader.currentIndex = currentIndex
            // Not while a finger is down on a table that scrolls sideways (MarkdownTable): that move is
            // the table's, and at the table's end it would otherwise turn the card.
            property bool tableHeld: false
            interactive: !tableHeld

            delegate: Flickable {
                id: cardFlick
                required property int index
                readonly property bool isLast: index === reader.cardCount - 1
                // Under the last card's text once the lesson is done, so it never covers what was read
                // (it was a panel below the cards, over half of a phone's card).
                readonly property bool showsDone: isLast && reader.completed
                objectName: "card_" + index
                width: cards.width
                height: cards.height
                contentHeight: cardBlocks.implicitHeight + 2 * Theme.margin
                               + (showsDone ? Theme.margin + donePanel.implicitHeight : 0)
                clip: true
                ScrollBar.vertical: ScrollBar {}
                readonly property bool holdsSideways: cardBlocks.holdsSideways
                onHoldsSidewaysChanged: cards.tableHeld = holdsSideways

                // Done: the card scrolls on to what comes next (and stays there while the panel is laid
                // out) until the learner scrolls back up.
                property bool keepsDoneInView: false
                function showEnd() { contentY = Math.max(0, contentHeight - height) }
                onShowsDoneChanged: {
                    keepsDoneInView = showsDone
                    if (showsDone)
                        showEnd()
                }
                onContentHeightChanged: if (keepsDoneInView) showEnd()
                onMovementStarted: keepsDoneInView = false

                // A card longer than the screen (a phone at a large text size) fades out at the bottom:
                // the learner sees there is more before swiping on to the next card.
                Rectangle {
                    objectName: "moreBelow"
                    parent: cardFlick
                    visible: cardFlick.contentY + cardFlick.height < cardFlick.contentHeight - Theme.margin
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: Theme.margin * 2
                    gradient: Gradient {
                        GradientStop { position: 0; color: Qt.rgba(page.Material.background.r, page.Material.background.g, page.Material.background.b, 0) }
                        GradientStop { position: 1; color: page.Material.background }
                    }
                }

                // The card's blocks one under another: text, quotes, images and tables (MarkdownBlocks).
                MarkdownBlocks {
                    id: cardBlocks
                    x: Math.max(Theme.margin, (cardFlick.width - width) / 2)
                    y: Theme.margin
                    width: Math.min(cardFlick.width - 2 * Theme.margin, Theme.readingWidth)
                    blocks: reader.cardBlocks[cardFlick.index] ?? []
                    baseUrl: reader.baseUrl
                    namePrefix: "block_" + cardFlick.index
                }

                // What comes after the last card, once it is marked done.
                Card {
                    id: donePanel
                    objectName: "lessonDonePanel"
                    visible: cardFlick.showsDone
                    x: cardBlocks.x
                    y: cardBlocks.y + cardBlocks.implicitHeight + Theme.margin
                    width: cardBlocks.width
                    ColumnLayout {
                        anchors.fill: parent
                        RowLayout {
                            spacing: Theme.spacing
                            Icon {
                                name: "check_circle_filled"
                                color: page.Material.accent
                            }
                            Label {
                                text: qsTr("Lesson done")
                                font.pixelSize: Theme.fontSizeLarge
                                font.bold: true
                                color: page.Material.accent
                            }
                        }
                        Label {
                            text: reader.nextLessonId !== "" ? qsTr("Next: %1").arg(reader.nextLessonTitle)
                                  : reader.quizNext ? qsTr("Next: the module's quiz") : qsTr("That was the module's last lesson.")
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSizeBody
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            spacing: Theme.spacing

            ActionButton {
                iconName: "arrow_back"
                flat: true
                enabled: reader.currentIndex > 0
                Layout.preferredWidth: Theme.actionButtonHeight
                Layout.preferredHeight: Theme.actionButtonHeight
                Accessible.name: qsTr("Previous card")
                onClicked: reader.previous()
            }
            PageIndicator {
                count: reader.cardCount
                currentIndex: reader.currentIndex
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignHCenter
                Accessible.name: qsTr("Card %1 of %2").arg(reader.currentIndex + 1).arg(reader.cardCount)
            }
            ActionButton {
                objectName: "nextButton"
                text: reader.completed ? (reader.nextLessonId !== "" || reader.quizNext ? qsTr("Next") : qsTr("Back"))
                                       : reader.atLastCard ? qsTr("Done") : ""
                iconName: text.length === 0 ? "arrow_forward" : ""
                highlighted: reader.atLastCard
                font.pixelSize: Theme.fontSizeBody
                Layout.preferredWidth: Math.max(Theme.actionButtonHeight, implicitWidth)
                Layout.preferredHeight: Theme.actionButtonHeight
                Accessible.name: reader.atLastCard ? text : qsTr("Next card")
                onClicked: {
                    if (reader.completed)
                        page.openNext()
                    else
                        reader.advance()
                }
            }
        }
    }
}
