// The quiz's words and formats outside QML: the saved-answer JSON, the right answer as the learner
// reads it, the matching display order, and a typed number read in the app's language.
#include "quiz/matchdisplay.h"
#include "quiz/numberentry.h"
#include "quiz/quizwording.h"
#include "quiz/savedanswer.h"
#include "quiztesthelpers.h"

#include <QTest>

using namespace QuizTest;

class TestQuizWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedAnswerRoundTrips()
    {
        QuizAnswer answer = picked({2, 0});
        answer.text = QStringLiteral("Lyssna först");
        answer.matches = {1, -1, 0};
        const QuizAnswer back = savedAnswerFromJson(savedAnswerJson(answer));
        QCOMPARE(back.selected, (QList<int>{2, 0}));
        QCOMPARE(back.text, QStringLiteral("Lyssna först"));
        QCOMPARE(back.matches, (QList<int>{1, -1, 0}));
        QVERIFY(!back.hasNumber);

        const QuizAnswer n = savedAnswerFromJson(savedAnswerJson(number(3.5)));
        QVERIFY(n.hasNumber);
        QCOMPARE(n.number, 3.5);
        // The format the progress store already holds (rows written before this file existed).
        QCOMPARE(savedAnswerJson(number(3.5)),
                 QStringLiteral(R"({"matches":[],"number":3.5,"selected":[],"text":""})"));
    }

    // A damaged row is an empty answer, never a crash or a made-up number.
    void savedAnswerForgivesDamage()
    {
        const QuizAnswer garbage = savedAnswerFromJson(QStringLiteral("{not json"));
        QVERIFY(garbage.selected.isEmpty() && garbage.text.isEmpty() && !garbage.hasNumber);
        const QuizAnswer wrongKinds = savedAnswerFromJson(
            QStringLiteral(R"({"selected":"1","matches":[null,"x",2],"number":"3","text":7})"));
        QVERIFY(wrongKinds.selected.isEmpty());
        QCOMPARE(wrongKinds.matches, (QList<int>{-1, -1, 2}));
        QVERIFY(!wrongKinds.hasNumber);
        QCOMPARE(wrongKinds.text, QString());
    }

    void rightAnswerWording()
    {
        const QLocale english(QLocale::English);
        QCOMPARE(QuizWording::rightAnswer(question(QStringLiteral("Q {=A ~B ~C}")), english), QStringLiteral("A"));
        QCOMPARE(QuizWording::rightAnswer(question(QStringLiteral("Q {~%50%A ~%50%B ~%-100%C}")), english),
                 QStringLiteral("\n• A\n• B"));
        const Question tf = question(QStringLiteral("Q {F}"));
        QCOMPARE(QuizWording::rightAnswer(tf, english), QStringLiteral("False"));
        QCOMPARE(QuizWording::optionText(tf, tf.choices.at(0)), QStringLiteral("True"));
        // Short answers: one line per answer the grader tells apart (it ignores case).
        QCOMPARE(QuizWording::rightAnswer(question(QStringLiteral("Q {=push =Push =shove}")), english),
                 QStringLiteral("\n• push\n• shove"));
        QCOMPARE(QuizWording::rightAnswer(question(QStringLiteral("Q {=a -> 1 =b -> 2 = -> 3}")), english),
                 QStringLiteral("\n• a → 1\n• b → 2"));
    }

    // A number reads with the language's decimal sign, as the learner is asked to type it.
    void numbersInTheLearnersLanguage()
    {
        const Question range = question(QStringLiteral("Q {#2.5..4}"));
        const Question margin = question(QStringLiteral("Q {#3:0.5}"));
        const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
        QCOMPARE(QuizWording::rightAnswer(range, QLocale(QLocale::English)), QStringLiteral("2.5–4"));
        QCOMPARE(QuizWording::rightAnswer(range, swedish), QStringLiteral("2,5–4"));
        QCOMPARE(QuizWording::rightAnswer(margin, swedish), QStringLiteral("3 ± 0,5"));
        QCOMPARE(QuizWording::numberText(question(QStringLiteral("Q {#=3:0 ~#Look it up.}")).numbers.at(1), swedish),
                 QStringLiteral("*"));
    }

    void matchingDisplayOrder()
    {
        const Question q = question(QStringLiteral("Q {=x -> Ö =y -> A = -> M}"));
        // Alphabetical by the collator of the default locale: A, M, Ö.
        QCOMPARE(MatchDisplay::rightOrder(q), (QList<int>{1, 2, 0}));
        // Rows x and y; the learner puts "A" (shown 0) beside x and "Ö" (shown 2) beside y.
        const QuizAnswer answer = MatchDisplay::answerFromPicks(q, {0, 2});
        QCOMPARE(answer.matches, (QList<int>{1, 0, -1}));
        QCOMPARE(MatchDisplay::picksFromAnswer(q, answer), (QList<int>{0, 2}));
        // Out of range and missing picks are "none".
        QCOMPARE(MatchDisplay::answerFromPicks(q, {7}).matches, (QList<int>{-1, -1, -1}));
        QCOMPARE(MatchDisplay::picksFromAnswer(q, QuizAnswer{}), (QList<int>{-1, -1}));
    }

    void numberEntry_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        const QLocale sv(QLocale::Swedish, QLocale::Sweden);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("sv comma") << sv << QStringLiteral("3,5") << true << 3.5;
        QTest::newRow("sv point too") << sv << QStringLiteral(" 3.5 ") << true << 3.5;
        QTest::newRow("sv negative") << sv << QStringLiteral("-12") << true << -12.0;
        QTest::newRow("en point") << en << QStringLiteral("3.5") << true << 3.5;
        QTest::newRow("en thousands") << en << QStringLiteral("1,500") << true << 1500.0;
        QTest::newRow("en comma is not a decimal") << en << QStringLiteral("3,5") << false << 0.0;
        QTest::newRow("words") << sv << QStringLiteral("tre") << false << 0.0;
        QTest::newRow("trailing garbage") << en << QStringLiteral("3.5kg") << false << 0.0;
        QTest::newRow("empty") << en << QStringLiteral("  ") << false << 0.0;
        QTest::newRow("infinity") << en << QStringLiteral("inf") << false << 0.0;
    }

    void numberEntry()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const NumberEntry entry = readNumberEntry(text, locale);
        QCOMPARE(entry.ok, ok);
        if (ok) {
            QCOMPARE(entry.value, value);
            QVERIFY(entry.message.isEmpty());
        } else {
            // The message says how to write a number in this language.
            QVERIFY2(entry.message.contains(locale.toString(3.5)), qPrintable(entry.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestQuizWording)
#include "tst_quizwording.moc"
