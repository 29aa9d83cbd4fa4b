// Ten minutes of every built-in exercise on a fake clock driven by jittery and stalled ticks: every
// phase change must be reported at its schedule (start time + pauses + pattern lengths, worked out
// here independently) within one frame, in order, and the session must end after exactly the planned
// number of cycles.
#include <QRandomGenerator>
#include <QTest>

#include "breathing/breathingengine.h"
#include "breathing/breathingrules.h"
#include "breathing/fakeclock.h"
#include "breathingtesthelpers.h"

#include <cmath>

namespace {

constexpr qint64 FrameMs = 17;
constexpr qint64 StartMs = 1'000'000;
constexpr int TenMinutes = 600;

struct Stall
{
    qint64 atMs;        // clock time from the start after which the next tick is held up
    qint64 lengthMs;
};

} // namespace

class TestBreathingTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenMinutes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("stalls");
        QTest::addColumn<bool>("pause");
        for (const QString &id : BreathingTest::builtInIds()) {
            QTest::addRow("%s jitter", qPrintable(id)) << id << false << false;
            QTest::addRow("%s jitter+stalls", qPrintable(id)) << id << true << false;
            QTest::addRow("%s jitter+stalls+pause", qPrintable(id)) << id << true << true;
        }
    }

    void tenMinutes()
    {
        QFETCH(QString, id);
        QFETCH(bool, stalls);
        QFETCH(bool, pause);
        const BreathingPattern pattern = BreathingTest::builtIn(id);
        const int cycles = BreathingRules::cyclesFor(pattern, TenMinutes, 0);
        const QList<BreathingTest::ExpectedPhase> expected = BreathingTest::schedule(pattern, cycles);
        const double expectedTotalMs = cycles * pattern.cycleSeconds() * 1000.0;
        QVERIFY(std::abs(expectedTotalMs - TenMinutes * 1000.0) <= pattern.cycleSeconds() * 500.0);

        // A 700 ms and a 3 s stall as asked, and a 12 s one (a frozen event loop) that spans several phases.
        QList<Stall> plannedStalls;
        if (stalls)
            plannedStalls = {{120'000, 700}, {300'000, 3000}, {420'000, 12'000}};
        const qint64 pauseAtMs = 200'000;
        const qint64 pauseLengthMs = 45'000;
        bool paused = false;
        qint64 pausedMs = 0;     // paused time, as the test knows it
        double pausedAtActive = -1;

        QRandomGenerator random(qHash(id) ^ (stalls ? 7 : 3) ^ (pause ? 11 : 0));
        FakeClock clock(StartMs);
        BreathingEngine engine(clock, pattern, cycles);
        engine.start();

        QList<BreathingPhaseChange> changes;
        qint64 maxErrorMs = 0;
        int multiChangeUpdates = 0;
        bool checkedTenMinutes = false;
        qint64 gap = 0;
        bool finished = false;
        while (!finished) {
            const BreathingEngine::Update update = engine.update();
            if (update.changes.size() > 1)
                ++multiChangeUpdates;
            for (const BreathingPhaseChange &change : update.changes) {
                QCOMPARE(change.number, qint64(changes.size()));   // all of them, in order
                QVERIFY(change.number < expected.size());
                const BreathingTest::ExpectedPhase &want = expected.at(change.number);
                QCOMPARE(change.kind, want.kind);
                QCOMPARE(change.phaseIndex, want.phaseIndex);
                QCOMPARE(change.cycle, want.cycle);
                const double pausesBefore = (pausedAtActive >= 0 && pausedAtActive < want.startMs) ? pauseLengthMs : 0;
                const double scheduled = StartMs + want.startMs + pausesBefore;
                const qint64 error = qAbs(change.scheduledMs - qRound64(scheduled));
                maxErrorMs = qMax(maxErrorMs, error);
                QVERIFY2(error <= FrameMs, qPrintable(QStringLiteral("phase %1 off by %2 ms").arg(change.number).arg(error)));
                // Noticed at the first tick after it was due, never before it.
                QVERIFY(change.lateMs() >= 0);
                QVERIFY(change.lateMs() <= gap);
                changes.append(change);
            }
            QCOMPARE(engine.phaseNumber(), qint64(changes.size()) - 1);

            const qint64 active = clock.nowMs() - StartMs - pausedMs;
            if (!checkedTenMinutes && active >= TenMinutes * 1000) {
                // After ten minutes, exactly the phases due by now have been reported.
                checkedTenMinutes = true;
                qsizetype due = 0;
                for (const BreathingTest::ExpectedPhase &phase : expected)
                    due += phase.startMs <= double(engine.elapsedMs()) ? 1 : 0;
                QCOMPARE(qsizetype(changes.size()), due);
                QCOMPARE(engine.cycle(), expected.at(due - 1).cycle);
            }
            if (update.finished) {
                finished = true;
                break;
            }

            if (pause && !paused && pausedAtActive < 0 && active >= pauseAtMs) {
                engine.pause();
                paused = true;
                pausedAtActive = double(engine.elapsedMs());
                const qint64 pausedFrom = clock.nowMs();
                for (int i = 0; i < 10; ++i) {   // updates while paused change nothing
                    clock.advanceMs(pauseLengthMs / 10);
                    QVERIFY(engine.update().changes.isEmpty());
                }
                engine.resume();
                paused = false;
                pausedMs += clock.nowMs() - pausedFrom;
                QCOMPARE(pausedMs, pauseLengthMs);
            }

            gap = random.bounded(10, 41);   // a jittery frame timer: 10..40 ms
            for (qsizetype i = 0; i < plannedStalls.size(); ++i) {
                if (clock.nowMs() - StartMs >= plannedStalls.at(i).atMs) {
                    gap = plannedStalls.at(i).lengthMs;
                    plannedStalls.removeAt(i);
                    break;
                }
            }
            clock.advanceMs(gap);
            QVERIFY2(clock.nowMs() - StartMs < 20 * 60 * 1000, "the session never ended");
        }

        QVERIFY(checkedTenMinutes);
        QVERIFY(plannedStalls.isEmpty());
        QCOMPARE(changes.size(), expected.size());
        QCOMPARE(engine.cycle(), cycles);
        QCOMPARE(changes.constLast().cycle, cycles);
        QCOMPARE(engine.state(), BreathingEngine::State::Finished);
        QCOMPARE(engine.elapsedMs(), qRound64(expectedTotalMs));
        QVERIFY(clock.nowMs() - (StartMs + qRound64(expectedTotalMs) + pausedMs) <= 3000);
        if (stalls)
            QVERIFY(multiChangeUpdates >= 1);   // the 12 s stall passed several phases at once
        qDebug("%s: %lld phase changes, %d cycles, max error %lld ms", qPrintable(id),
               qint64(changes.size()), cycles, maxErrorMs);
    }
};

QTEST_GUILESS_MAIN(TestBreathingTiming)
#include "tst_breathingtiming.moc"
