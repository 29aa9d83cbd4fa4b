// The breathing engine on a fake clock: phase order and lengths for every built-in pattern, pause and
// resume, stop, finishing, breath levels.
#include <QTest>

#include "breathing/breathingengine.h"
#include "breathing/breathingrules.h"
#include "breathing/fakeclock.h"
#include "breathingtesthelpers.h"

using Kind = BreathingPhase::Kind;
using State = BreathingEngine::State;

class TestBreathingEngine : public QObject
{
    Q_OBJECT

private:
    void addBuiltInRows()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : BreathingTest::builtInIds())
            QTest::newRow(qPrintable(id)) << id;
    }

private Q_SLOTS:
    void builtInPatterns()
    {
        const QList<BreathingPattern> all = BuiltInBreathingPatterns::all();
        QCOMPARE(all.size(), 4);
        const QStringList ids = BreathingTest::builtInIds();
        QCOMPARE(ids, (QStringList{QStringLiteral("box"), QStringLiteral("4-7-8"), QStringLiteral("coherent"), QStringLiteral("sigh")}));

        const BreathingPattern box = BreathingTest::builtIn(QStringLiteral("box"));
        QCOMPARE(box.phases.size(), 4);
        QCOMPARE(box.cycleSeconds(), 16.0);
        const BreathingPattern fse = BreathingTest::builtIn(QStringLiteral("4-7-8"));
        QCOMPARE(fse.cycleSeconds(), 19.0);
        QCOMPARE(fse.phases.at(1).kind, Kind::HoldIn);
        const BreathingPattern coherent = BreathingTest::builtIn(QStringLiteral("coherent"));
        QCOMPARE(coherent.phases.size(), 2);
        QCOMPARE(coherent.phases.at(0).seconds, 5.5);
        QCOMPARE(coherent.phases.at(1).seconds, 5.5);
        const BreathingPattern sigh = BreathingTest::builtIn(QStringLiteral("sigh"));
        QCOMPARE(sigh.phases.size(), 3);
        QCOMPARE(sigh.phases.at(0).kind, Kind::Inhale);   // two inhales in a row
        QCOMPARE(sigh.phases.at(1).kind, Kind::Inhale);
        QCOMPARE(sigh.phases.at(2).kind, Kind::Exhale);
        QVERIFY(sigh.phases.at(1).seconds < 2);
        for (const BreathingPattern &pattern : all) {
            QVERIFY(!pattern.title.isEmpty());
            QVERIFY(!pattern.description.isEmpty());
        }
    }

    void phaseOrderAndDurations_data() { addBuiltInRows(); }
    void phaseOrderAndDurations()
    {
        QFETCH(QString, id);
        const BreathingPattern pattern = BreathingTest::builtIn(id);
        FakeClock clock(5000);
        BreathingEngine engine(clock, pattern, 2);
        QVERIFY(engine.isValid());
        QCOMPARE(engine.state(), State::Ready);
        QCOMPARE(engine.totalMs(), qint64(2 * pattern.cycleSeconds() * 1000));
        QCOMPARE(engine.phaseIndex(), -1);
        QCOMPARE(engine.cycle(), 0);

        engine.start();
        QList<BreathingPhaseChange> changes;
        bool finished = false;
        // One update per millisecond: every change is noticed on time, to the millisecond.
        while (!finished) {
            const BreathingEngine::Update update = engine.update();
            changes.append(update.changes);
            finished = update.finished;
            if (!finished)
                clock.advanceMs(1);
        }
        const QList<BreathingTest::ExpectedPhase> expected = BreathingTest::schedule(pattern, 2);
        QCOMPARE(changes.size(), expected.size());
        for (int i = 0; i < changes.size(); ++i) {
            QCOMPARE(changes.at(i).number, i);
            QCOMPARE(changes.at(i).kind, expected.at(i).kind);
            QCOMPARE(changes.at(i).phaseIndex, expected.at(i).phaseIndex);
            QCOMPARE(changes.at(i).cycle, expected.at(i).cycle);
            QCOMPARE(changes.at(i).scheduledMs, 5000 + qRound64(expected.at(i).startMs));
            QCOMPARE(changes.at(i).lateMs(), 0);
        }
        QCOMPARE(clock.nowMs(), 5000 + engine.totalMs());
        QCOMPARE(engine.state(), State::Finished);
        QCOMPARE(engine.sessionRemainingMs(), 0);
        QCOMPARE(engine.cycle(), 2);
        QCOMPARE(engine.phaseProgress(), 1.0);
        QVERIFY(engine.update().changes.isEmpty());   // nothing after the end
    }

    void progressAndCountdowns()
    {
        FakeClock clock;
        BreathingEngine engine(clock, BreathingTest::builtIn(QStringLiteral("4-7-8")), 1);
        engine.start();
        clock.advanceMs(1000);
        engine.update();
        QCOMPARE(engine.phaseKind(), Kind::Inhale);
        QCOMPARE(engine.phaseProgress(), 0.25);
        QCOMPARE(engine.phaseRemainingMs(), 3000);
        QCOMPARE(engine.sessionRemainingMs(), 18000);
        clock.advanceMs(3000 + 3500);   // half-way through the 7 s hold
        engine.update();
        QCOMPARE(engine.phaseKind(), Kind::HoldIn);
        QCOMPARE(engine.phaseProgress(), 0.5);
        QCOMPARE(engine.phaseDurationMs(), 7000);
        QCOMPARE(engine.elapsedMs(), 7500);
    }

    void pauseAndResume_data() { addBuiltInRows(); }
    void pauseAndResume()
    {
        QFETCH(QString, id);
        const BreathingPattern pattern = BreathingTest::builtIn(id);
        FakeClock clock;
        BreathingEngine engine(clock, pattern, 1);
        engine.start();
        const qint64 firstLength = BreathingRules::phaseMs(pattern.phases.at(0).seconds);
        clock.advanceMs(firstLength / 2);
        engine.update();
        const double progressBefore = engine.phaseProgress();

        engine.pause();
        QCOMPARE(engine.state(), State::Paused);
        clock.advanceMs(60'000);   // a minute away: no time counts, no phase passes
        const BreathingEngine::Update whilePaused = engine.update();
        QVERIFY(whilePaused.changes.isEmpty());
        QCOMPARE(engine.phaseIndex(), 0);
        QCOMPARE(engine.phaseProgress(), progressBefore);
        QCOMPARE(engine.elapsedMs(), firstLength / 2);
        QCOMPARE(engine.pausedTotalMs(), 60'000);

        engine.resume();
        QCOMPARE(engine.state(), State::Running);
        QList<BreathingPhaseChange> changes;
        while (engine.state() == State::Running) {
            clock.advanceMs(1);
            changes.append(engine.update().changes);
        }
        QCOMPARE(engine.state(), State::Finished);
        // The rest of the schedule moved by exactly the pause.
        const QList<BreathingTest::ExpectedPhase> expected = BreathingTest::schedule(pattern, 1);
        QCOMPARE(changes.size(), expected.size() - 1);
        for (int i = 0; i < changes.size(); ++i)
            QCOMPARE(changes.at(i).scheduledMs, qRound64(expected.at(i + 1).startMs) + 60'000);
        QCOMPARE(clock.nowMs(), engine.totalMs() + 60'000);
    }

    void pauseAtABoundaryReportsItBeforeThePause()
    {
        FakeClock clock;
        BreathingEngine engine(clock, BreathingTest::builtIn(QStringLiteral("box")), 1);
        engine.start();
        engine.update();
        clock.advanceMs(4000);   // exactly at the hold, not yet reported
        engine.pause();
        clock.advanceMs(10'000);
        const BreathingEngine::Update update = engine.update();
        QCOMPARE(update.changes.size(), 1);
        QCOMPARE(update.changes.at(0).kind, Kind::HoldIn);
        QCOMPARE(update.changes.at(0).scheduledMs, 4000);
    }

    void stop()
    {
        FakeClock clock;
        BreathingEngine engine(clock, BreathingTest::builtIn(QStringLiteral("box")), 4);
        engine.stop();   // not started: nothing to stop
        QCOMPARE(engine.state(), State::Ready);
        engine.start();
        clock.advanceMs(21'300);
        engine.update();
        engine.stop();
        QCOMPARE(engine.state(), State::Stopped);
        QCOMPARE(engine.elapsedMs(), 21'300);
        clock.advanceMs(100'000);
        QVERIFY(engine.update().changes.isEmpty());
        QCOMPARE(engine.elapsedMs(), 21'300);
        engine.start();   // a stopped session does not start again
        engine.resume();
        QCOMPARE(engine.state(), State::Stopped);

        // Stopping while paused keeps the time done before the pause.
        BreathingEngine paused(clock, BreathingTest::builtIn(QStringLiteral("box")), 4);
        paused.start();
        clock.advanceMs(5000);
        paused.pause();
        clock.advanceMs(7000);
        paused.stop();
        QCOMPARE(paused.elapsedMs(), 5000);
    }

    void invalidPatternsNeverRun()
    {
        FakeClock clock;
        BreathingEngine empty(clock, BreathingPattern{}, 3);
        QVERIFY(!empty.isValid());
        empty.start();
        QCOMPARE(empty.state(), State::Ready);
        BreathingEngine noCycles(clock, BreathingTest::builtIn(QStringLiteral("box")), 0);
        QVERIFY(!noCycles.isValid());
    }

    void breathLevels()
    {
        FakeClock clock;
        BreathingEngine box(clock, BreathingTest::builtIn(QStringLiteral("box")), 1);
        QCOMPARE(box.breathLevel(), 0.0);
        box.start();
        box.update();
        QCOMPARE(box.phaseEndLevel(), 1.0);
        clock.advanceMs(2000);
        box.update();
        QCOMPARE(box.breathLevel(), 0.5);   // half-way, by the symmetric easing
        clock.advanceMs(3000);
        box.update();
        QCOMPARE(box.phaseKind(), Kind::HoldIn);
        QCOMPARE(box.breathLevel(), 1.0);
        QCOMPARE(box.phaseEndLevel(), 1.0);
        clock.advanceMs(4000);
        box.update();
        QCOMPARE(box.phaseKind(), Kind::Exhale);
        QCOMPARE(box.phaseEndLevel(), 0.0);

        // The sigh: the first inhale fills most of the way, the top-up the rest.
        BreathingEngine sigh(clock, BreathingTest::builtIn(QStringLiteral("sigh")), 1);
        sigh.start();
        sigh.update();
        QCOMPARE(sigh.breathLevel(), 0.0);
        QCOMPARE(sigh.phaseEndLevel(), 0.75);
        clock.advanceMs(2000);
        sigh.update();
        QCOMPARE(sigh.phaseIndex(), 1);
        QCOMPARE(sigh.breathLevel(), 0.75);
        QCOMPARE(sigh.phaseEndLevel(), 1.0);
        clock.advanceMs(1000);
        sigh.update();
        QCOMPARE(sigh.phaseKind(), Kind::Exhale);
        QCOMPARE(sigh.phaseEndLevel(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestBreathingEngine)
#include "tst_breathingengine.moc"
