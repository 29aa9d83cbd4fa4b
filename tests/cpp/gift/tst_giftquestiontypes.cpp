// One test per GIFT question type Pausa reads: the question it becomes, field by field.
#include "gift/giftparser.h"
#include "gifttesthelpers.h"

#include <QTest>

using GiftTest::one;
using GiftTest::parse;

class TestGiftQuestionTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleChoice()
    {
        const Question q = one(QStringLiteral("Which is blue? {=Sky #Yes. ~Grass #No. ~Blood #No.}"));
        QCOMPARE(q.type, QuestionType::Single);
        QCOMPARE(q.stem, QStringLiteral("Which is blue?"));
        QCOMPARE(q.choices.size(), 3);
        QCOMPARE(q.choices.at(0).text, QStringLiteral("Sky"));
        QCOMPARE(q.choices.at(0).weight, 100.0);
        QCOMPARE(q.choices.at(1).weight, 0.0);
        QCOMPARE(q.choices.at(2).text, QStringLiteral("Blood"));
        QCOMPARE(q.choices.at(2).weight, 0.0);
    }

    void singleChoiceWithGivenWeight()
    {
        // A '~' option can carry partial credit in a one-answer question too.
        const Question q = one(QStringLiteral("Q? {=Best #a ~%50%Half #b ~Wrong #c}"));
        QCOMPARE(q.type, QuestionType::Single);
        QCOMPARE(q.choices.at(1).text, QStringLiteral("Half"));
        QCOMPARE(q.choices.at(1).weight, 50.0);
    }

    void multipleAnswersWithWeights()
    {
        const Question q = one(QStringLiteral("Primes? {~%50%Two #a ~%50%Three #b ~%-100%Four #c}"));
        QCOMPARE(q.type, QuestionType::Multiple);
        QCOMPARE(q.choices.size(), 3);
        QCOMPARE(q.choices.at(0).weight, 50.0);
        QCOMPARE(q.choices.at(1).weight, 50.0);
        QCOMPARE(q.choices.at(2).weight, -100.0);
        QCOMPARE(q.choices.at(2).text, QStringLiteral("Four"));
    }

    void decimalWeights()
    {
        const GiftParseResult r = parse(QStringLiteral(
            "::fruits::Fruits? {~%33.33333%Apple #a ~%33.33333%Pear #b ~%33.33333%Plum #c ~%-50%Carrot #d}"));
        GIFT_VERIFY_NO_ERRORS(r);
        QVERIFY(GiftTest::warningsOf(r).isEmpty());   // 3 x 33.33333 counts as 100
        const Question q = r.questions.first();
        QCOMPARE(q.choices.at(0).weight, 33.33333);
        QCOMPARE(q.choices.at(3).weight, -50.0);
    }

    void trueFalse_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<bool>("isTrue");
        QTest::newRow("T") << QStringLiteral("{T}") << true;
        QTest::newRow("F") << QStringLiteral("{F}") << false;
        QTest::newRow("TRUE") << QStringLiteral("{TRUE}") << true;
        QTest::newRow("FALSE") << QStringLiteral("{FALSE}") << false;
        QTest::newRow("spaces") << QStringLiteral("{ T }") << true;
        QTest::newRow("lower case") << QStringLiteral("{false}") << false;
    }

    void trueFalse()
    {
        QFETCH(QString, block);
        QFETCH(bool, isTrue);
        const Question q = one(u"The sun is a star. " + block);
        QCOMPARE(q.type, QuestionType::TrueFalse);
        QCOMPARE(q.stem, QStringLiteral("The sun is a star."));
        QCOMPARE(q.choices.size(), 2);
        QCOMPARE(q.choices.at(0).text, QStringLiteral("true"));
        QCOMPARE(q.choices.at(1).text, QStringLiteral("false"));
        QCOMPARE(q.choices.at(0).weight, isTrue ? 100.0 : 0.0);
        QCOMPARE(q.choices.at(1).weight, isTrue ? 0.0 : 100.0);
    }

    void trueFalseFeedback()
    {
        // Moodle's split_truefalse_comment: the first '#' is for a wrong choice, the second for a right one.
        Question q = one(QStringLiteral("Right is true. {T#You chose false: wrong.#You chose true: right.}"));
        QCOMPARE(q.choices.at(0).feedback, QStringLiteral("You chose true: right."));
        QCOMPARE(q.choices.at(1).feedback, QStringLiteral("You chose false: wrong."));

        q = one(QStringLiteral("Right is false. {F#You chose true: wrong.#You chose false: right.}"));
        QCOMPARE(q.choices.at(0).weight, 0.0);
        QCOMPARE(q.choices.at(0).feedback, QStringLiteral("You chose true: wrong."));
        QCOMPARE(q.choices.at(1).weight, 100.0);
        QCOMPARE(q.choices.at(1).feedback, QStringLiteral("You chose false: right."));

        q = one(QStringLiteral("Only wrong feedback. {FALSE#Think again.}"));
        QCOMPARE(q.choices.at(0).feedback, QStringLiteral("Think again."));
        QCOMPARE(q.choices.at(1).feedback, QString());
    }

    void shortAnswer()
    {
        const Question q = one(QStringLiteral("Huvudstad? {=Stockholm =%50%Sthlm #Nästan. =annat svar}"));
        QCOMPARE(q.type, QuestionType::Short);
        QCOMPARE(q.choices.size(), 3);
        QCOMPARE(q.choices.at(0).text, QStringLiteral("Stockholm"));
        QCOMPARE(q.choices.at(0).weight, 100.0);
        QCOMPARE(q.choices.at(1).text, QStringLiteral("Sthlm"));
        QCOMPARE(q.choices.at(1).weight, 50.0);
        QCOMPARE(q.choices.at(1).feedback, QStringLiteral("Nästan."));
        QCOMPARE(q.choices.at(2).text, QStringLiteral("annat svar"));
    }

    void matching()
    {
        const Question q = one(QStringLiteral("Match them. {\n"
                                              "  =Sweden -> Stockholm\n"
                                              "  =Norway->Oslo\n"
                                              "  =Finland ->   Helsinki\n"
                                              "####Capitals.\n"
                                              "}"));
        QCOMPARE(q.type, QuestionType::Matching);
        QCOMPARE(q.pairs.size(), 3);
        QCOMPARE(q.pairs.at(0).left, QStringLiteral("Sweden"));
        QCOMPARE(q.pairs.at(0).right, QStringLiteral("Stockholm"));
        QCOMPARE(q.pairs.at(1).left, QStringLiteral("Norway"));
        QCOMPARE(q.pairs.at(1).right, QStringLiteral("Oslo"));
        QCOMPARE(q.pairs.at(2).right, QStringLiteral("Helsinki"));
        QCOMPARE(q.generalFeedback, QStringLiteral("Capitals."));
        QVERIFY(q.choices.isEmpty());
    }

    void essay()
    {
        Question q = one(QStringLiteral("Describe your day. {}"));
        QCOMPARE(q.type, QuestionType::Essay);
        QCOMPARE(q.stem, QStringLiteral("Describe your day."));
        QVERIFY(!q.isGraded());

        q = one(QStringLiteral("Describe your day. {####Think of the morning.}"));
        QCOMPARE(q.type, QuestionType::Essay);
        QCOMPARE(q.generalFeedback, QStringLiteral("Think of the morning."));
    }

    void description()
    {
        const Question q = one(QStringLiteral("::intro::Read this first: nothing to answer."));
        QCOMPARE(q.type, QuestionType::Description);
        QCOMPARE(q.stem, QStringLiteral("Read this first: nothing to answer."));
        QVERIFY(q.choices.isEmpty());
        QVERIFY(!q.isGraded());
    }

    void numerical_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<QList<double>>("values");      // value, tolerance, weight per answer
        QTest::newRow("exact") << QStringLiteral("{#5}") << QList<double>{5, 0, 100};
        QTest::newRow("tolerance") << QStringLiteral("{#5:1}") << QList<double>{5, 1, 100};
        QTest::newRow("range") << QStringLiteral("{#1..3}") << QList<double>{2, 1, 100};
        QTest::newRow("negative range") << QStringLiteral("{#-3..-1}") << QList<double>{-2, 1, 100};
        QTest::newRow("decimal") << QStringLiteral("{#3.14:0.01}") << QList<double>{3.14, 0.01, 100};
        QTest::newRow("weighted") << QStringLiteral("{#=5:0 =%50%5:2}") << QList<double>{5, 0, 100, 5, 2, 50};
        QTest::newRow("exponent") << QStringLiteral("{#1e3:5}") << QList<double>{1000, 5, 100};
    }

    void numerical()
    {
        QFETCH(QString, block);
        QFETCH(QList<double>, values);
        const Question q = one(u"How many? " + block);
        QCOMPARE(q.type, QuestionType::Numerical);
        QCOMPARE(q.numbers.size(), values.size() / 3);
        for (qsizetype i = 0; i < q.numbers.size(); ++i) {
            QCOMPARE(q.numbers.at(i).value, values.at(3 * i));
            QCOMPARE(q.numbers.at(i).tolerance, values.at(3 * i + 1));
            QCOMPARE(q.numbers.at(i).weight, values.at(3 * i + 2));
        }
    }

    void numericalFeedbackAndOtherAnswers()
    {
        const Question q = one(QStringLiteral("Born? {#=1822:0 #Exactly. =%50%1822:2 #Close. ~#Look it up.}"));
        QCOMPARE(q.numbers.size(), 3);
        QCOMPARE(q.numbers.at(0).feedback, QStringLiteral("Exactly."));
        QCOMPARE(q.numbers.at(1).feedback, QStringLiteral("Close."));
        QVERIFY(qIsInf(q.numbers.at(2).tolerance));   // "any other number"
        QCOMPARE(q.numbers.at(2).weight, 0.0);
        QCOMPARE(q.numbers.at(2).feedback, QStringLiteral("Look it up."));
    }

    void scenarioQuestions()
    {
        QVERIFY(one(QStringLiteral("Q {=a #1 ~b #2 ~c #3}")).isScenario());
        QVERIFY(!one(QStringLiteral("Q {=a #1 ~b #2 ~c}")).isScenario());
        QVERIFY(one(QStringLiteral("Q {~%50%a #1 ~%50%b #2}")).isScenario());
        QVERIFY(!one(QStringLiteral("Q {T#1#2}")).isScenario());   // only multiple choice counts
    }

    void names()
    {
        QCOMPARE(questionTypeName(QuestionType::Single), QStringLiteral("single"));
        QCOMPARE(questionTypeName(QuestionType::Multiple), QStringLiteral("multiple"));
        QCOMPARE(questionTypeName(QuestionType::TrueFalse), QStringLiteral("truefalse"));
        QCOMPARE(questionTypeName(QuestionType::Short), QStringLiteral("short"));
        QCOMPARE(questionTypeName(QuestionType::Matching), QStringLiteral("matching"));
        QCOMPARE(questionTypeName(QuestionType::Numerical), QStringLiteral("numerical"));
        QCOMPARE(questionTypeName(QuestionType::Essay), QStringLiteral("essay"));
        QCOMPARE(questionTypeName(QuestionType::Description), QStringLiteral("description"));
        QCOMPARE(textFormatName(TextFormat::Moodle), QStringLiteral("moodle"));
        QCOMPARE(textFormatName(TextFormat::Html), QStringLiteral("html"));
        QCOMPARE(textFormatName(TextFormat::Markdown), QStringLiteral("markdown"));
        QCOMPARE(textFormatName(TextFormat::Plain), QStringLiteral("plain"));
    }
};

QTEST_GUILESS_MAIN(TestGiftQuestionTypes)
#include "tst_giftquestiontypes.moc"
