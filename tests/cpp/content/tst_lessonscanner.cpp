#include <QTest>

#include "content/lessonscanner.h"

#include <QElapsedTimer>

// LessonScanner: words and cards of a lesson body in one pass.
class TestLessonScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A fence closes only at the same character, at least as long, with nothing after it.
    void codeFenceFollowsBlocks()
    {
        using Line = CodeFence::Line;
        CodeFence fence;
        const QList<std::pair<QString, Line>> lines{
            {QStringLiteral("Text"), Line::Text},        {QStringLiteral("~~~~ sv"), Line::Fence},
            {QStringLiteral("```"), Line::Code},         {QStringLiteral("~~~"), Line::Code},
            {QStringLiteral("~~~~ x"), Line::Code},      {QStringLiteral("   ~~~~~  "), Line::Fence},
            {QStringLiteral("    ```"), Line::Text},     {QStringLiteral("``"), Line::Text},
        };
        for (const auto &[line, kind] : lines)
            QVERIFY2(fence.consume(line) == kind, qPrintable(line));
    }

    void countsWordsNotMarkdownSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("plain") << QStringLiteral("Hej på dig") << 3;
        QTest::newRow("heading and list") << QStringLiteral("# Rubrik\n\n- en\n- två\n> citat\n") << 4;
        QTest::newRow("syntax alone") << QStringLiteral("# - > --- | ** *** 1. –") << 1;
        QTest::newRow("emphasis sticks to words") << QStringLiteral("**fet** och *kursiv*") << 3;
        QTest::newRow("table") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |") << 4;
        QTest::newRow("no-break space separates") << QStringLiteral("ett\u00a0två") << 2;
        QTest::newRow("empty") << QString() << 0;
    }

    void countsWordsNotMarkdownSyntax()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(LessonScanner::countWords(text), words);
    }

    void splitsCardsOutsideCodeBlocks()
    {
        const QString body = QStringLiteral(
            "Första kortet.\n"        // line 5
            "\n"
            "---\n"                   // 7
            "\n"
            "```\n"                   // 9
            "---\n"                   // inside code: not a card break
            "```\n"
            "~~~~ text\n"             // 12
            "---\n"
            "~~~\n"                   // too short to close the ~~~~ fence
            "~~~~\n"
            "--- \n"                  // 16, trailing white space still splits
            "***\n"
            "---\r\n"                 // 18, CRLF still splits
            "Tredje.\n");
        const LessonScan scan = LessonScanner::scan(body, 5);
        QCOMPARE(scan.cards.size(), 4);
        QCOMPARE(scan.cards[0].line, 5);
        QCOMPARE(scan.cards[0].words, 2);
        QCOMPARE(scan.cards[1].line, 9);
        QCOMPARE(scan.cards[2].line, 17);
        QCOMPARE(scan.cards[3].line, 19);
        QCOMPARE(LessonScanner::cardText(body, scan.cards[0]), QStringLiteral("Första kortet."));
        QCOMPARE(LessonScanner::cardText(body, scan.cards[2]), QStringLiteral("***"));
        QCOMPARE(LessonScanner::cardText(body, scan.cards[3]), QStringLiteral("Tredje."));
        QVERIFY(LessonScanner::cardText(body, scan.cards[1]).startsWith(QStringLiteral("```\n---\n```")));
        QCOMPARE(scan.words, 2 + 1 + 1);
    }

    // "--- " and "---\t" (invisible in an editor) end a card like "---"; "---x" and " ---" do not.
    void trailingWhiteSpaceAfterASeparator()
    {
        const QString body = QStringLiteral("Ett.\n--- \nTvå.\n---\t \r\nTre.\n---x\n ---\nFyra.\n");
        LessonScan bytes;
        QVERIFY(LessonScanner::scanUtf8(body.toUtf8(), 3, &bytes));
        for (const LessonScan &scan : {LessonScanner::scan(body, 3), bytes}) {
            QCOMPARE(scan.cards.size(), 3);
            QCOMPARE(scan.cards[0].line, 3);
            QCOMPARE(scan.cards[1].line, 5);
            QCOMPARE(scan.cards[2].line, 7);
        }
        QCOMPARE(LessonScanner::cardText(body, LessonScanner::scan(body, 3).cards[1]), QStringLiteral("Två."));
    }

    void marksEmptyCards()
    {
        const LessonScan scan = LessonScanner::scan(u"---\nA\n---\n\n---\nB\n---\n", 1);
        QCOMPARE(scan.cards.size(), 5);
        QList<bool> empty;
        for (const auto &card : scan.cards)
            empty.append(card.empty);
        QCOMPARE(empty, QList<bool>({true, false, true, false, true}));
    }

    // The catalogue counts on the file's bytes, the full load on decoded text: they must always agree.
    void bytesAndTextGiveTheSameFigures_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("swedish") << QStringLiteral("# Rubrik\n\nÅsa är här – på riktigt.\n---\nKort två.\n");
        QTest::newRow("crlf and fences") << QStringLiteral("a\r\n```\r\n---\r\n```\r\n---\r\nb c\r\n");
        QTest::newRow("no-break spaces and emoji") << QStringLiteral("ett\u00a0två 😀 𝐀bc\u2003tre\n");
        QTest::newRow("empty cards") << QStringLiteral("---\n\n---\nx\n---");
        QTest::newRow("separators with trailing white space") << QStringLiteral("a\n--- \nb\n---\t\r\nc\n---  ");
        QTest::newRow("no final newline") << QStringLiteral("ord ord");
        QTest::newRow("empty") << QString();
    }

    void bytesAndTextGiveTheSameFigures()
    {
        QFETCH(QString, body);
        const LessonScan text = LessonScanner::scan(body, 7);
        LessonScan bytes;
        QVERIFY(LessonScanner::scanUtf8(body.toUtf8(), 7, &bytes));
        QCOMPARE(bytes.words, text.words);
        QCOMPARE(bytes.cards.size(), text.cards.size());
        for (qsizetype i = 0; i < text.cards.size(); ++i) {
            QCOMPARE(bytes.cards[i].words, text.cards[i].words);
            QCOMPARE(bytes.cards[i].line, text.cards[i].line);
            QCOMPARE(bytes.cards[i].empty, text.cards[i].empty);
        }
    }

    void bytesPathRefusesBadUtf8()
    {
        LessonScan scan;
        QVERIFY(!LessonScanner::scanUtf8(QByteArrayView("ok\n\xc3("), 1, &scan));
        QVERIFY(!LessonScanner::scanUtf8(QByteArrayView("\xed\xa0\x80"), 1, &scan));
    }
};

QTEST_GUILESS_MAIN(TestLessonScanner)
#include "tst_lessonscanner.moc"
