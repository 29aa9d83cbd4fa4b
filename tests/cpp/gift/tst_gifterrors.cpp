// Every GIFT error and warning Pausa reports, with the exact line and column an author is sent to,
// and that a broken question is skipped while the rest of the file still parses.
#include "gift/giftparser.h"
#include "gifttesthelpers.h"

#include <QTest>

using GiftTest::parse;

class TestGiftErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");   // a part of the message
        QTest::addColumn<int>("questions");     // how many questions still parse

        auto row = [](const char *name, const QString &text, int line, int column, const QString &message,
                      int questions = 0) {
            QTest::newRow(name) << text << line << column << message << questions;
        };
        row("empty file", QString(), 1, 1, QStringLiteral("the quiz has no questions"));
        row("only comments", QStringLiteral("// one\n\n// two\n"), 1, 1, QStringLiteral("no questions"));
        row("only a category", QStringLiteral("$CATEGORY: a/b\n"), 1, 1, QStringLiteral("no questions"));
        // Reported where the '}' is missing: after the last character of the question.
        row("block never closed", QStringLiteral("::a::Q {\n  =yes #y\n  ~no #n\n\n::b::Next {T}\n"), 3, 9,
            QStringLiteral("the answer block opened on line 1 is never closed"), 1);
        row("block never closed at end of file", QStringLiteral("Q {=a ~b"), 1, 9,
            QStringLiteral("opened on line 1 is never closed"));
        row("stray close", QStringLiteral("Q } {T}\n\n::b::ok {T}"), 1, 3,
            QStringLiteral("'}' without an answer block to close"), 1);
        row("stray close after the block", QStringLiteral("Q {T} }"), 1, 7, QStringLiteral("'}' without"));
        row("escaped brace opens nothing", QStringLiteral("Q \\{ }"), 1, 6, QStringLiteral("'}' without"));
        row("second block", QStringLiteral("Q {T} and {F}"), 1, 11,
            QStringLiteral("a second answer block in one question"));
        row("brace inside block", QStringLiteral("Q {=a {~b}"), 1, 7,
            QStringLiteral("'{' inside the answer block opened on line 1 (column 3)"));
        row("brace inside block, later line", QStringLiteral("Q {\n=a\n~b {x}\n}"), 3, 4,
            QStringLiteral("'{' inside the answer block"));
        row("title never closed", QStringLiteral("::title Q {T}"), 1, 1,
            QStringLiteral("the title that starts here is never closed"));
        row("title never closed, indented", QStringLiteral("\n  ::t: Q {T}"), 2, 3,
            QStringLiteral("title that starts here is never closed"));
        row("empty ~", QStringLiteral("Q {=a ~}"), 1, 7, QStringLiteral("the answer marker '~' has nothing after it"));
        row("empty = with feedback", QStringLiteral("Q {= #fb ~b}"), 1, 4,
            QStringLiteral("the answer marker '=' has nothing after it"));
        row("only a weight", QStringLiteral("Q {=a ~%50%}"), 1, 7, QStringLiteral("marker '~' has nothing"));
        row("empty short answer", QStringLiteral("Q {=a =}"), 1, 7, QStringLiteral("marker '=' has nothing"));
        row("weight not a number", QStringLiteral("Q {~%abc%a ~%50%b}"), 1, 5,
            QStringLiteral("the weight '%abc%' is not a number"));
        row("weight over 100", QStringLiteral("Q {~%150%a ~%50%b}"), 1, 5,
            QStringLiteral("the weight '%150%' lies outside -100% to 100%"));
        row("weight under -100", QStringLiteral("Q {=a ~%-101%b}"), 1, 8, QStringLiteral("'%-101%' lies outside"));
        row("short answer weight", QStringLiteral("Q {=%5x%a}"), 1, 5, QStringLiteral("'%5x%' is not a number"));
        row("one option", QStringLiteral("Q {~only}"), 1, 3,
            QStringLiteral("a multiple-choice question needs at least two answers, this one has 1"));
        row("one option and feedback", QStringLiteral("Q {~a #x ####gf}"), 1, 3, QStringLiteral("at least two answers"));
        row("matching line without =", QStringLiteral("Match {\n  =a -> 1\n  b -> 2\n  =c -> 3\n}"), 3, 3,
            QStringLiteral("this line of the matching question does not start with '='"));
        row("matching first line without =", QStringLiteral("Match {a -> 1 =b -> 2}"), 1, 8,
            QStringLiteral("does not start with '='"));
        row("matching with one pair", QStringLiteral("Match {=a -> 1}"), 1, 7,
            QStringLiteral("a matching question needs at least two pairs, this one has 1"));
        row("matching pair without arrow", QStringLiteral("Match {=a -> 1 =b}"), 1, 16,
            QStringLiteral("the pair 'b' has no '->'"));
        row("matching pair without right side", QStringLiteral("Match {=a -> 1 =b ->}"), 1, 16,
            QStringLiteral("the pair 'b' has nothing after '->'"));
        // One pair written with '~' makes a choice question of a matching one: said at the '~'.
        row("matching pair with ~", QStringLiteral("Match {\n  =a -> 1 #x\n  ~b -> 2 #y\n  =c -> 3 #z\n}"), 3, 3,
            QStringLiteral("this pair starts with '~', so the question is read as multiple choice, not matching"));
        row("matching first pair with ~", QStringLiteral("Match {~a -> 1 =b -> 2 =c -> 3}"), 1, 8,
            QStringLiteral("start every pair with '='"));
        // No '=' and no positive weight: nothing a learner picks is right.
        row("no right answer", QStringLiteral("::q::Q {\n  ~a #1\n  ~b #2\n}"), 1, 8,
            QStringLiteral("no answer is marked right: start the right answer with '=', or give the right options"));
        row("only negative weights", QStringLiteral("Q {~%-50%a #1 ~b #2}"), 1, 3,
            QStringLiteral("no answer is marked right"));
        row("number not a number", QStringLiteral("Q {#abc}"), 1, 5, QStringLiteral("'abc' is not a number"));
        row("tolerance not a number", QStringLiteral("Q {#5:x}"), 1, 7, QStringLiteral("'x' is not a number"));
        row("decimal comma", QStringLiteral("Q {#1,5}"), 1, 5,
            QStringLiteral("'1,5' is not a number: use a point as the decimal separator"));
        row("range end not a number", QStringLiteral("Q {#1..x}"), 1, 8, QStringLiteral("'x' is not a number"));
        row("weighted number not a number", QStringLiteral("Q {#=%50%abc}"), 1, 10, QStringLiteral("'abc' is not a number"));
        row("no number", QStringLiteral("Q {#}"), 1, 3, QStringLiteral("has no number to compare with"));
        row("infinity is not a number", QStringLiteral("Q {#inf}"), 1, 5, QStringLiteral("'inf' is not a number"));
        row("duplicate title", QStringLiteral("::x::A {T}\n\n::x::B {F}"), 3, 1,
            QStringLiteral("duplicate question id 'x' (first on line 1)"), 1);
        row("duplicate stem without title", QStringLiteral("Same? {T}\n\n\nSame? {F}"), 4, 1,
            QStringLiteral("(first on line 1)"), 1);
        row("text before the first answer", QStringLiteral("Q {foo ~a =b}"), 1, 4,
            QStringLiteral("'foo' comes before the first answer"));
        row("short answer without =", QStringLiteral("Q {svar}"), 1, 4,
            QStringLiteral("'svar' comes before the first answer: start every accepted answer with ="));
        row("no question text", QStringLiteral("::t::{T}"), 1, 1, QStringLiteral("this question has no text"));
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(int, questions);
        const GiftParseResult r = parse(text);
        const Diagnostics errors = GiftTest::errorsOf(r);
        QVERIFY2(errors.size() == 1, qPrintable(GiftTest::lines(r.diagnostics).join(u'\n')));
        const Diagnostic &d = errors.first();
        QCOMPARE(d.path, QStringLiteral("quiz.gift"));
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
        QVERIFY2(d.message.contains(message), qPrintable(d.message));
        QCOMPARE(r.questions.size(), questions);
    }

    void brokenQuestionIsSkipped()
    {
        const GiftParseResult r = parse(QStringLiteral("::a::First {T}\n"
                                                       "\n"
                                                       "::b::Broken {\n"
                                                       "  =x #ok\n"
                                                       "  ~%abc%y #no\n"
                                                       "}\n"
                                                       "\n"
                                                       "::c::Third } {F}\n"
                                                       "\n"
                                                       "::d::Fourth {=a #1 ~b #2}\n"));
        QCOMPARE(GiftTest::lines(r.diagnostics),
                 QStringList({QStringLiteral("quiz.gift:5:4: error: the weight '%abc%' is not a number: write a "
                                             "percentage such as %50% or %-25%"),
                              QStringLiteral("quiz.gift:8:12: error: '}' without an answer block to close: write "
                                             "\\} for a literal brace")}));
        QCOMPARE(r.questions.size(), 2);
        QCOMPARE(r.questions.at(0).id, QStringLiteral("a"));
        QCOMPARE(r.questions.at(1).id, QStringLiteral("d"));
        QCOMPARE(r.questions.at(1).line, 10);
    }

    void blankLineInsideBlock()
    {
        // Moodle ends a question at a blank line, even inside an answer block.
        const GiftParseResult r = parse(QStringLiteral("Q {\n=a\n\n~b\n}"));
        QCOMPARE(GiftTest::lines(GiftTest::errorsOf(r)),
                 QStringList({QStringLiteral("quiz.gift:2:3: error: the answer block opened on line 1 is never "
                                             "closed: add a '}' after its last answer (a blank line ends a "
                                             "question)"),
                              QStringLiteral("quiz.gift:5:1: error: '}' without an answer block to close: "
                                             "write \\} for a literal brace")}));
    }

    void optionWithoutFeedbackWarns()
    {
        const GiftParseResult r = parse(QStringLiteral("::q::Q {\n  =Right answer #Yes.\n  ~Wrong answer\n}"));
        QCOMPARE(r.questions.size(), 1);
        QCOMPARE(GiftTest::lines(r.diagnostics),
                 QStringList{QStringLiteral("quiz.gift:3:3: warning: option 'Wrong answer' has no feedback: "
                                            "learners who pick it will not learn why")});
        // Long option texts are cut in the message.
        const GiftParseResult longText = parse(
            QStringLiteral("::q::Q {=a #1 ~This option text is far too long to repeat in full in a message}"));
        QCOMPARE(longText.diagnostics.size(), 1);
        QVERIFY2(longText.diagnostics.first().message.startsWith(
                     QStringLiteral("option 'This option text is far too long to rep\u2026' has no feedback")),
                 qPrintable(longText.diagnostics.first().message));
        // Short answers, true/false and matching have no options to explain.
        QVERIFY(parse(QStringLiteral("::q::Q {=a =b}")).diagnostics.isEmpty());
        QVERIFY(parse(QStringLiteral("::q::Q {T}")).diagnostics.isEmpty());
    }

    void weightsThatCannotReachFullMarksWarn()
    {
        GiftParseResult r = parse(QStringLiteral("::q::Q {~%50%a #1 ~%25%b #2 ~%-50%c #3}"));
        QCOMPARE(GiftTest::lines(r.diagnostics),
                 QStringList{QStringLiteral("quiz.gift:1:8: warning: the positive weights add up to 75%, not "
                                            "100%: write the weights so that all right options together make 100%")});
        r = parse(QStringLiteral("::q::Q {=%50%a #1 ~b #2}"));
        QCOMPARE(GiftTest::lines(r.diagnostics),
                 QStringList{QStringLiteral("quiz.gift:1:8: warning: no answer is worth 100%: no learner can get "
                                            "full marks")});
        QCOMPARE(r.questions.size(), 1);
    }

    // The title is the question's id for progress: without one, editing the text loses it.
    void untitledQuestionWarns()
    {
        const GiftParseResult r = parse(QStringLiteral("::a::First? {T}\n\n// a comment\n  Second? {F}\n"));
        QCOMPARE(r.questions.size(), 2);
        QCOMPARE(GiftTest::lines(r.diagnostics),
                 QStringList{QStringLiteral("quiz.gift:4:3: warning: this question has no title, so its id is made "
                                            "from its text and editing the text loses learners' progress on it: add "
                                            "::title:: before it")});
    }

    // Pathological input: each must finish quickly (one linear pass, no recursion). Not timed, but a
    // quadratic scan would make these take minutes.
    void manyOpeningBraces()
    {
        const GiftParseResult r = parse(QString(100000, u'{'));
        QCOMPARE(GiftTest::errorsOf(r).size(), 1);
        QCOMPARE(r.diagnostics.first().column, 2);
        QVERIFY(r.questions.isEmpty());
    }

    void manyClosingBraces()
    {
        const GiftParseResult r = parse(QString(100000, u'}'));
        QCOMPARE(GiftTest::errorsOf(r).size(), 1);
        QCOMPARE(r.diagnostics.first().column, 1);
    }

    void manyBraceLines()
    {
        // 100k one-brace lines, then 50k questions of one brace each.
        QString lines;
        for (int i = 0; i < 100000; ++i)
            lines += QStringLiteral("{\n");
        QCOMPARE(GiftTest::errorsOf(parse(lines)).size(), 1);
        QString questions;
        for (int i = 0; i < 50000; ++i)
            questions += QStringLiteral("{\n\n");
        // Parsing stops past the 200 questions a quiz may have: 200 errors, then that one.
        const GiftParseResult r = parse(questions);
        QCOMPARE(GiftTest::errorsOf(r).size(), 201);
        QVERIFY(r.diagnostics.last().message.startsWith(QStringLiteral("the quiz has more than 200 questions")));
    }

    void oneMebibyteLine()
    {
        const QString words(1 << 20, u'a');
        GiftParseResult r = parse(u"Q " + words + u" {=x #1 ~y #2}");
        GIFT_VERIFY_NO_ERRORS(r);
        QCOMPARE(r.questions.first().stem.size(), words.size() + 2);

        r = parse(u"Q {" + QString(1 << 20, u'~') + u'}');
        QCOMPARE(r.diagnostics.first().column, 4);
        r = parse(u"Q {~%" + QString(1 << 20, u'%') + u'}');
        QCOMPARE(GiftTest::errorsOf(r).size(), 1);
        r = parse(u"Q {" + QString(1 << 20, u'#') + u'}');
        QCOMPARE(GiftTest::errorsOf(r).size(), 1);
        r = parse(u"Q {" + QString(1 << 20, u'=') + u'}');
        QCOMPARE(GiftTest::errorsOf(r).size(), 1);
        r = parse(u"Q {" + QString(1 << 19, u'-').replace(QStringLiteral("--"), QStringLiteral("->")) + u'}');
        QCOMPARE(GiftTest::errorsOf(r).size(), 1);
        QString escapes;
        for (int i = 0; i < (1 << 19); ++i)
            escapes += QStringLiteral("\\{");
        r = parse(u"Q " + escapes + u" {T}");
        GIFT_VERIFY_NO_ERRORS(r);
        QCOMPARE(r.questions.first().stem.size(), 2 + (1 << 19));
    }

    void manyTitleMarkers()
    {
        QString colons;
        for (int i = 0; i < 50000; ++i)
            colons += QStringLiteral("::");
        GiftParseResult r = parse(colons);
        QCOMPARE(r.questions.size(), 1);   // an empty title, then "::::…" as a description
        r = parse(u"::" + QString(1 << 20, u'a'));
        QCOMPARE(GiftTest::errorsOf(r).size(), 1);
        r = parse(u"::a::" + colons + u"{=" + colons + u" ~b}");
        QCOMPARE(r.questions.size(), 1);
        QCOMPARE(r.questions.first().choices.first().text, colons);
    }

    void manyAnswers()
    {
        QString block;
        for (int i = 0; i < 100000; ++i)
            block += QStringLiteral("=a -> b ");
        // Read in one pass, then refused: a question may have at most 50 answers.
        const GiftParseResult r = parse(u"Match {" + block + u'}');
        QVERIFY(r.questions.isEmpty());
        QCOMPARE(GiftTest::errorsOf(r).size(), 1);
        QVERIFY(r.diagnostics.first().message.startsWith(QStringLiteral("the question has 100000 answers; at most 50")));
    }
};

QTEST_GUILESS_MAIN(TestGiftErrors)
#include "tst_gifterrors.moc"
