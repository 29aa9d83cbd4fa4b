// The GIFT text around the questions: titles and ids, comments, escapes, feedback, format tags,
// categories, line endings and columns.
#include "gift/giftparser.h"
#include "gifttesthelpers.h"

#include <QTest>

using GiftTest::one;
using GiftTest::parse;

class TestGiftSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void title()
    {
        const Question q = one(QStringLiteral("::  Capital cities  ::What is the capital of Sweden? {=Stockholm}"));
        QCOMPARE(q.title, QStringLiteral("Capital cities"));
        QCOMPARE(q.id, QStringLiteral("Capital cities"));
        QCOMPARE(q.stem, QStringLiteral("What is the capital of Sweden?"));
    }

    void idFromStemWithoutTitle()
    {
        // "q-" + the first 8 hex digits of SHA-1("What is 2 + 2?"), computed outside Qt.
        const Question q = one(QStringLiteral("What is 2 + 2? {#4}"));
        QCOMPARE(q.title, QString());
        QCOMPARE(q.id, QStringLiteral("q-58bf025c"));
    }

    // Two stems whose SHA-1s share their first 8 hex digits (aa77b57a, found by trying numbers), as two
    // stems in a bank of 100,000 generated questions usually do: two questions, not a duplicate.
    void derivedIdsDoNotCollide()
    {
        const GiftParseResult r = parse(QStringLiteral("Fråga 55633, vad är 55633 plus 1? {#55634}\n\n"
                                                       "Fråga 183620, vad är 183620 plus 1? {#183621}\n\n"
                                                       "Fråga 55633, vad är 55633 plus 1? {#55634}\n"));
        QCOMPARE(r.questions.size(), 2);
        QCOMPARE(r.questions.at(0).id, QStringLiteral("q-aa77b57a"));   // unchanged: progress is stored by it
        QCOMPARE(r.questions.at(1).id, QStringLiteral("q-aa77b57a3c771a35"));
        const Diagnostics errors = GiftTest::errorsOf(r);   // the same stem again is still a duplicate
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).message.startsWith(QStringLiteral("duplicate question id 'q-aa77b57a'")),
                 qPrintable(errors.at(0).toString()));
        QCOMPARE(errors.at(0).line, 5);
    }

    void commentLines()
    {
        const GiftParseResult r = parse(QStringLiteral("// a comment before\n"
                                                       "::a::Pick one. {\n"
                                                       "  // a comment inside the block, with = and ~ and }\n"
                                                       "  =Yes #ok\n"
                                                       "   // another\n"
                                                       "  ~No #no\n"
                                                       "}\n"
                                                       "// between\n"
                                                       "\n"
                                                       "::b::See http://example.org//path {T}\n"));
        GIFT_VERIFY_NO_ERRORS(r);
        QCOMPARE(r.questions.size(), 2);
        QCOMPARE(r.questions.at(0).choices.size(), 2);
        QCOMPARE(r.questions.at(0).choices.at(1).text, QStringLiteral("No"));
        QCOMPARE(r.questions.at(0).line, 2);
        // "//" after the start of a line is text.
        QCOMPARE(r.questions.at(1).stem, QStringLiteral("See http://example.org//path"));
    }

    void escapes()
    {
        const Question q = one(QStringLiteral("::a\\:b::Use \\{ \\} \\= \\~ \\# \\: and \\\\ here\\nnext line "
                                              "{=x \\= y #fb \\#1 ~p \\~ q \\{r\\} #no}"));
        QCOMPARE(q.title, QStringLiteral("a:b"));
        QCOMPARE(q.stem, QStringLiteral("Use { } = ~ # : and \\ here\nnext line"));
        QCOMPARE(q.type, QuestionType::Single);
        QCOMPARE(q.choices.at(0).text, QStringLiteral("x = y"));
        QCOMPARE(q.choices.at(0).feedback, QStringLiteral("fb #1"));
        QCOMPARE(q.choices.at(1).text, QStringLiteral("p ~ q {r}"));
        // An unknown escape keeps its backslash.
        QCOMPARE(one(QStringLiteral("C:\\temp is a path {T}")).stem, QStringLiteral("C:\\temp is a path"));
    }

    void perAnswerFeedback()
    {
        const Question q = one(QStringLiteral("Q? {=A #Because A. ~B #Not B: it is # too. ~C}"));
        QCOMPARE(q.choices.at(0).feedback, QStringLiteral("Because A."));
        // Only the first '#' starts the feedback, as in Moodle.
        QCOMPARE(q.choices.at(1).feedback, QStringLiteral("Not B: it is # too."));
        QCOMPARE(q.choices.at(2).feedback, QString());
    }

    void generalFeedback()
    {
        const Question q = one(QStringLiteral("Q? {=A #a ~B #b ####Both were close.}"));
        QCOMPARE(q.generalFeedback, QStringLiteral("Both were close."));
        QCOMPARE(q.choices.size(), 2);
        QCOMPARE(q.choices.at(1).feedback, QStringLiteral("b"));
    }

    void formatTags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<TextFormat>("format");
        QTest::addColumn<QString>("stem");
        QTest::newRow("markdown") << QStringLiteral("[markdown]**Bold**? {T}") << TextFormat::Markdown << QStringLiteral("**Bold**?");
        QTest::newRow("html") << QStringLiteral("::t::[html]<b>Bold</b>? {T}") << TextFormat::Html << QStringLiteral("<b>Bold</b>?");
        QTest::newRow("plain") << QStringLiteral("[plain] Plain? {T}") << TextFormat::Plain << QStringLiteral("Plain?");
        QTest::newRow("moodle") << QStringLiteral("[moodle]Auto? {T}") << TextFormat::Moodle << QStringLiteral("Auto?");
        QTest::newRow("none") << QStringLiteral("Nothing? {T}") << TextFormat::Moodle << QStringLiteral("Nothing?");
        QTest::newRow("unknown tag is text") << QStringLiteral("[1] Footnote? {T}") << TextFormat::Moodle << QStringLiteral("[1] Footnote?");
    }

    void formatTags()
    {
        QFETCH(QString, text);
        QFETCH(TextFormat, format);
        QFETCH(QString, stem);
        const Question q = one(text);
        QCOMPARE(q.format, format);
        QCOMPARE(q.stem, stem);
    }

    void categoryLines()
    {
        const GiftParseResult r = parse(QStringLiteral("::a::No category yet. {T}\n\n"
                                                       "$CATEGORY: kurs/modul 1\n\n"
                                                       "::b::In modul 1. {T}\n\n"
                                                       "::c::Also in modul 1. {F}\n\n"
                                                       "$CATEGORY:kurs/modul 2\n"
                                                       "::d::Right after the category line. {T}\n"));
        GIFT_VERIFY_NO_ERRORS(r);
        QCOMPARE(r.questions.size(), 4);
        QCOMPARE(r.questions.at(0).category, QString());
        QCOMPARE(r.questions.at(1).category, QStringLiteral("kurs/modul 1"));
        QCOMPARE(r.questions.at(2).category, QStringLiteral("kurs/modul 1"));
        QCOMPARE(r.questions.at(3).category, QStringLiteral("kurs/modul 2"));
        QCOMPARE(r.questions.at(3).line, 10);
    }

    void answerBlockInMidSentence()
    {
        const Question q = one(QStringLiteral("Grant is {~buried =entombed ~living} in Grant's tomb."));
        QCOMPARE(q.stem, QStringLiteral("Grant is _____ in Grant's tomb."));
        QCOMPARE(q.choices.size(), 3);
        // Only white space after the block: no blank.
        QCOMPARE(one(QStringLiteral("Grant is buried. {T}  ")).stem, QStringLiteral("Grant is buried."));
        // The block first.
        QCOMPARE(one(QStringLiteral("{=Stockholm} is the capital.")).stem, QStringLiteral("_____ is the capital."));
    }

    void questionOverSeveralLines()
    {
        const Question q = one(QStringLiteral("::m::First line of the question,\n"
                                              "    second line, indented\n"
                                              "third line. {\n"
                                              "=Yes\n"
                                              "~No\n"
                                              "}"));
        // Moodle trims every line and joins them with a newline.
        QCOMPARE(q.stem, QStringLiteral("First line of the question,\nsecond line, indented\nthird line."));
        QCOMPARE(q.choices.size(), 2);
        QCOMPARE(q.line, 1);
    }

    void blankLinesBetweenQuestions()
    {
        const GiftParseResult r = parse(QStringLiteral("\n\n::a::One {T}\n\n\n  \t \n::b::Two {F}\n::c::Still two"));
        GIFT_VERIFY_NO_ERRORS(r);
        QCOMPARE(r.questions.size(), 2);
        QCOMPARE(r.questions.at(0).line, 3);
        QCOMPARE(r.questions.at(1).line, 7);
        // No blank line: the third line belongs to question b, after its answer block.
        QCOMPARE(r.questions.at(1).stem, QStringLiteral("Two _____\n::c::Still two"));
    }

    void crlfAndBom()
    {
        const QString lf = QStringLiteral("::a::Q one {\n=A #a\n~B #b\n}\n\n::b::Q two {T}\n");
        QString crlf = lf;
        crlf.replace(u'\n', QStringLiteral("\r\n"));
        const GiftParseResult a = parse(lf);
        const GiftParseResult b = parse(QChar(0xFEFF) + crlf);
        GIFT_VERIFY_NO_ERRORS(a);
        GIFT_VERIFY_NO_ERRORS(b);
        QCOMPARE(b.questions.size(), 2);
        QCOMPARE(b.questions.at(0).choices.at(1).text, QStringLiteral("B"));
        QCOMPARE(b.questions.at(0).choices.at(1).feedback, QStringLiteral("b"));
        QCOMPARE(b.questions.at(1).line, 6);
        QCOMPARE(b.questions.at(0).stem, a.questions.at(0).stem);
        // Columns do not count the '\r' either.
        const GiftParseResult c = parse(QStringLiteral("Q {=a #1 ~b #2}\r\nx }\r\n"));
        QCOMPARE(c.diagnostics.size(), 1);
        QCOMPARE(c.diagnostics.first().line, 2);
        QCOMPARE(c.diagnostics.first().column, 3);   // "x }": the brace after the block
    }

    void plainEqualsAndColonsAreText()
    {
        const Question q = one(QStringLiteral("In a = b: solve for b. Ratio 1::2 ~ 3. {T}"));
        QCOMPARE(q.stem, QStringLiteral("In a = b: solve for b. Ratio 1::2 ~ 3."));
        QCOMPARE(q.title, QString());
    }

    void columnsCountCharacters()
    {
        // Non-ASCII letters and an emoji (two UTF-16 units) are one column each.
        const GiftParseResult r = parse(QStringLiteral("Åäö \U0001F600 x }"));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().column, 9);
    }
};

QTEST_GUILESS_MAIN(TestGiftSyntax)
#include "tst_giftsyntax.moc"
