import QtQuick
import Pausa

// An icon and its words, side by side (buttons, rows) or the icon above (the bottom tabs): the
// content item of ActionButton, ListRow and the tabs. A file of its own because a control's
// contentItem is deferred, and ids inside it would make the assignment immediate (qmllint).
Item {
    id: box

    property string iconName
    property color iconColor: box.color
    property int iconSize: Theme.iconSize
    property string text
    property font font
    property color color
    // The icon above the words (the bottom tabs), the words shrinking to fit the width; otherwise
    // side by side, the words elided.
    property bool stacked: false
    // Side by side: the pair centred (buttons) or at the start (rows).
    property bool centred: false
    // Side by side: the words wrap onto more lines instead of being elided (a long exercise title).
    property bool wraps: false
    property real spacing: Theme.spacing
    readonly property alias textItem: words

    readonly property bool hasIcon: box.iconName.length > 0
    readonly property bool hasText: box.text.length > 0
    readonly property real iconPart: box.hasIcon ? box.iconSize + (box.hasText ? box.spacing : 0) : 0

    implicitWidth: box.stacked ? Math.max(box.hasIcon ? box.iconSize : 0, words.implicitWidth)
                               : box.iconPart + (box.hasText ? words.implicitWidth : 0)
    implicitHeight: box.stacked ? (box.hasIcon ? box.iconSize + box.spacing : 0) + words.implicitHeight
                                : Math.max(box.hasIcon ? box.iconSize : 0, box.hasText ? words.implicitHeight : 0)

    // Side by side: where the pair starts; stacked: where the icon's top is.
    readonly property real startX: box.centred ? Math.max(0, (box.width - box.iconPart - words.width) / 2) : 0
    readonly property real startY: Math.max(0, (box.height - box.implicitHeight) / 2)

    Icon {
        visible: box.hasIcon
        name: box.iconName
        color: box.iconColor
        size: box.iconSize
        x: box.stacked ? (box.width - width) / 2 : box.startX
        y: box.stacked ? box.startY : (box.height - height) / 2
    }
    Text {
        id: words
        visible: box.hasText
        text: box.text
        font: box.font
        color: box.color
        x: box.stacked ? 0 : box.startX + box.iconPart
        y: box.stacked ? box.startY + (box.hasIcon ? box.iconSize + box.spacing : 0) : (box.height - height) / 2
        width: box.stacked ? box.width
             : box.wraps ? Math.max(0, box.width - box.iconPart)
             : Math.min(implicitWidth, Math.max(0, box.width - box.iconPart))
        horizontalAlignment: box.stacked ? Text.AlignHCenter : Text.AlignLeft
        wrapMode: box.wraps && !box.stacked ? Text.Wrap : Text.NoWrap
        elide: box.stacked || box.wraps ? Text.ElideNone : Text.ElideRight
        fontSizeMode: box.stacked ? Text.HorizontalFit : Text.FixedSize
        minimumPixelSize: 10
    }
}
