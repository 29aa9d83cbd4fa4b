// gradeAnswer(): partial credit from GIFT weights, clamping, and which feedback a learner sees.
#include "quiz/grader.h"
#include "quiztesthelpers.h"

#include <QTest>

using namespace QuizTest;

class TestGrader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleChoice()
    {
        const Question q = question(QStringLiteral("Q {=Right #Yes. ~%50%Half #Half. ~Wrong #No.}"));
        Grade g = gradeAnswer(q, picked({0}));
        QVERIFY(g.graded);
        QCOMPARE(g.score, 1.0);
        QVERIFY(g.correct);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("Yes.")});

        g = gradeAnswer(q, picked({1}));
        QCOMPARE(g.score, 0.5);
        QVERIFY(!g.correct);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("Half.")});

        g = gradeAnswer(q, picked({2}));
        QCOMPARE(g.score, 0.0);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("No.")});

        // Nothing chosen, or an index that does not exist: no credit, no feedback.
        QCOMPARE(gradeAnswer(q, picked({})).score, 0.0);
        QVERIFY(gradeAnswer(q, picked({7, -1})).feedback.isEmpty());
        // A one-answer question counts only the first pick.
        g = gradeAnswer(q, picked({2, 0}));
        QCOMPARE(g.score, 0.0);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("No.")});
    }

    void singleChoiceNegativeWeightClampsAtZero()
    {
        const Question q = question(QStringLiteral("Q {=Right #a ~%-50%Harmful #b}"));
        const Grade g = gradeAnswer(q, picked({1}));
        QCOMPARE(g.score, 0.0);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("b")});
    }

    void multiplePartialCredit()
    {
        const Question q = question(QStringLiteral("Q {~%50%A #a ~%50%B #b ~%-100%C #c ~D #d}"));
        Grade g = gradeAnswer(q, picked({0}));
        QCOMPARE(g.score, 0.5);
        QVERIFY(!g.correct);
        g = gradeAnswer(q, picked({1, 0}));
        QCOMPARE(g.score, 1.0);
        QVERIFY(g.correct);
        // Feedback in the question's order, whatever order the learner clicked in.
        QCOMPARE(g.feedback, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        // Picking the same option twice counts once.
        QCOMPARE(gradeAnswer(q, picked({0, 0})).score, 0.5);
        // A zero-weight option adds nothing but still explains itself.
        g = gradeAnswer(q, picked({0, 3}));
        QCOMPARE(g.score, 0.5);
        QCOMPARE(g.feedback, QStringList({QStringLiteral("a"), QStringLiteral("d")}));
    }

    void multipleNegativeWeightsSubtractAndClamp()
    {
        const Question q = question(QStringLiteral("Q {~%50%A #a ~%50%B #b ~%-100%C #c ~%-25%D #d}"));
        QCOMPARE(gradeAnswer(q, picked({0, 1, 3})).score, 0.75);
        QCOMPARE(gradeAnswer(q, picked({0, 3})).score, 0.25);
        // 50 - 100 = -50: clamped to 0, never below.
        QCOMPARE(gradeAnswer(q, picked({0, 2})).score, 0.0);
        // Everything: 100 - 125 -> 0.
        QCOMPARE(gradeAnswer(q, picked({0, 1, 2, 3})).score, 0.0);
    }

    void multipleOverHundredClampsAtOne()
    {
        const Question q = question(QStringLiteral("Q {~%100%A #a ~%100%B #b}"));
        const Grade g = gradeAnswer(q, picked({0, 1}));
        QCOMPARE(g.score, 1.0);
        QVERIFY(g.correct);
    }

    void thirdsCountAsCorrect()
    {
        const Question q = question(QStringLiteral(
            "Q {~%33.33333%A #a ~%33.33333%B #b ~%33.33333%C #c ~%-50%D #d}"));
        const Grade g = gradeAnswer(q, picked({0, 1, 2}));
        QVERIFY(g.score > 0.9999 && g.score < 1.0);
        QVERIFY(g.correct);
        QVERIFY(!gradeAnswer(q, picked({0, 1})).correct);
    }

    void trueFalse()
    {
        const Question q = question(QStringLiteral("Q {F#Wrong: it is false.#Right.}"));
        Grade g = gradeAnswer(q, picked({1}));   // "false"
        QCOMPARE(g.score, 1.0);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("Right.")});
        g = gradeAnswer(q, picked({0}));         // "true"
        QCOMPARE(g.score, 0.0);
        QVERIFY(!g.correct);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("Wrong: it is false.")});
    }

    void shortAnswer()
    {
        const Question q = question(QStringLiteral("Q {=Stockholm #Rätt. =%50%Sthlm #Nästan. =Nya  Stan}"));
        Grade g = gradeAnswer(q, typed(QStringLiteral("  stockHOLM ")));
        QCOMPARE(g.score, 1.0);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("Rätt.")});
        g = gradeAnswer(q, typed(QStringLiteral("sthlm")));
        QCOMPARE(g.score, 0.5);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("Nästan.")});
        // White space inside is collapsed on both sides; non-ASCII letters fold case too.
        QCOMPARE(gradeAnswer(q, typed(QStringLiteral("nya\t stan"))).score, 1.0);
        QCOMPARE(gradeAnswer(question(QStringLiteral("Q {=Åre}")), typed(QStringLiteral("åRE"))).score, 1.0);
        g = gradeAnswer(q, typed(QStringLiteral("Göteborg")));
        QCOMPARE(g.score, 0.0);
        QVERIFY(g.graded);
        QVERIFY(g.feedback.isEmpty());
        QCOMPARE(gradeAnswer(q, typed(QString())).score, 0.0);
    }

    void matchingFractions()
    {
        const Question q = question(QStringLiteral("Q {=A -> 1 =B -> 2 =C -> 3 =D -> 4}"));
        QCOMPARE(gradeAnswer(q, matched({0, 1, 2, 3})).score, 1.0);
        QCOMPARE(gradeAnswer(q, matched({0, 1, 3, 2})).score, 0.5);
        QCOMPARE(gradeAnswer(q, matched({0, -1, -1})).score, 0.25);   // short list: the rest unanswered
        QCOMPARE(gradeAnswer(q, matched({1, 0, 3, 2})).score, 0.0);
        QCOMPARE(gradeAnswer(q, matched({9, 1, 2, 3})).score, 0.75);  // an index out of range is wrong
        QVERIFY(gradeAnswer(q, matched({0, 1, 2, 3})).correct);
    }

    void matchingSharedRightSideAndDistractor()
    {
        // Two pairs with the same right side: either copy is right. An empty left side only adds an option.
        const Question q = question(QStringLiteral("Q {=cat -> animal =dog -> animal =oak -> tree = -> stone}"));
        QCOMPARE(gradeAnswer(q, matched({1, 0, 2, -1})).score, 1.0);
        QCOMPARE(gradeAnswer(q, matched({0, 1, 3, 0})).score, 2.0 / 3);
        // Pair by pair, for the feedback: the distractor is not asked about.
        QCOMPARE(askedPairs(q), (QList<qsizetype>{0, 1, 2}));
        const QuizAnswer answer = matched({1, 3, 2, -1});
        QVERIFY(matchIsRight(q, answer, 0));    // the other "animal"
        QVERIFY(!matchIsRight(q, answer, 1));   // "stone"
        QVERIFY(matchIsRight(q, answer, 2));
        QVERIFY(!matchIsRight(q, matched({0}), 1));   // nothing put there
    }

    void numerical()
    {
        const Question q = question(QStringLiteral("Q {#=1822:0 #Exactly. =%50%1822:2 #Close. ~#Look it up.}"));
        Grade g = gradeAnswer(q, number(1822));
        QCOMPARE(g.score, 1.0);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("Exactly.")});
        g = gradeAnswer(q, number(1820));   // the edge of the tolerance counts
        QCOMPARE(g.score, 0.5);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("Close.")});
        g = gradeAnswer(q, number(1900));
        QCOMPARE(g.score, 0.0);
        QCOMPARE(g.feedback, QStringList{QStringLiteral("Look it up.")});
        // No number typed: no credit.
        QuizAnswer none;
        QCOMPARE(gradeAnswer(q, none).score, 0.0);
    }

    void numericalRangeAndRounding()
    {
        const Question range = question(QStringLiteral("Q {#1..3}"));
        QCOMPARE(gradeAnswer(range, number(1)).score, 1.0);
        QCOMPARE(gradeAnswer(range, number(3)).score, 1.0);
        QCOMPARE(gradeAnswer(range, number(3.01)).score, 0.0);
        QCOMPARE(gradeAnswer(range, number(0.99)).score, 0.0);
        // 0.1 + 0.2 is not exactly 0.3 in binary; an exact answer of 0.3 still accepts it.
        QCOMPARE(gradeAnswer(question(QStringLiteral("Q {#0.3}")), number(0.1 + 0.2)).score, 1.0);
    }

    void essayAndDescriptionAreNotGraded()
    {
        const Question essay = question(QStringLiteral("Q {####Think.}"));
        const Grade g = gradeAnswer(essay, typed(QStringLiteral("My essay")));
        QVERIFY(!g.graded);
        QCOMPARE(g.score, 0.0);
        QVERIFY(!g.correct);
        QCOMPARE(g.generalFeedback, QStringLiteral("Think."));
        QVERIFY(!gradeAnswer(question(QStringLiteral("Just read this.")), QuizAnswer{}).graded);
    }

    void generalFeedbackAlwaysShown()
    {
        const Question q = question(QStringLiteral("Q {=a #1 ~b #2 ####Because.}"));
        QCOMPARE(gradeAnswer(q, picked({0})).generalFeedback, QStringLiteral("Because."));
        QCOMPARE(gradeAnswer(q, picked({1})).generalFeedback, QStringLiteral("Because."));
    }
};

QTEST_GUILESS_MAIN(TestGrader)
#include "tst_grader.moc"
