#include <QTest>

#include "content/frontmatter.h"

// FrontMatter: the `---` block every course .md file starts with.
class TestFrontMatter : public QObject
{
    Q_OBJECT

private:
    static QStringList messages(const Diagnostics &diagnostics)
    {
        QStringList out;
        for (const auto &d : diagnostics)
            out.append(d.toString());
        return out;
    }

private Q_SLOTS:
    void parsesKeysListsQuotesAndComments()
    {
        const QString text = QStringLiteral(
            "---\n"
            "# a comment\n"
            "id: kurs\n"
            "title: \"Kunden: \\\"alltid\\\" rätt? # inte alltid\"\n"
            "plain: Kunden: alltid rätt # med\n"
            "\n"
            "modules:\n"
            "  - 01-a\n"
            "\n"
            "  - \"02 b\"\n"
            "- 03-c\n"
            "empty:\n"
            "---\n"
            "Body\n");
        FrontMatter fm;
        Diagnostics diagnostics;
        QVERIFY(fm.parse(text, QStringLiteral("c.md"), &diagnostics));
        QCOMPARE(messages(diagnostics), QStringList());
        QCOMPARE(fm.string(u"id", true, QStringLiteral("c.md"), &diagnostics), QStringLiteral("kurs"));
        QCOMPARE(fm.string(u"title", true, QStringLiteral("c.md"), &diagnostics),
                 QStringLiteral("Kunden: \"alltid\" rätt? # inte alltid"));
        QCOMPARE(fm.string(u"plain", true, QStringLiteral("c.md"), &diagnostics),
                 QStringLiteral("Kunden: alltid rätt # med"));
        QCOMPARE(fm.list(u"modules", QStringLiteral("c.md"), &diagnostics),
                 QStringList({QStringLiteral("01-a"), QStringLiteral("02 b"), QStringLiteral("03-c")}));
        const FrontMatterEntry *modules = fm.find(u"modules");
        QCOMPARE(modules->line, 7);
        QCOMPARE(modules->itemLines, QList<int>({8, 10, 11}));
        QCOMPARE(modules->itemColumns, QList<int>({5, 6, 3}));
        QCOMPARE(fm.find(u"title")->valueColumn, 9);
        QCOMPARE(fm.list(u"empty", QStringLiteral("c.md"), &diagnostics), QStringList());
        QCOMPARE(fm.bodyLine(), 14);
        QCOMPARE(fm.closingLine(), 13);
        QCOMPARE(text.mid(fm.bodyOffset()), QStringLiteral("Body\n"));
        QVERIFY(diagnostics.isEmpty());
    }

    void handlesCrlfAndTrailingSpacesOnDelimiters()
    {
        FrontMatter fm;
        Diagnostics diagnostics;
        QVERIFY(fm.parse(u"---  \r\nid: a\r\nlist:\r\n  - x\r\n--- \r\nBody", QStringLiteral("c.md"), &diagnostics));
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(fm.string(u"id", true, QStringLiteral("c.md"), &diagnostics), QStringLiteral("a"));
        QCOMPARE(fm.list(u"list", QStringLiteral("c.md"), &diagnostics), QStringList{QStringLiteral("x")});
        QCOMPARE(fm.bodyLine(), 6);
    }

    void refusesAFileWithoutABlock_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString()
                               << QStringLiteral("f.md:1:1: error: the file is empty; it must start with a front "
                                                 "matter block (a line with only ---, the keys, and another line "
                                                 "with only ---)");
        QTest::newRow("no block") << QStringLiteral("# Rubrik\n")
                                  << QStringLiteral("f.md:1:1: error: the file must start with a front matter block: "
                                                    "a line with only ---, the keys (id: …, title: …), and another "
                                                    "line with only ---");
        QTest::newRow("never closed") << QStringLiteral("---\nid: a\ntitle: b\n\nText\n")
                                      << QStringLiteral("f.md:1:1: error: the front matter block opened here is "
                                                        "never closed: add a line with only --- after its last key");
        // A lesson's card separator is no closing line: one error at the opening ---, not one per body line.
        QTest::newRow("never closed, cards below")
            << QStringLiteral("---\nid: a\ntitle: b\n\n# Rubrik\n\nFörsta kortet.\nMer text.\n\n---\n\nAndra.\n")
            << QStringLiteral("f.md:1:1: error: the front matter block opened here is never closed (line 7 is text, "
                              "not a key): add a line with only --- after its last key");
        QTest::newRow("never closed, no blank line")
            << QStringLiteral("---\nid: a\ntitle: b\n# Rubrik\nFörsta kortet.\nMer text.\n---\nAndra.\n")
            << QStringLiteral("f.md:1:1: error: the front matter block opened here is never closed (line 5 is text, "
                              "not a key): add a line with only --- after its last key");
    }

    void refusesAFileWithoutABlock()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        FrontMatter fm;
        Diagnostics diagnostics;
        QVERIFY(!fm.parse(text, QStringLiteral("f.md"), &diagnostics));
        QCOMPARE(messages(diagnostics), QStringList{message});
    }

    void reportsBadLinesAndKeepsTheRest()
    {
        const QString text = QStringLiteral(
            "---\n"
            "id: a\n"
            "  - stray item\n"          // 3: no list above
            "this is not a key\n"       // 4
            "  title: indented\n"       // 5
            "id: again\n"               // 6
            "quote: \"never closed\n"   // 7
            "after: \"x\" y\n"          // 8
            "list:\n"
            "  -\n"                     // 10: empty item
            "ok: yes\n"
            "---\n");
        FrontMatter fm;
        Diagnostics diagnostics;
        QVERIFY(fm.parse(text, QStringLiteral("f.md"), &diagnostics));
        QCOMPARE(messages(diagnostics), QStringList({
            QStringLiteral("f.md:3:3: error: a list item, but there is no list key above it (write the key alone, "
                           "like \"lessons:\", on the line before the items)"),
            QStringLiteral("f.md:4:5: error: expected \"key: value\" here, found \"this is not a key\" (keys are "
                           "letters, digits, _ and -, followed by a colon)"),
            QStringLiteral("f.md:5:1: error: this line is indented but is not a list item (\"- item\"); keys start "
                           "at the beginning of the line"),
            QStringLiteral("f.md:6:1: error: \"id\" is given twice; the first is on line 2 (this one is ignored)"),
            QStringLiteral("f.md:7:8: error: the quote opened here is not closed on this line (write \\\" for a "
                           "quote inside the value)"),
            QStringLiteral("f.md:8:12: error: unexpected text after the closing quote"),
            QStringLiteral("f.md:10:3: error: an empty list item"),
        }));
        QCOMPARE(fm.string(u"id", true, QStringLiteral("f.md"), nullptr), QStringLiteral("a"));
        QCOMPARE(fm.string(u"ok", true, QStringLiteral("f.md"), nullptr), QStringLiteral("yes"));
        QVERIFY(!fm.contains(u"quote"));
    }

    void reportsMissingKeysWhereTheyBelong()
    {
        FrontMatter fm;
        Diagnostics diagnostics;
        QVERIFY(fm.parse(u"---\nid: a\nlessons: one.md\ntitle:\n  - x\nsummary:\n---\n", QStringLiteral("f.md"),
                         &diagnostics));
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(fm.string(u"language", true, QStringLiteral("f.md"), &diagnostics), QString());
        QCOMPARE(fm.list(u"lessons", QStringLiteral("f.md"), &diagnostics), QStringList());
        QCOMPARE(fm.string(u"title", true, QStringLiteral("f.md"), &diagnostics), QString());
        QCOMPARE(fm.string(u"summary", true, QStringLiteral("f.md"), &diagnostics), QString());
        QCOMPARE(fm.string(u"optional", false, QStringLiteral("f.md"), &diagnostics), QString());
        QCOMPARE(messages(diagnostics), QStringList({
            QStringLiteral("f.md:7:1: error: the required key \"language\" is missing; add a line \"language: …\" "
                           "to the front matter"),
            QStringLiteral("f.md:3:10: error: \"lessons\" is a list: write \"lessons:\" alone on its line, then "
                           "one \"  - item\" line per item"),
            QStringLiteral("f.md:4:1: error: \"title\" needs one value on the same line, not a list"),
            QStringLiteral("f.md:6:9: error: \"summary\" is empty; write its value after the colon"),
        }));
    }

    void warnsAboutUnknownKeys()
    {
        FrontMatter fm;
        Diagnostics diagnostics;
        QVERIFY(fm.parse(u"---\nid: a\nTitle: b\n---\n", QStringLiteral("f.md"), &diagnostics));
        fm.warnUnknownKeys({QStringLiteral("id"), QStringLiteral("title")}, QStringLiteral("f.md"), &diagnostics);
        QCOMPARE(messages(diagnostics),
                 QStringList{QStringLiteral("f.md:3:1: warning: unknown key \"Title\" is ignored (known keys here: "
                                            "id, title)")});
    }

    // The catalogue reads a lesson's front matter from its bytes (blockEnd) and the app from its text
    // (parse): both must see a block, or both none. A block whose first "---" is a card separator
    // (two lines that are not keys before it) was one for parse only (found by fuzz_frontmatter).
    void bytesAndTextAgreeOnAnUnclosedBlock_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("block");
        QTest::newRow("closed") << QByteArray("---\nid: a\ntitle: A\n---\nText.\n") << true;
        QTest::newRow("two lines of text") << QByteArray("---\ni\npa\nminutes:#2\n---\nAn]das.\n") << false;
        QTest::newRow("text after a blank line") << QByteArray("---\nid: a\n\nText.\n---\nMore.\n") << false;
        QTest::newRow("one bad line") << QByteArray("---\nid: a\noops\n---\nText.\n") << true;
    }

    void bytesAndTextAgreeOnAnUnclosedBlock()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, block);
        FrontMatter frontMatter;
        Diagnostics diagnostics;
        QCOMPARE(frontMatter.parse(QString::fromUtf8(file), QStringLiteral("l.md"), &diagnostics), block);
        int bodyLine = 0;
        QCOMPARE(FrontMatter::blockEnd(file, &bodyLine) >= 0, block);
    }

    // A heading right above the closing line: the author's front matter was never closed, and the card
    // separator closed it, so the heading vanished as a comment. Now a warning at the heading.
    void aHeadingAboveTheClosingLineIsNamed()
    {
        FrontMatter frontMatter;
        Diagnostics diagnostics;
        QVERIFY(frontMatter.parse(QStringLiteral("---\nid: a\ntitle: A\n# Why backs hurt\n---\nText.\n"),
                                  QStringLiteral("l.md"), &diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().line, 4);
        QCOMPARE(diagnostics.first().column, 1);
        QVERIFY(diagnostics.first().message.contains(QStringLiteral("not a heading")));
        Diagnostics none;
        QVERIFY(frontMatter.parse(QStringLiteral("---\n# a comment first\nid: a\ntitle: A\n---\nText.\n"),
                                  QStringLiteral("l.md"), &none));
        QVERIFY(none.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
