// QuizRun: one attempt at a quiz; answering once, the score and verdict, retrying only what was missed,
// and resuming from saved answers.
#include "quiz/quizrun.h"
#include "quiztesthelpers.h"

#include <QTest>

using namespace QuizTest;

namespace {

// Five questions: three graded choices, a description (index 3), a matching (index 4) and an essay (5).
QList<Question> sample()
{
    return questions(QStringLiteral("::one::Q1 {=a #1 ~b #2}\n\n"
                                    "::two::Q2 {~%50%a #1 ~%50%b #2 ~%-100%c #3}\n\n"
                                    "::three::Q3 {T}\n\n"
                                    "::read::Read this first.\n\n"
                                    "::four::Q4 {=x -> 1 =y -> 2}\n\n"
                                    "::essay::Q5 {}\n"));
}

} // namespace

class TestQuizRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty()
    {
        const QuizRun run(sample(), 80);
        QCOMPARE(run.questionCount(), 6);
        QCOMPARE(run.question(1).id, QStringLiteral("two"));
        QCOMPARE(run.passMarkPercent(), 80.0);
        QVERIFY(!run.isAnswered(0));
        QVERIFY(!run.grade(0).graded);
        QVERIFY(!run.isFinished());
        QCOMPARE(run.scorePercent(), 0.0);
        QVERIFY(!run.passed());
        QCOMPARE(run.firstUnansweredIndex(), 0);
        QCOMPARE(run.missedQuestionIds(),
                 QStringList({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                              QStringLiteral("four")}));
    }

    void answerStoresGrade()
    {
        QuizRun run(sample(), 80);
        const Grade g = run.answer(1, picked({0}));
        QCOMPARE(g.score, 0.5);
        QVERIFY(run.isAnswered(1));
        QCOMPARE(run.grade(1).score, 0.5);
        QCOMPARE(run.savedAnswer(1).selected, QList<int>{0});
        QVERIFY(!run.isAnswered(0));
        QCOMPARE(run.firstUnansweredIndex(), 0);
    }

    void reansweringReturnsTheStoredGrade()
    {
        QuizRun run(sample(), 80);
        QCOMPARE(run.answer(0, picked({1})).score, 0.0);
        const Grade again = run.answer(0, picked({0}));
        QCOMPARE(again.score, 0.0);
        QCOMPARE(again.feedback, QStringList{QStringLiteral("2")});
        QCOMPARE(run.grade(0).score, 0.0);
        QCOMPARE(run.savedAnswer(0).selected, QList<int>{1});
    }

    void outOfRangeIsHarmless()
    {
        QuizRun run(sample(), 80);
        QVERIFY(!run.answer(-1, picked({0})).graded);
        QVERIFY(!run.answer(6, picked({0})).graded);
        QVERIFY(!run.restore(99, picked({0})).graded);
        QVERIFY(!run.isAnswered(6));
        QVERIFY(!run.grade(-3).graded);
    }

    void scoreAndPass()
    {
        QuizRun run(sample(), 80);
        run.answer(0, picked({0}));     // 1
        run.answer(1, picked({0, 1}));  // 1
        run.answer(2, picked({0}));     // 1 ("true")
        QVERIFY(!run.isFinished());     // the matching question is still open
        QVERIFY(!run.passed());
        QCOMPARE(run.scorePercent(), 75.0);   // 3 of 4 graded questions; the unanswered one counts 0
        run.answer(4, matched({0, -1}));      // 0.5
        // Essays and descriptions neither block the end nor count in the score.
        QVERIFY(run.isFinished());
        QCOMPARE(run.scorePercent(), 87.5);
        QVERIFY(run.passed());
        QCOMPARE(QuizRun(run).passMarkPercent(), 80.0);
    }

    void failBelowPassMark()
    {
        QuizRun run(sample(), 90);
        run.answer(0, picked({0}));
        run.answer(1, picked({0, 1}));
        run.answer(2, picked({0}));
        run.answer(4, matched({0, -1}));
        QVERIFY(run.isFinished());
        QCOMPARE(run.scorePercent(), 87.5);
        QVERIFY(!run.passed());
        // Exactly on the pass mark passes.
        QuizRun exact(sample(), 87.5);
        exact.answer(0, picked({0}));
        exact.answer(1, picked({0, 1}));
        exact.answer(2, picked({0}));
        exact.answer(4, matched({0, -1}));
        QVERIFY(exact.passed());
    }

    void retryOnlyMissed()
    {
        QuizRun run(sample(), 80);
        run.answer(0, picked({0}));        // right
        run.answer(1, picked({0, 2}));     // 50 - 100: clamped to 0
        run.answer(2, picked({1}));        // wrong
        run.answer(4, matched({0, 1}));    // right
        run.answer(5, typed(QStringLiteral("essay")));
        QCOMPARE(run.missedQuestionIds(), QStringList({QStringLiteral("two"), QStringLiteral("three")}));

        QuizRun retry = run.retryMissed();
        QCOMPARE(retry.questionCount(), 2);
        QCOMPARE(retry.question(0).id, QStringLiteral("two"));
        QCOMPARE(retry.question(1).id, QStringLiteral("three"));
        QCOMPARE(retry.passMarkPercent(), 80.0);
        QVERIFY(!retry.isAnswered(0));
        retry.answer(0, picked({0, 1}));
        retry.answer(1, picked({0}));
        QVERIFY(retry.passed());
        QVERIFY(retry.missedQuestionIds().isEmpty());
        QCOMPARE(retry.retryMissed().questionCount(), 0);
    }

    void partialCreditCountsAsMissed()
    {
        QuizRun run(questions(QStringLiteral("::a::Q {~%50%a #1 ~%50%b #2}")), 50);
        run.answer(0, picked({0}));
        QVERIFY(run.passed());
        QCOMPARE(run.missedQuestionIds(), QStringList{QStringLiteral("a")});
    }

    void resume()
    {
        QuizRun first(sample(), 80);
        first.answer(0, picked({0}));
        first.answer(1, picked({0}));
        // The app saves the answers and quits; a new session rebuilds the run and restores them.
        QuizRun resumed(sample(), 80);
        for (int i = 0; i < first.questionCount(); ++i) {
            if (first.isAnswered(i))
                resumed.restore(i, first.savedAnswer(i));
        }
        QCOMPARE(resumed.firstUnansweredIndex(), 2);
        QCOMPARE(resumed.grade(1).score, 0.5);
        QCOMPARE(resumed.scorePercent(), first.scorePercent());
        // Still answered once: answering a restored question keeps the restored grade.
        QCOMPARE(resumed.answer(1, picked({0, 1})).score, 0.5);
        resumed.answer(2, picked({0}));
        resumed.answer(3, QuizAnswer{});   // the description, read
        QCOMPARE(resumed.firstUnansweredIndex(), 4);
        resumed.answer(4, matched({0, 1}));
        resumed.answer(5, typed(QStringLiteral("text")));
        QCOMPARE(resumed.firstUnansweredIndex(), -1);
    }

    void quizWithNothingToGrade()
    {
        const QuizRun run(questions(QStringLiteral("::r::Read me.\n\n::e::Write {}")), 80);
        QVERIFY(run.isFinished());
        QCOMPARE(run.scorePercent(), 100.0);
        QVERIFY(run.passed());
        QVERIFY(run.missedQuestionIds().isEmpty());
        QCOMPARE(run.firstUnansweredIndex(), 0);
        QCOMPARE(QuizRun().questionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuizRun)
#include "tst_quizrun.moc"
