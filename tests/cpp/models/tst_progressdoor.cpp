// ProgressTracker is the one door for writes to the learner's record: a write through it moves the
// revision (the screens follow it), a refused one becomes the notice; the models only read the store.
// The breathing session records itself through the door, once per started session.
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "progresstracker.h"
#include "breathing/fakeclock.h"
#include "breathingsessionmodel.h"
#include "review/fsrsscheduler.h"

#include <memory>
#include <type_traits>
#include <utility>

// A model holds a ProgressTracker; what store() gives it must not be writable, so a write that goes
// around the door does not compile.
static_assert(std::is_const_v<std::remove_reference_t<decltype(std::declval<ProgressTracker &>().store())>>,
              "ProgressTracker::store() is read-only: writes go through the tracker");

class TestProgressDoor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProgressTracker> m_progress;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(QDir(m_dir.path()).removeRecursively() && QDir().mkpath(m_dir.path()));
        m_progress = std::make_unique<ProgressTracker>();
        m_progress->open(m_dir.path());
        QVERIFY(m_progress->notice().isEmpty());
    }

    void cleanup() { m_progress.reset(); }

    // Every kind of write moves the revision once and says so (changed); none leaves a notice.
    void everyWriteMovesTheRevision()
    {
        ProgressTracker &progress = *m_progress;
        QSignalSpy changed(&progress, &ProgressTracker::changed);
        int revision = progress.revision();
        const auto moved = [&] {
            const bool ok = progress.revision() == revision + 1 && changed.size() == 1 && progress.notice().isEmpty();
            revision = progress.revision();
            changed.clear();
            return ok;
        };
        const QString c = QStringLiteral("kurs"), m = QStringLiteral("modul"), l = QStringLiteral("lektion");
        QVERIFY(progress.recordLessonOpened(c, m, l));
        QVERIFY(moved());
        QVERIFY(progress.recordCardReached(c, m, l, 2));
        QVERIFY(moved());
        QVERIFY(progress.recordLessonCompleted(c, m, l, 40));
        QVERIFY(moved());
        const qint64 attempt = progress.startQuizAttempt(c, m, m);
        QVERIFY(attempt > 0);
        QVERIFY(moved());
        QVERIFY(progress.recordQuizAnswer(attempt, QStringLiteral("q1"), 1, QStringLiteral("{}")));
        QVERIFY(moved());
        QVERIFY(progress.finishQuizAttempt(attempt, 100, true, 30));
        QVERIFY(moved());
        QVERIFY(progress.recordBreathing(QStringLiteral("box"), 60, true));
        QVERIFY(moved());
        FsrsScheduler scheduler;
        const ReviewRecorder::Answer answer{c, m, QStringLiteral("q1"), QStringLiteral("single"), 1, true, 4000,
                                            QStringLiteral("quiz")};
        QVERIFY(progress.recordReview(scheduler, answer, QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(moved());
        QCOMPARE(progress.store().reviewHistoryLength(c, QStringLiteral("q1")), 1);
        QCOMPARE(progress.store().completedLessons(c, m), QStringList{l});
        QCOMPARE(progress.breathingMinutes(), 1);
        QVERIFY(progress.deleteCourseProgress(c));
        QVERIFY(moved());
        QVERIFY(progress.store().completedLessons(c, m).isEmpty());
        QVERIFY(progress.resetAll());
        QVERIFY(moved());
        QCOMPARE(progress.breathingMinutes(), 0);
    }

    // A write the store refuses is said in the notice, in the store's words, and moves nothing; the
    // next good write still goes through, and the notice stays until dismissed.
    void aRefusedWriteShowsTheNotice()
    {
        ProgressTracker &progress = *m_progress;
        QSignalSpy changed(&progress, &ProgressTracker::changed);
        QSignalSpy noticeChanged(&progress, &ProgressTracker::noticeChanged);
        const int revision = progress.revision();
        QVERIFY(!progress.recordLessonOpened(QString(), QStringLiteral("modul"), QStringLiteral("lektion")));
        QCOMPARE(progress.revision(), revision);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(noticeChanged.size(), 1);
        QVERIFY(!progress.notice().isEmpty());
        QCOMPARE(progress.notice(), progress.store().lastError());
        QVERIFY(progress.notice().contains(QStringLiteral("course id")));

        QCOMPARE(progress.startQuizAttempt(QStringLiteral("kurs"), QStringLiteral("modul"), QString()), qint64(-1));
        QVERIFY(progress.notice().contains(QStringLiteral("quiz id")));
        QVERIFY(!progress.finishQuizAttempt(999, 50, false, 10));   // no such attempt
        QVERIFY(progress.notice().contains(QStringLiteral("999")));
        QCOMPARE(progress.revision(), revision);

        QVERIFY(progress.recordBreathing(QStringLiteral("box"), 60, true));
        QCOMPARE(progress.revision(), revision + 1);
        QVERIFY(!progress.notice().isEmpty());   // the learner has not read it yet
        progress.dismissNotice();
        QVERIFY(progress.notice().isEmpty());
    }

    // A store that could not be opened at all: every write says so, none crashes.
    void aStoreThatIsNotOpenSaysSo()
    {
        ProgressTracker closed;
        QVERIFY(!closed.recordLessonCompleted(QStringLiteral("kurs"), QStringLiteral("modul"), QStringLiteral("l"), 5));
        QVERIFY(!closed.notice().isEmpty());
        QCOMPARE(closed.revision(), 0);
    }

    // No breathing time is nothing to record, and not a failure.
    void noSecondsIsNotRecorded()
    {
        const int revision = m_progress->revision();
        QVERIFY(m_progress->recordBreathing(QStringLiteral("box"), 0, false));
        QCOMPARE(m_progress->revision(), revision);
        QVERIFY(m_progress->notice().isEmpty());
        QVERIFY(m_progress->store().recentActivity(5).isEmpty());
    }

    // The breathing session records in C++: once when it runs to its end, once when it is stopped,
    // never again for the same session; without a tracker it records nowhere.
    void breathingSessionRecordsOnce()
    {
        FakeClock clock(1000);
        BreathingSessionModel session;
        session.setClock(&clock);
        session.setPatternId(QStringLiteral("box"));
        session.setCycles(2);
        session.setProgress(m_progress.get());
        QSignalSpy changed(m_progress.get(), &ProgressTracker::changed);

        session.start();
        clock.advanceMs(40'000);
        session.refresh();
        QCOMPARE(session.status(), BreathingSessionModel::Finished);
        QCOMPARE(changed.size(), 1);
        session.stop();   // over already
        QCOMPARE(changed.size(), 1);
        auto recent = m_progress->store().recentActivity(5);
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.at(0).kind, QStringLiteral("breathing"));
        QCOMPARE(recent.at(0).itemId, QStringLiteral("box"));
        QCOMPARE(recent.at(0).value, 32.0);

        session.start();
        clock.advanceMs(5500);
        session.refresh();
        session.stop();   // the learner leaves mid-exercise
        session.stop();
        QCOMPARE(changed.size(), 2);
        recent = m_progress->store().recentActivity(5);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).value, 5.0);

        session.setProgress(nullptr);
        session.start();
        clock.advanceMs(5500);
        session.refresh();
        session.stop();
        QCOMPARE(m_progress->store().recentActivity(5).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProgressDoor)
#include "tst_progressdoor.moc"
