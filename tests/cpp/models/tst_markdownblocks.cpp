#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include "markdownblocks.h"
#include "markdownpalette.h"

// MarkdownBlocks' table blocks (header, rows, alignments, each cell's Markdown made safe as text
// blocks are) and MarkdownPalette, which carries the theme's link colour to Qt's Markdown reader.
class TestMarkdownBlocks : public QObject
{
    Q_OBJECT

    static QStringList texts(const QVariantList &cells, const QString &key)
    {
        QStringList out;
        for (const QVariant &cell : cells)
            out.append(cell.toMap().value(key).toString());
        return out;
    }

private Q_SLOTS:
    void tableBlock()
    {
        const QString folder = QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/courses/safe-lifting");
        const QVariantList blocks = MarkdownBlocks::blocks(
            QStringLiteral("Before.\n\n| Aid | Load |\n|:---|---:|\n| [Trolley](files/checklist.txt) | **40** kg |\n"
                           "| ![x](https://example.org/x.png) |\n\nAfter."),
            folder);
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(0).toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("text"));
        QCOMPARE(blocks.at(2).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("After."));

        const QVariantMap table = blocks.at(1).toMap();
        QCOMPARE(table.value(QStringLiteral("kind")).toString(), QStringLiteral("table"));
        const QVariantList header = table.value(QStringLiteral("header")).toList();
        QCOMPARE(texts(header, QStringLiteral("plainText")), (QStringList{QStringLiteral("Aid"), QStringLiteral("Load")}));
        QCOMPARE(table.value(QStringLiteral("align")).toList(),
                 (QVariantList{int(Qt::AlignLeft), int(Qt::AlignRight)}));

        const QVariantList rows = table.value(QStringLiteral("rows")).toList();
        QCOMPARE(rows.size(), 2);
        const QVariantList first = rows.at(0).toList();
        // Inline Markdown stays for the view (the link, the bold); the screen reader gets the words.
        QCOMPARE(texts(first, QStringLiteral("text")),
                 (QStringList{QStringLiteral("[Trolley](files/checklist.txt)"), QStringLiteral("**40** kg")}));
        QCOMPARE(texts(first, QStringLiteral("plainText")), (QStringList{QStringLiteral("Trolley"), QStringLiteral("40 kg")}));
        // A cell is made safe as any text is: a web image is not loaded (its alt text stays); a short
        // row gets its empty cell.
        const QVariantList second = rows.at(1).toList();
        QCOMPARE(second.size(), 2);
        const QString refused = second.at(0).toMap().value(QStringLiteral("text")).toString();
        QVERIFY2(!refused.contains(QStringLiteral("https://")), qPrintable(refused));
        QVERIFY(MarkdownBlocks::loadsOnly(refused, {}));
        QCOMPARE(second.at(1).toMap().value(QStringLiteral("text")).toString(), QString());
    }

    void tableInQuoteStaysMarkdown()
    {
        const QVariantList blocks = MarkdownBlocks::blocks(QStringLiteral("> | a |\n> |---|"), QString());
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.at(0).toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("quote"));
    }

    void linkColourReachesMarkdown()
    {
        MarkdownPalette palette;
        QSignalSpy changed(&palette, &MarkdownPalette::linkColorChanged);
        const QString before = palette.rereadSuffix();
        const QColor colour(QStringLiteral("#a8c7fa"));
        palette.setLinkColor(colour);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QGuiApplication::palette().color(QPalette::Link), colour);
        QVERIFY(palette.rereadSuffix() != before);   // Labels read their Markdown again
        palette.setLinkColor(colour);
        QCOMPARE(changed.count(), 1);   // the same colour changes nothing

        // What Qt's Markdown reader then gives a link: the colour, where it gave #0000ff before.
        QTextDocument document;
        document.setMarkdown(QStringLiteral("[a link](https://example.org)"));
        const QTextCharFormat format = document.begin().begin().fragment().charFormat();
        QVERIFY(format.isAnchor());
        QCOMPARE(format.foreground().color(), colour);
    }
};

QTEST_MAIN(TestMarkdownBlocks)
#include "tst_markdownblocks.moc"
