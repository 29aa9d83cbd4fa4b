pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Pausa

// A table of a course's Markdown (a "table" block of MarkdownBlocks::blocks) drawn as the theme would: a
// header row in bold, one rule between rows, padded cells whose text wraps, the theme's colours. Each
// column takes the width its text needs up to a measure, and gives way (its text wraps) when the table
// does not fit; a table that still does not fit (four columns on a phone) scrolls sideways inside its
// column, with a scroll indicator, while the page still scrolls up and down.
Flickable {
    id: table

    required property var tableBlock          // { header: [cell], rows: [[cell]], align: [Qt alignment] }
    property url baseUrl                  // the course folder, for links and images in cells
    property int fontPixelSize: Theme.fontSizeBody
    // A finger or the mouse is down on a table that can scroll sideways: the lesson's card view takes no
    // swipe then, so moving the table never turns the card.
    readonly property bool holdsSideways: touch.active && contentWidth > width
    signal linkActivated(string link)

    readonly property int columnCount: tableBlock.header.length
    readonly property real cellPaddingX: Theme.margin * 0.75
    readonly property real cellPaddingY: Theme.spacing
    readonly property color ruleColor: Material.theme === Material.Dark ? Theme.tableRuleDark : Theme.tableRuleLight
    // About 25 characters before a cell's text wraps; a column squeezed to fit keeps about 10.
    readonly property real widestColumn: fontPixelSize * 14 + 2 * cellPaddingX
    readonly property real narrowestColumn: fontPixelSize * 6 + 2 * cellPaddingX

    // Each column's width unwrapped (its widest cell's words on one line), up to widestColumn.
    readonly property var naturalWidths: {
        const widths = []
        for (let c = 0; c < columnCount; ++c) {
            let w = headerMetrics.advanceWidth(tableBlock.header[c].plainText)
            for (const row of tableBlock.rows)
                w = Math.max(w, bodyMetrics.advanceWidth(row[c].plainText))
            widths.push(Math.min(Math.ceil(w) + 2 * cellPaddingX + 1, widestColumn))
        }
        return widths
    }
    // The widths in the space there is: the natural ones stretched to fill it; when they do not fit,
    // each column gives way in proportion down to narrowestColumn; below that the table scrolls.
    readonly property var columnWidths: {
        const natural = naturalWidths
        const least = natural.map(w => Math.min(w, narrowestColumn))
        const sum = list => list.reduce((a, b) => a + b, 0)
        const total = sum(natural)
        const leastTotal = sum(least)
        if (total <= 0)
            return natural
        if (total <= width)
            return natural.map(w => w * width / total)
        if (leastTotal >= width)
            return least
        const share = (width - leastTotal) / (total - leastTotal)
        return natural.map((w, i) => least[i] + (w - least[i]) * share)
    }

    implicitHeight: grid.height + Theme.spacing   // room for the scroll indicator under the last row
    contentWidth: grid.width
    contentHeight: height
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    ScrollIndicator.horizontal: ScrollIndicator {
        objectName: "tableScrollIndicator"
    }
    Accessible.role: Accessible.Table
    Accessible.name: tableBlock.header.map(cell => cell.plainText).join(", ")

    FontMetrics {
        id: bodyMetrics
        font.pixelSize: table.fontPixelSize
    }
    FontMetrics {
        id: headerMetrics
        font.pixelSize: table.fontPixelSize
        font.bold: true
    }
    PointHandler {
        id: touch
    }

    // More to the right: the edge fades out (as a long lesson card does at its foot), so a phone shows
    // that the table goes on before it is moved.
    Rectangle {
        objectName: "moreRight"
        parent: table
        visible: table.contentX + table.width < table.contentWidth - 1
        anchors.right: parent.right
        width: Theme.margin * 2
        height: grid.height
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: Qt.rgba(table.Material.background.r, table.Material.background.g, table.Material.background.b, 0) }
            GradientStop { position: 1; color: table.Material.background }
        }
    }

    Column {
        id: grid
        Repeater {
            model: [table.tableBlock.header].concat(table.tableBlock.rows)
            delegate: Item {
                id: tableRow
                required property var modelData
                required property int index
                readonly property bool isHeader: index === 0
                objectName: "tableRow_" + index
                width: cells.width
                height: cells.height + rule.height

                Row {
                    id: cells
                    Repeater {
                        model: tableRow.modelData
                        delegate: MarkdownLabel {
                            required property var modelData
                            required property int index
                            objectName: "tableCell_" + tableRow.index + "_" + index
                            width: table.columnWidths[index] ?? 0
                            markdownText: modelData.text
                            baseUrl: table.baseUrl
                            horizontalAlignment: table.tableBlock.align[index]
                            font.pixelSize: table.fontPixelSize
                            font.bold: tableRow.isHeader
                            leftPadding: table.cellPaddingX
                            rightPadding: table.cellPaddingX
                            topPadding: table.cellPaddingY
                            bottomPadding: table.cellPaddingY
                            onLinkActivated: link => table.linkActivated(link)
                            Accessible.role: tableRow.isHeader ? Accessible.ColumnHeader : Accessible.Cell
                            Accessible.name: modelData.plainText
                        }
                    }
                }
                // One rule under each row but the last; under the header a heavier one.
                Rectangle {
                    id: rule
                    objectName: "tableRule"
                    readonly property bool shown: tableRow.index < table.tableBlock.rows.length
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: shown ? (tableRow.isHeader ? 2 : 1) : 0
                    color: table.ruleColor
                }
            }
        }
    }
}
