pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Pausa

// A course's Markdown (a lesson card, a quiz question) shown as the blocks C++ cut it into
// (MarkdownBlocks): text, quotes set apart by a bar and italics (the customer speaking, mostly),
// images that stand alone, scaled down to the column and never enlarged, and tables (MarkdownTable). An image C++ did not allow
// (not a file of the course) has no source and shows as missing; a clicked link asks first
// (LinkConfirmation).
Column {
    id: markdown

    property var blocks: []          // MarkdownBlocks::blocks
    property url baseUrl             // the course folder (MarkdownBlocks::folderUrl), for links
    property int fontPixelSize: Theme.fontSizeBody
    property string namePrefix: "block"   // each block is named <namePrefix>_<index>
    readonly property alias linkDialog: linkConfirmation
    // A finger or the mouse is down on one of the tables that scroll sideways (MarkdownTable).
    readonly property bool holdsSideways: tablesHeld > 0
    property int tablesHeld: 0

    spacing: Theme.spacing

    LinkConfirmation {
        id: linkConfirmation
        courseFolder: markdown.baseUrl
    }

    Repeater {
        model: markdown.blocks
        // Text and images in one delegate, the one not in use left empty (a Loader choosing
        // between bound components fails in Qt 6.4); a table only where there is one.
        delegate: Item {
            id: block
            required property var modelData
            required property int index
            readonly property bool isImage: modelData.kind === "image"
            // A quote (the customer speaking, mostly): set apart by a bar and italics.
            readonly property bool isQuote: modelData.kind === "quote"
            readonly property bool isTable: modelData.kind === "table"
            objectName: markdown.namePrefix + "_" + index
            width: markdown.width
            // No source: C++ refused the image (not a file of the course); shown as missing.
            readonly property bool imageMissing: isImage && (String(modelData.source) === ""
                                                              || picture.status === Image.Error)
            property real tableHeight: 0
            implicitHeight: isTable ? tableHeight
                            : !isImage ? text.implicitHeight
                            : imageMissing ? missing.implicitHeight : picture.height

            Rectangle {
                visible: block.isQuote
                width: 3
                height: text.height
                radius: 1.5
                color: block.Material.accent
            }
            MarkdownLabel {
                id: text
                visible: !block.isImage && !block.isTable
                width: parent.width
                leftPadding: block.isQuote ? Theme.margin : 0
                font.italic: block.isQuote
                markdownText: visible ? block.modelData.text : ""
                baseUrl: markdown.baseUrl
                font.pixelSize: markdown.fontPixelSize
                lineHeight: 1.2
                onLinkActivated: link => linkConfirmation.ask(link)
                // The words, not the Markdown: a screen reader would read out "#" and "**".
                Accessible.role: Accessible.StaticText
                Accessible.name: visible ? block.modelData.plainText : ""
                Accessible.ignored: !visible
            }
            Repeater {
                model: block.isTable ? [block.modelData] : []
                delegate: MarkdownTable {
                    required property var modelData
                    objectName: markdown.namePrefix + "_table"
                    tableBlock: modelData
                    baseUrl: markdown.baseUrl
                    width: markdown.width
                    height: implicitHeight
                    onImplicitHeightChanged: block.tableHeight = implicitHeight
                    Component.onCompleted: block.tableHeight = implicitHeight
                    fontPixelSize: markdown.fontPixelSize
                    onLinkActivated: link => linkConfirmation.ask(link)
                    onHoldsSidewaysChanged: markdown.tablesHeld += holdsSideways ? 1 : -1
                }
            }
            Image {
                id: picture
                // The size C++ read from the file's header: the place is kept before the
                // image is decoded, and a photo is decoded at the width it is shown at
                // (at full size it would take tens of megabytes). Never enlarged.
                readonly property size natural: block.isImage ? block.modelData.size : Qt.size(0, 0)
                readonly property real shownWidth: Math.min(parent.width,
                                                            natural.width > 0 ? natural.width : implicitWidth)
                objectName: block.isImage ? "cardImage" : ""
                visible: block.isImage
                source: block.isImage ? block.modelData.source : ""
                sourceSize.width: natural.width > 0
                                  ? Math.min(natural.width, Math.ceil(shownWidth * Screen.devicePixelRatio)) : 0
                autoTransform: true
                asynchronous: true
                width: shownWidth
                height: natural.width > 0 ? width * natural.height / natural.width
                        : implicitWidth > 0 ? width * implicitHeight / implicitWidth : 0
                anchors.horizontalCenter: parent.horizontalCenter
                fillMode: Image.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: block.isImage ? block.modelData.alt : ""
                Accessible.ignored: !block.isImage
            }
            Label {
                id: missing
                visible: block.imageMissing
                width: parent.width
                text: visible ? qsTr("Image missing: %1").arg(block.modelData.alt !== "" ? block.modelData.alt
                                                                                  : block.modelData.target)
                              : ""
                font.pixelSize: Theme.fontSizeSmall
                font.italic: true
                wrapMode: Text.Wrap
                opacity: Theme.secondaryTextOpacity
            }
        }
    }
}
