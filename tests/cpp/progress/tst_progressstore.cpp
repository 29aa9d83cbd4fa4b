// Every figure the progress store derives from lessons and quizzes, against a real SQLite file in a
// temporary directory; its days and streaks are in tst_progressdays, its exports in tst_progressexport.
#include "progressstorecase.h"

#include <QDir>

class TestProgressStore : public ProgressStoreCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { pinTimeZone(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void lessonsFollowTheCurrentCourse()
    {
        for (const char *lesson : {"a", "b", "c"})
            QVERIFY(complete(QStringLiteral("m1"), QLatin1String(lesson), 60, local(1, 10, 9)));
        QVERIFY(m_store->recordLessonOpened(course, QStringLiteral("m2"), QStringLiteral("e"), local(1, 10, 10)));

        const Structure v1{{QStringLiteral("m1"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {}},
                           {QStringLiteral("m2"), {QStringLiteral("e")}, {}}};
        auto progress = m_store->moduleProgress(course, v1, 80);
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress[0].lessonsDone, 3);
        QCOMPARE(progress[0].lessonsTotal, 3);
        QCOMPARE(progress[0].percentComplete, 100.0);
        QVERIFY(progress[0].mastered); // no quiz: all lessons done is mastery
        QCOMPARE(progress[1].lessonsDone, 0); // opened is not done
        QStringList done = m_store->completedLessons(course, QStringLiteral("m1"));
        done.sort();
        QCOMPARE(done, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(m_store->completedLessons(QStringLiteral("other-course"), QStringLiteral("m1")).isEmpty());

        // The new version of the course removes b, adds d, and moves c to m2.
        const Structure v2{{QStringLiteral("m1"), {QStringLiteral("a"), QStringLiteral("d")}, {}},
                           {QStringLiteral("m2"), {QStringLiteral("e"), QStringLiteral("c")}, {}}};
        progress = m_store->moduleProgress(course, v2, 80);
        QCOMPARE(progress[0].lessonsDone, 1);
        QCOMPARE(progress[0].lessonsTotal, 2);
        QCOMPARE(progress[0].percentComplete, 50.0);
        QVERIFY(!progress[0].mastered);
        QCOMPARE(progress[0].secondsSpent, 60); // b's minute no longer counts here...
        QCOMPARE(progress[1].lessonsDone, 1);   // ...and c counts where it is now
        QCOMPARE(progress[1].secondsSpent, 60);
        QCOMPARE(m_store->courseCompletion(course, v2, 80), 50.0);
        // ...but b's history is kept.
        bool foundB = false;
        for (const auto &a : m_store->recentActivity(100))
            foundB = foundB || (a.itemId == QStringLiteral("b") && a.kind == QStringLiteral("lesson_completed"));
        QVERIFY(foundB);
    }

    void quizScoresAttemptsAndMastery()
    {
        const Structure s{{QStringLiteral("m1"), {QStringLiteral("a"), QStringLiteral("b")},
                           {QStringLiteral("q1"), QStringLiteral("q2")}}};
        auto p = m_store->moduleProgress(course, s, 80).value(0);
        QVERIFY(p.hasQuiz);
        QVERIFY(!p.bestScore && !p.lastScore);
        QCOMPARE(p.attempts, 0);
        QVERIFY(!p.lastActivity.isValid());

        QVERIFY(quiz(QStringLiteral("m1"), 60, 100, local(2, 1, 9)) > 0);
        QVERIFY(quiz(QStringLiteral("m1"), 90, 120, local(2, 2, 9)) > 0);
        QVERIFY(quiz(QStringLiteral("m1"), 70, 80, local(2, 3, 9)) > 0);
        // An attempt started but not finished is not an attempt yet.
        QVERIFY(m_store->startQuizAttempt(course, QStringLiteral("m1"), QStringLiteral("m1-quiz"), local(2, 4, 9)) > 0);

        p = m_store->moduleProgress(course, s, 80).value(0);
        QCOMPARE(p.attempts, 3);
        QCOMPARE(p.bestScore.value_or(-1), 90.0);
        QCOMPARE(p.lastScore.value_or(-1), 70.0);
        QVERIFY(p.quizPassed);
        QVERIFY(!p.mastered); // lessons not done yet
        QCOMPARE(p.percentComplete, 100.0 / 3);
        QCOMPARE(p.secondsSpent, 300);
        QCOMPARE(p.lastActivity, local(2, 4, 9));
        QVERIFY(!m_store->moduleProgress(course, s, 95).value(0).quizPassed); // the current pass mark decides

        QVERIFY(complete(QStringLiteral("m1"), QStringLiteral("a"), 30, local(2, 5, 9)));
        QVERIFY(complete(QStringLiteral("m1"), QStringLiteral("b"), 45, local(2, 5, 10)));
        QVERIFY(complete(QStringLiteral("m1"), QStringLiteral("b"), 15, local(2, 6, 10))); // a second reading
        p = m_store->moduleProgress(course, s, 80).value(0);
        QCOMPARE(p.lessonsDone, 2);
        QVERIFY(p.mastered);
        QCOMPARE(p.percentComplete, 100.0);
        QCOMPARE(p.secondsSpent, 300 + 30 + 45 + 15);
        QCOMPARE(p.lastActivity, local(2, 6, 10));
        QVERIFY(!m_store->moduleProgress(course, s, 95).value(0).mastered);
    }

    void questionsFollowTheCurrentQuiz()
    {
        const qint64 id = m_store->startQuizAttempt(course, QStringLiteral("m1"), QStringLiteral("quiz"), local(3, 1, 9));
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("q1"), 1.0, QStringLiteral("{}"), local(3, 1, 9)));
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("q2"), 0.5, QStringLiteral("{}"), local(3, 1, 9)));
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("q3"), 1.0, QStringLiteral("{}"), local(3, 1, 9)));
        // q3 removed, q4 new.
        const Structure s{{QStringLiteral("m1"), {},
                           {QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q4")}}};
        const auto p = m_store->moduleProgress(course, s, 80).value(0);
        QCOMPARE(p.questionsTotal, 3);
        QCOMPARE(p.questionsCorrect, 1);
    }

    void resumePointKinds()
    {
        QCOMPARE(m_store->resumePoint(course).kind, Kind::None);
        QVERIFY(m_store->recordLessonOpened(course, QStringLiteral("m1"), QStringLiteral("a"), local(4, 1, 9)));
        auto r = m_store->resumePoint(course);
        QCOMPARE(r.kind, Kind::Lesson);
        QCOMPARE(r.moduleId, QStringLiteral("m1"));
        QCOMPARE(r.lessonId, QStringLiteral("a"));
        QCOMPARE(r.cardIndex, 0);
        QCOMPARE(r.at, local(4, 1, 9));
        QVERIFY(m_store->recordCardReached(course, QStringLiteral("m1"), QStringLiteral("a"), 3, local(4, 1, 9, 2)));
        QCOMPARE(m_store->resumePoint(course).cardIndex, 3);
        QVERIFY(m_store->recordLessonCompleted(course, QStringLiteral("m1"), QStringLiteral("a"), 90, local(4, 1, 9, 3)));
        QCOMPARE(m_store->resumePoint(course).kind, Kind::None); // a completed lesson is no resume point
        QCOMPARE(m_store->resumePoint(QStringLiteral("other-course")).kind, Kind::None);

        // An unfinished lesson, then a quiz started later: the quiz is the most recent.
        QVERIFY(m_store->recordCardReached(course, QStringLiteral("m1"), QStringLiteral("b"), 2, local(4, 2, 9)));
        const qint64 abandoned = m_store->startQuizAttempt(course, QStringLiteral("m2"), QStringLiteral("q"), local(4, 2, 10));
        const qint64 attempt = m_store->startQuizAttempt(course, QStringLiteral("m2"), QStringLiteral("q"), local(4, 2, 11));
        QVERIFY(abandoned > 0 && attempt > abandoned);
        QVERIFY(m_store->recordQuizAnswer(attempt, QStringLiteral("x"), 1, QStringLiteral("{\"c\":1}"), local(4, 2, 11, 1)));
        QVERIFY(m_store->recordQuizAnswer(attempt, QStringLiteral("y"), 0, QStringLiteral("{\"c\":2}"), local(4, 2, 11, 2)));
        r = m_store->resumePoint(course);
        QCOMPARE(r.kind, Kind::Quiz);
        QCOMPARE(r.attemptId, attempt);
        QCOMPARE(r.moduleId, QStringLiteral("m2"));
        QCOMPARE(r.answeredQuestionIds, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(r.at, local(4, 2, 11, 2));

        QVERIFY(m_store->finishQuizAttempt(attempt, 50, false, 60, local(4, 2, 11, 3)));
        r = m_store->resumePoint(course); // the abandoned attempt does not come back
        QCOMPARE(r.kind, Kind::Lesson);
        QCOMPARE(r.lessonId, QStringLiteral("b"));
        QCOMPARE(r.cardIndex, 2);
    }

    void lastCardReached()
    {
        const QString m = QStringLiteral("m1"), l = QStringLiteral("a");
        QCOMPARE(m_store->lastCardReached(course, m, l), -1);
        QVERIFY(m_store->recordLessonOpened(course, m, l, local(5, 1, 9)));
        QCOMPARE(m_store->lastCardReached(course, m, l), 0);
        QVERIFY(m_store->recordCardReached(course, m, l, 4, local(5, 1, 9, 1)));
        QVERIFY(m_store->recordCardReached(course, m, l, 2, local(5, 1, 9, 2))); // went back: last, not furthest
        QVERIFY(m_store->recordLessonOpened(course, m, l, local(5, 1, 10)));     // reopened: keeps its place
        QCOMPARE(m_store->lastCardReached(course, m, l), 2);
        QVERIFY(m_store->recordLessonCompleted(course, m, l, 60, local(5, 1, 10, 5)));
        QCOMPARE(m_store->lastCardReached(course, m, l), -1);
        QVERIFY(m_store->recordLessonOpened(course, m, l, local(5, 2, 9))); // review: starts at the top
        QCOMPARE(m_store->lastCardReached(course, m, l), 0);
    }

    void attemptAnswersAndBadWrites()
    {
        const qint64 id = m_store->startQuizAttempt(course, QStringLiteral("m1"), QStringLiteral("q"), local(6, 1, 9));
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("q1"), 0, QStringLiteral("[1]"), local(6, 1, 9)));
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("q2"), 1, QStringLiteral("[2]"), local(6, 1, 9)));
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("q1"), 1, QStringLiteral("[3]"), local(6, 1, 9))); // changed
        using Answer = std::pair<QString, QString>;
        QCOMPARE(m_store->attemptAnswers(id), (QList<Answer>{{QStringLiteral("q1"), QStringLiteral("[3]")},
                                                             {QStringLiteral("q2"), QStringLiteral("[2]")}}));
        QVERIFY(m_store->attemptAnswers(id + 100).isEmpty());

        QVERIFY(!m_store->recordQuizAnswer(id + 100, QStringLiteral("q1"), 1, {}, local(6, 1, 9)));
        QVERIFY(m_store->lastError().contains(QStringLiteral("no quiz attempt")));
        QVERIFY(!m_store->recordQuizAnswer(id, QStringLiteral("q3"), 1.5, {}, local(6, 1, 9)));
        QVERIFY(!m_store->lastError().isEmpty());
        QVERIFY(m_store->finishQuizAttempt(id, 75, false, 30, local(6, 1, 10)));
        QVERIFY(m_store->lastError().isEmpty()); // a success clears it
        QVERIFY(!m_store->finishQuizAttempt(id, 75, false, 30, local(6, 1, 10)));
        QVERIFY(m_store->lastError().contains(QStringLiteral("already finished")));
        QVERIFY(!m_store->recordQuizAnswer(id, QStringLiteral("q3"), 1, {}, local(6, 1, 11)));
        QVERIFY(!m_store->recordLessonOpened(course, {}, QStringLiteral("a"), local(6, 1, 9)));
        QVERIFY(!m_store->recordCardReached(course, QStringLiteral("m"), QStringLiteral("a"), -1, local(6, 1, 9)));
        QVERIFY(!m_store->recordBreathingSession(QStringLiteral("box"), 10, true, QDateTime()));
        QCOMPARE(m_store->recentActivity(100).size(), 5); // start, 3 answers, finish: nothing else got in

        ProgressStore closed;
        QVERIFY(!closed.recordLessonOpened(course, QStringLiteral("m"), QStringLiteral("a")));
        QVERIFY(!closed.lastError().isEmpty());
        QCOMPARE(closed.startQuizAttempt(course, QStringLiteral("m"), QStringLiteral("q")), qint64(-1));
    }

    void resetKeepsTheSchema()
    {
        const qint64 before = quiz(QStringLiteral("m1"), 90, 60, local(8, 1, 9));
        QVERIFY(complete(QStringLiteral("m1"), QStringLiteral("a"), 60, local(8, 1, 10)));
        QVERIFY(m_store->recordBreathingSession(QStringLiteral("box"), 60, true, local(8, 1, 11)));
        QVERIFY(m_store->reset());
        const Structure s{{QStringLiteral("m1"), {QStringLiteral("a")}, {QStringLiteral("q")}}};
        const auto p = m_store->moduleProgress(course, s, 80).value(0);
        QCOMPARE(p.lessonsDone, 0);
        QCOMPARE(p.attempts, 0);
        QVERIFY(!p.bestScore);
        QCOMPARE(m_store->streakDays(QDate(2026, 8, 1)), 0);
        QCOMPARE(m_store->breathingSeconds(), 0);
        QVERIFY(m_store->recentActivity(10).isEmpty());
        QCOMPARE(m_store->resumePoint(course).kind, Kind::None);
        // Still usable; an attempt id from before the reset never comes back.
        QVERIFY(quiz(QStringLiteral("m1"), 50, 60, local(8, 2, 9)) > before);
        QCOMPARE(m_store->recentActivity(10).size(), 2);
    }

    void survivesReopening()
    {
        QVERIFY(complete(QStringLiteral("m1"), QStringLiteral("a"), 60, local(9, 1, 9)));
        QVERIFY(m_store->recordCardReached(course, QStringLiteral("m1"), QStringLiteral("b"), 5, local(9, 1, 10)));
        m_store->close();
        QVERIFY(!m_store->recordLessonOpened(course, QStringLiteral("m1"), QStringLiteral("c")));

        ProgressStore again; // a second instance: its own connection name
        QVERIFY(again.connectionName() != m_store->connectionName());
        const auto opened = again.open(m_dir->path());
        QCOMPARE(opened.status, ProgressStore::OpenResult::Status::Ok);
        QVERIFY(opened.message.isEmpty());
        QCOMPARE(again.filePath(), QDir(m_dir->path()).absoluteFilePath(QStringLiteral("progress.db")));
        const Structure s{{QStringLiteral("m1"), {QStringLiteral("a"), QStringLiteral("b")}, {}}};
        QCOMPARE(again.moduleProgress(course, s, 80).value(0).lessonsDone, 1);
        QCOMPARE(again.lastCardReached(course, QStringLiteral("m1"), QStringLiteral("b")), 5);
    }
};

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
