// The real-time driver: its timer aims at the next visible change, so with an ordinary timer lateness
// every phase change is noticed within a frame; after a stall it catches up in order; it runs on a
// real QTimer too.
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include "breathing/breathingrules.h"
#include "breathing/breathingsessiondriver.h"
#include "breathing/fakeclock.h"
#include "breathing/scaledclock.h"
#include "breathing/steadyclock.h"
#include "breathingtesthelpers.h"

#include <cmath>
#include <limits>

using State = BreathingEngine::State;

class TestBreathingDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wakesUpForEveryPhaseAndSecond_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : BreathingTest::builtInIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    // The timer is simulated: the fake clock jumps to where the timer is aimed plus a timer's usual
    // lateness (0..8 ms), with one 3 s stall.
    void wakesUpForEveryPhaseAndSecond()
    {
        QFETCH(QString, id);
        const BreathingPattern pattern = BreathingTest::builtIn(id);
        const int cycles = BreathingRules::cyclesFor(pattern, 120, 0);
        FakeClock clock(42);
        BreathingSessionDriver driver(&clock);
        QList<BreathingPhaseChange> changes;
        connect(&driver, &BreathingSessionDriver::phaseStarted, this,
                [&changes](const BreathingPhaseChange &change) { changes.append(change); });
        QSignalSpy finished(&driver, &BreathingSessionDriver::finished);

        driver.prepare(pattern, cycles);
        QCOMPARE(driver.nextDueMs(), -1);
        driver.start();
        QCOMPARE(changes.size(), 1);   // the first phase starts at once
        QCOMPARE(changes.at(0).lateMs(), 0);

        QRandomGenerator random(qHash(id));
        qint64 stallAt = 60'000;
        qint64 lastShownSession = std::llround(std::ceil(double(driver.engine()->sessionRemainingMs()) / 1000.0));
        qint64 maxLate = 0;
        while (finished.isEmpty()) {
            const qint64 due = driver.nextDueMs();
            QVERIFY(due > 0);
            QVERIFY(due > clock.nowMs() - 1);
            qint64 late = random.bounded(0, 9);
            bool stalled = false;
            if (clock.nowMs() - 42 > stallAt) {
                late = 3000;
                stalled = true;
                stallAt = std::numeric_limits<qint64>::max();
            }
            const qsizetype before = changes.size();
            clock.setNowMs(due + late);
            driver.refresh();
            for (qsizetype i = before; i < changes.size(); ++i) {
                if (!stalled)
                    maxLate = qMax(maxLate, changes.at(i).lateMs());
            }
            // Without a stall the countdown moves one second at a time: no second is skipped.
            const qint64 shown = std::llround(std::ceil(double(driver.engine()->sessionRemainingMs()) / 1000.0));
            if (!stalled)
                QVERIFY2(lastShownSession - shown <= 1, qPrintable(QStringLiteral("%1 -> %2").arg(lastShownSession).arg(shown)));
            lastShownSession = shown;
        }
        QVERIFY2(maxLate <= 8, qPrintable(QString::number(maxLate)));
        QCOMPARE(changes.size(), qsizetype(cycles) * pattern.phases.size());
        for (qsizetype i = 0; i < changes.size(); ++i)
            QCOMPARE(changes.at(i).number, i);
        QCOMPARE(driver.engine()->state(), State::Finished);
        QCOMPARE(driver.nextDueMs(), -1);
    }

    void pauseResumeStop()
    {
        FakeClock clock;
        BreathingSessionDriver driver(&clock);
        QSignalSpy stateChanged(&driver, &BreathingSessionDriver::stateChanged);
        QSignalSpy finished(&driver, &BreathingSessionDriver::finished);
        driver.prepare(BreathingTest::builtIn(QStringLiteral("box")), 2);
        driver.start();
        clock.advanceMs(4100);
        driver.pause();   // reports the hold that began before the pause
        QCOMPARE(driver.engine()->phaseIndex(), 1);
        QCOMPARE(driver.engine()->state(), State::Paused);
        QCOMPARE(driver.nextDueMs(), -1);
        clock.advanceMs(30'000);
        driver.refresh();
        QCOMPARE(driver.engine()->elapsedMs(), 4100);
        driver.resume();
        QCOMPARE(driver.nextDueMs(), 30'000 + 5000);   // the next whole second of the countdowns
        clock.advanceMs(1000);
        driver.refresh();
        QCOMPARE(driver.engine()->elapsedMs(), 5100);
        const int before = int(stateChanged.size());
        driver.stop();
        QCOMPARE(driver.engine()->state(), State::Stopped);
        QCOMPARE(int(stateChanged.size()), before + 1);
        QCOMPARE(driver.nextDueMs(), -1);
        QVERIFY(finished.isEmpty());
        driver.prepare(BreathingTest::builtIn(QStringLiteral("box")), 1);   // a new session
        QCOMPARE(driver.engine()->state(), State::Ready);
    }

    // A real QTimer on a steady clock sped up 20 times: one box cycle in 0.8 s.
    void runsOnARealTimer()
    {
        SteadyClock steady;
        ScaledClock fast(steady, 20.0);
        BreathingSessionDriver driver(&fast);
        QList<BreathingPhaseChange> changes;
        connect(&driver, &BreathingSessionDriver::phaseStarted, this,
                [&changes](const BreathingPhaseChange &change) { changes.append(change); });
        QSignalSpy finished(&driver, &BreathingSessionDriver::finished);
        driver.prepare(BreathingTest::builtIn(QStringLiteral("box")), 1);
        driver.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(changes.size(), 4);
        const QList<BreathingTest::ExpectedPhase> expected = BreathingTest::schedule(BreathingTest::builtIn(QStringLiteral("box")), 1);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(changes.at(i).kind, expected.at(i).kind);
            QCOMPARE(changes.at(i).scheduledMs - changes.at(0).scheduledMs, qRound64(expected.at(i).startMs));
            // Generous: 20x clock time, on a shared machine.
            QVERIFY2(changes.at(i).lateMs() < 20 * 100, qPrintable(QString::number(changes.at(i).lateMs())));
        }
    }
};

QTEST_GUILESS_MAIN(TestBreathingDriver)
#include "tst_breathingdriver.moc"
