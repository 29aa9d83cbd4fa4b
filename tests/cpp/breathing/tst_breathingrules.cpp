// The rules around the clock: adjustment bounds, adjusted patterns, lengths in minutes or cycles.
#include <QTest>

#include "breathing/breathingengine.h"
#include "breathing/breathingrules.h"
#include "breathing/fakeclock.h"
#include "breathingtesthelpers.h"

using Kind = BreathingPhase::Kind;

class TestBreathingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phaseBounds()
    {
        BreathingPhase phase;   // defaults: 4 s, adjustable 2..10 s
        QCOMPARE(BreathingRules::minPhaseSeconds(phase), 2.0);
        QCOMPARE(BreathingRules::maxPhaseSeconds(phase), 10.0);
        QCOMPARE(BreathingRules::clampPhaseSeconds(phase, 1.0), 2.0);
        QCOMPARE(BreathingRules::clampPhaseSeconds(phase, 0.0), 2.0);
        QCOMPARE(BreathingRules::clampPhaseSeconds(phase, -3.0), 2.0);
        QCOMPARE(BreathingRules::clampPhaseSeconds(phase, 11.0), 10.0);
        QCOMPARE(BreathingRules::clampPhaseSeconds(phase, 5.5), 5.5);
        QCOMPARE(BreathingRules::clampPhaseSeconds(phase, 6.04), 6.0);   // tenths of a second
        QCOMPARE(BreathingRules::clampPhaseSeconds(phase, qQNaN()), 4.0);

        // The sigh's top-up may stay below two seconds.
        const BreathingPhase topUp = BreathingTest::builtIn(QStringLiteral("sigh")).phases.at(1);
        QCOMPARE(topUp.seconds, 1.0);
        QCOMPARE(BreathingRules::clampPhaseSeconds(topUp, 0.5), 0.5);
        QCOMPARE(BreathingRules::clampPhaseSeconds(topUp, 0.1), 0.5);
        QCOMPARE(BreathingRules::clampPhaseSeconds(topUp, 1.5), 1.5);
        QCOMPARE(BreathingRules::clampPhaseSeconds(topUp, 4.0), 2.0);

        // A course phase outside 2..10 keeps its own length adjustable back to.
        BreathingPhase longHold;
        longHold.kind = Kind::HoldIn;
        longHold.seconds = 12;
        QCOMPARE(BreathingRules::maxPhaseSeconds(longHold), 12.0);
        QCOMPARE(BreathingRules::clampPhaseSeconds(longHold, 15.0), 12.0);
        BreathingPhase silly;
        silly.seconds = 0.01;
        silly.minSeconds = 0;
        QCOMPARE(BreathingRules::minPhaseSeconds(silly), BreathingRules::AbsoluteMinPhaseSeconds);
    }

    void everyBuiltInPhaseIsWithinItsBounds()
    {
        const QList<BreathingPattern> all = BuiltInBreathingPatterns::all();
        for (const BreathingPattern &pattern : all) {
            for (const BreathingPhase &phase : pattern.phases)
                QCOMPARE(BreathingRules::clampPhaseSeconds(phase, phase.seconds), phase.seconds);
        }
    }

    void adjustedPatternsRunAtTheirNewLengths()
    {
        const BreathingPattern box = BreathingTest::builtIn(QStringLiteral("box"));
        const BreathingPattern slow = BreathingRules::adjusted(box, {6, 2, 7.5, 30});
        QCOMPARE(slow.phases.at(0).seconds, 6.0);
        QCOMPARE(slow.phases.at(2).seconds, 7.5);
        QCOMPARE(slow.phases.at(3).seconds, 10.0);   // clamped
        QCOMPARE(slow.cycleSeconds(), 25.5);
        QCOMPARE(slow.id, box.id);
        // A list that does not fit the pattern is ignored.
        QCOMPARE(BreathingRules::adjusted(box, {5, 5}).cycleSeconds(), 16.0);

        FakeClock clock;
        BreathingEngine engine(clock, slow, 2);
        QCOMPARE(engine.totalMs(), 51'000);
        engine.start();
        QList<BreathingPhaseChange> changes;
        while (engine.state() == BreathingEngine::State::Running) {
            changes.append(engine.update().changes);
            clock.advanceMs(1);
        }
        const QList<BreathingTest::ExpectedPhase> expected = BreathingTest::schedule(slow, 2);
        QCOMPARE(changes.size(), expected.size());
        for (int i = 0; i < changes.size(); ++i)
            QCOMPARE(changes.at(i).scheduledMs, qRound64(expected.at(i).startMs));
    }

    void cyclesOrMinutes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("cycles");
        QTest::addColumn<int>("expected");
        // Minutes round to the nearest whole cycle, so a session never ends mid-breath.
        QTest::newRow("box 1 min") << "box" << 60 << 0 << 4;           // 3.75 cycles of 16 s
        QTest::newRow("box 2 min") << "box" << 120 << 0 << 8;
        QTest::newRow("box 3 min") << "box" << 180 << 0 << 11;         // 11.25
        QTest::newRow("box 5 min") << "box" << 300 << 0 << 19;         // 18.75
        QTest::newRow("4-7-8 1 min") << "4-7-8" << 60 << 0 << 3;       // 3.16 of 19 s
        QTest::newRow("coherent 1 min") << "coherent" << 60 << 0 << 5; // 5.45 of 11 s
        QTest::newRow("coherent 5 min") << "coherent" << 300 << 0 << 27;
        QTest::newRow("sigh 1 min") << "sigh" << 60 << 0 << 7;         // 6.67 of 9 s
        QTest::newRow("very short") << "4-7-8" << 5 << 0 << 1;         // at least one
        QTest::newRow("cycles win") << "box" << 300 << 3 << 3;
        QTest::newRow("cycles bounded") << "box" << 0 << 500 << BreathingRules::MaxCycles;
        QTest::newRow("suggested cycles") << "4-7-8" << 0 << 0 << 4;
        QTest::newRow("suggested seconds") << "coherent" << 0 << 0 << 27;
    }
    void cyclesOrMinutes()
    {
        QFETCH(QString, id);
        QFETCH(int, seconds);
        QFETCH(int, cycles);
        QFETCH(int, expected);
        QCOMPARE(BreathingRules::cyclesFor(BreathingTest::builtIn(id), seconds, cycles), expected);
    }

    void lengthChoices()
    {
        QCOMPARE(BreathingRules::lengthChoicesMinutes(), (QList<int>{1, 2, 3, 5}));
        QCOMPARE(BreathingRules::cyclesFor(BreathingPattern{}, 60, 0), 0);
        QCOMPARE(BreathingRules::phaseMs(5.5), 5500);
        QCOMPARE(BreathingRules::phaseMs(-1), 0);
        QCOMPARE(BreathingRules::cycleMs(BreathingTest::builtIn(QStringLiteral("coherent"))), 11'000);
    }
};

QTEST_GUILESS_MAIN(TestBreathingRules)
#include "tst_breathingrules.moc"
