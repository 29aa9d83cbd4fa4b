// The progress store's days: streaks over a month end and both DST changes (the learner's calendar
// dates count, not 24-hour periods), and the recent activity, newest first.
#include "progressstorecase.h"

#include <QTimeZone>

class TestProgressDays : public ProgressStoreCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { pinTimeZone(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

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
};

QTEST_GUILESS_MAIN(TestProgressDays)
#include "tst_progressdays.moc"
