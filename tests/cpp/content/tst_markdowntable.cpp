#include <QTest>

#include "content/markdowntable.h"

// MarkdownTables: GitHub tables cut out of a run of Markdown, with their cells and column alignments.
class TestMarkdownTable : public QObject
{
    Q_OBJECT

    // The pieces as one string each: "md:<text>" or "table:<align>|<header cells>|<row cells>|…", the
    // alignment as one letter per column (d, l, c, r) and the cells of a row joined by ';'.
    static QStringList describe(const QList<MarkdownPiece> &pieces)
    {
        QStringList out;
        for (const MarkdownPiece &piece : pieces) {
            if (!piece.isTable) {
                out.append(QStringLiteral("md:") + piece.markdown);
                continue;
            }
            QString align;
            for (const MarkdownTable::Align a : piece.table.align)
                align.append(a == MarkdownTable::Align::Left ? u'l' : a == MarkdownTable::Align::Center ? u'c'
                             : a == MarkdownTable::Align::Right ? u'r' : u'd');
            QStringList parts{align, piece.table.header.join(u';')};
            for (const QStringList &row : piece.table.rows)
                parts.append(row.join(u';'));
            out.append(QStringLiteral("table:") + parts.join(u'|'));
        }
        return out;
    }

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("pieces");
        QTest::newRow("table between paragraphs")
            << QStringLiteral("Before.\n\n| Load | Strain |\n|---|---|\n| Close | **low** |\n| Far | high |\n\nAfter.")
            << QStringList{QStringLiteral("md:Before."), QStringLiteral("table:dd|Load;Strain|Close;**low**|Far;high"),
                           QStringLiteral("md:After.")};
        QTest::newRow("alignments, no outer pipes, CRLF")
            << QStringLiteral("a | b | c | d\r\n:-- | :-: | --: | ---\r\n1 | 2 | 3 | 4\r\n")
            << QStringList{QStringLiteral("table:lcrd|a;b;c;d|1;2;3;4")};
        QTest::newRow("short row filled, long row cut")
            << QStringLiteral("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |")
            << QStringList{QStringLiteral("table:dd|a;b|1;|1;2")};
        QTest::newRow("escaped pipes stay in the cell")
            << QStringLiteral("| cmd | means |\n|---|---|\n| `a \\| b` | either \\\\|")
            << QStringList{QStringLiteral("table:dd|cmd;means|`a | b`;either \\\\")};
        QTest::newRow("header only") << QStringLiteral("| a |\n| :---: |")
                                     << QStringList{QStringLiteral("table:c|a")};
        QTest::newRow("a line without a pipe ends the table")
            << QStringLiteral("| a |\n|---|\n| 1 |\nText after.")
            << QStringList{QStringLiteral("table:d|a|1"), QStringLiteral("md:Text after.")};
        // Not tables: the delimiter row has another number of cells, is a rule or a heading's underline,
        // the lines are code, or the header continues a paragraph (Qt's Markdown draws those as before).
        QTest::newRow("cell counts differ") << QStringLiteral("| a | b |\n|---|") << QStringList{QStringLiteral("md:| a | b |\n|---|")};
        QTest::newRow("setext heading") << QStringLiteral("a | b\n---") << QStringList{QStringLiteral("md:a | b\n---")};
        QTest::newRow("not dashes") << QStringLiteral("| a | b |\n| x | y |") << QStringList{QStringLiteral("md:| a | b |\n| x | y |")};
        QTest::newRow("fenced code")
            << QStringLiteral("```\n| a |\n|---|\n```") << QStringList{QStringLiteral("md:```\n| a |\n|---|\n```")};
        QTest::newRow("indented code")
            << QStringLiteral("    | a |\n    |---|") << QStringList{QStringLiteral("md:| a |\n    |---|")};
        QTest::newRow("continues a paragraph")
            << QStringLiteral("Text\n| a |\n|---|") << QStringList{QStringLiteral("md:Text\n| a |\n|---|")};
        QTest::newRow("inside a quote") << QStringLiteral("> | a |\n> |---|") << QStringList{QStringLiteral("md:> | a |\n> |---|")};
        QTest::newRow("blank") << QStringLiteral("\n  \n") << QStringList{};
    }

    void split()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, pieces);
        QCOMPARE(describe(MarkdownTables::split(markdown)), pieces);
    }

    void cells()
    {
        QCOMPARE(MarkdownTables::cells(u"| a | b |"), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(MarkdownTables::cells(u"a|b"), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(MarkdownTables::cells(u"| a | |"), (QStringList{QStringLiteral("a"), QString()}));
        // An escaped pipe at the end is the cell's, not the table's.
        QCOMPARE(MarkdownTables::cells(u"| a \\|"), QStringList{QStringLiteral("a |")});
    }
};

QTEST_GUILESS_MAIN(TestMarkdownTable)
#include "tst_markdowntable.moc"
