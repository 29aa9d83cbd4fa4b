// The QML-facing breathing models: the exercise list (adjustments, lengths, course patterns,
// persistence) and the session model on a fake clock (status, phases, pause on leaving the app,
// sessionEnded), and the cue player without an audio device.
#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "breathing/fakeclock.h"
#include "breathingpatternmodel.h"
#include "breathingsessionmodel.h"

namespace {

QVariantMap phaseAt(const BreathingPatternModel &model, int row, int phase)
{
    return model.data(model.index(row), BreathingPatternModel::PhasesRole).toList().at(phase).toMap();
}

BreathingPattern coursePattern(const QString &id)
{
    BreathingPattern pattern;
    pattern.id = id;
    pattern.title = QStringLiteral("Kursandning");
    BreathingPhase in;
    in.kind = BreathingPhase::Kind::Inhale;
    in.seconds = 3;
    BreathingPhase out;
    out.kind = BreathingPhase::Kind::Exhale;
    out.seconds = 12;   // longer than the usual bound: still allowed, as the course says
    pattern.phases = {in, out};
    return pattern;
}

} // namespace

class TestBreathingModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PausaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_breathingmodels"));
    }

    void init() { QSettings().clear(); }

    void patternList()
    {
        BreathingPatternModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 4);
        QCOMPARE(model.rowCount(model.index(0)), 0);
        QCOMPARE(model.indexOf(QStringLiteral("sigh")), 3);
        QCOMPARE(model.indexOf(QStringLiteral("nope")), -1);
        const QModelIndex box = model.index(0);
        QCOMPARE(box.data(BreathingPatternModel::PatternIdRole).toString(), QStringLiteral("box"));
        QCOMPARE(box.data(BreathingPatternModel::RhythmRole).toString(), QStringLiteral("4 · 4 · 4 · 4"));
        QCOMPARE(box.data(BreathingPatternModel::CycleSecondsRole).toDouble(), 16.0);
        QCOMPARE(box.data(BreathingPatternModel::PlannedCyclesRole).toInt(), 8);    // suggested 2 min
        QCOMPARE(box.data(BreathingPatternModel::PlannedSecondsRole).toInt(), 128);
        QCOMPARE(box.data(BreathingPatternModel::AdjustedRole).toBool(), false);
        QVERIFY(model.roleNames().values().contains("plannedSeconds"));
        const QVariantMap topUp = phaseAt(model, 3, 1);
        QCOMPARE(topUp.value(QStringLiteral("kind")).toInt(), int(BreathingPatternModel::Inhale));
        QCOMPARE(topUp.value(QStringLiteral("continues")).toBool(), true);
        QCOMPARE(topUp.value(QStringLiteral("minSeconds")).toDouble(), 0.5);
        QCOMPARE(phaseAt(model, 3, 0).value(QStringLiteral("continues")).toBool(), false);
    }

    void adjustWithinBoundsAndRemember()
    {
        {
            BreathingPatternModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
            QVERIFY(model.adjustPhase(0, 0, 1));
            QCOMPARE(changed.size(), 1);
            QCOMPARE(phaseAt(model, 0, 0).value(QStringLiteral("seconds")).toDouble(), 4.5);
            QVERIFY(model.index(0).data(BreathingPatternModel::AdjustedRole).toBool());
            for (int i = 0; i < 30; ++i)
                model.adjustPhase(0, 2, -1);
            QCOMPARE(phaseAt(model, 0, 2).value(QStringLiteral("seconds")).toDouble(), 2.0);   // lower bound
            QVERIFY(!model.adjustPhase(0, 2, -1));
            QVERIFY(!model.adjustPhase(0, 9, 1));    // no such phase
            QVERIFY(!model.adjustPhase(17, 0, 1));   // no such row
            for (int i = 0; i < 5; ++i)
                model.adjustPhase(3, 1, -1);
            QCOMPARE(phaseAt(model, 3, 1).value(QStringLiteral("seconds")).toDouble(), 0.5);   // the top-up
            model.setLengthCycles(3);
        }
        BreathingPatternModel reloaded;
        QCOMPARE(phaseAt(reloaded, 0, 0).value(QStringLiteral("seconds")).toDouble(), 4.5);
        QCOMPARE(phaseAt(reloaded, 0, 2).value(QStringLiteral("seconds")).toDouble(), 2.0);
        QCOMPARE(reloaded.pattern(QStringLiteral("box"))->cycleSeconds(), 14.5);
        QCOMPARE(reloaded.lengthCycles(), 3);
        reloaded.resetPhases(0);
        QCOMPARE(reloaded.pattern(QStringLiteral("box"))->cycleSeconds(), 16.0);
        QVERIFY(!reloaded.index(0).data(BreathingPatternModel::AdjustedRole).toBool());
    }

    void lengthChoice()
    {
        BreathingPatternModel model;
        QSignalSpy lengthChanged(&model, &BreathingPatternModel::lengthChanged);
        QCOMPARE(model.lengthChoicesMinutes(), (QList<int>{1, 2, 3, 5}));
        model.setLengthMinutes(1);
        QCOMPARE(model.durationSeconds(), 60);
        QCOMPARE(model.index(0).data(BreathingPatternModel::PlannedCyclesRole).toInt(), 4);
        QCOMPARE(model.index(0).data(BreathingPatternModel::PlannedSecondsRole).toInt(), 64);
        model.setLengthCycles(5);
        QCOMPARE(model.lengthMinutes(), 0);   // one or the other
        QCOMPARE(model.durationSeconds(), 0);
        QCOMPARE(model.index(1).data(BreathingPatternModel::PlannedSecondsRole).toInt(), 95);
        model.setLengthCycles(1000);
        QCOMPARE(model.lengthCycles(), model.maxCycles());
        model.setLengthMinutes(4);   // not offered: back to the suggestion
        QCOMPARE(model.lengthMinutes(), 0);
        QCOMPARE(model.lengthCycles(), model.maxCycles());
        QCOMPARE(lengthChanged.size(), 3);
    }

    void coursePatterns()
    {
        BreathingPatternModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &BreathingPatternModel::countChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Skipping .* \"box\" with an id already in use")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Skipping .* without phases")));
        model.setCoursePatterns(QList<BreathingPattern>{coursePattern(QStringLiteral("lugn-kurs")), coursePattern(QStringLiteral("box")),
                                 BreathingPattern{}});
        QCOMPARE(model.count(), 5);   // the duplicate id and the empty one are skipped
        QCOMPARE(count.size(), 1);
        QVERIFY(model.index(4).data(BreathingPatternModel::FromCourseRole).toBool());
        QCOMPARE(model.index(4).data(BreathingPatternModel::RhythmRole).toString(), QStringLiteral("3 · 12"));
        QVERIFY(!model.adjustPhase(4, 1, 1));   // 12 s is its own upper bound
        QVERIFY(model.adjustPhase(4, 1, -1));
        model.setCoursePatterns(QList<BreathingPattern>{});
        QCOMPARE(model.count(), 4);

        // Each course's exercises under its title: the first of each group starts a section.
        using Exercises = BreathingPatternModel::CourseExercises;
        model.setCoursePatterns(QList<Exercises>{
            {QStringLiteral("Kurs A"), {coursePattern(QStringLiteral("a1")), coursePattern(QStringLiteral("a2"))}},
            {QStringLiteral("Course B"), {coursePattern(QStringLiteral("b1"))}}});
        QCOMPARE(model.count(), 7);
        QStringList sections;
        for (int row = 0; row < model.count(); ++row) {
            if (model.index(row).data(BreathingPatternModel::SectionStartRole).toBool())
                sections.append(QString::number(row) + u':'
                                + model.index(row).data(BreathingPatternModel::CourseTitleRole).toString());
        }
        QCOMPARE(sections, (QStringList{QStringLiteral("0:"), QStringLiteral("4:Kurs A"), QStringLiteral("6:Course B")}));
    }

    void sessionRunsOnTheClock()
    {
        FakeClock clock(1000);
        BreathingSessionModel session;
        session.setClock(&clock);
        session.setPatternId(QStringLiteral("box"));
        session.setCycles(2);
        QVERIFY(session.isReady());
        QCOMPARE(session.title(), QStringLiteral("Box breathing"));
        QCOMPARE(session.status(), BreathingSessionModel::Idle);
        QCOMPARE(session.totalSeconds(), 32);
        QCOMPARE(session.remainingText(), QStringLiteral("0:32"));

        QSignalSpy phaseStarted(&session, &BreathingSessionModel::phaseStarted);
        QSignalSpy ended(&session, &BreathingSessionModel::sessionEnded);
        session.start();
        QCOMPARE(session.status(), BreathingSessionModel::Running);
        QCOMPARE(phaseStarted.size(), 1);
        QCOMPARE(session.phaseKind(), BreathingPatternModel::Inhale);
        QCOMPARE(session.phaseSecondsLeft(), 4);
        clock.advanceMs(4200);
        session.refresh();
        QCOMPARE(session.phaseKind(), BreathingPatternModel::HoldIn);
        QCOMPARE(session.phaseSecondsLeft(), 4);
        QCOMPARE(session.secondsLeft(), 28);
        QCOMPARE(phaseStarted.size(), 2);

        // A stall across two phases: one phaseStarted, for the phase the session is in now.
        clock.advanceMs(8000);
        session.refresh();
        QCOMPARE(session.phaseKind(), BreathingPatternModel::HoldOut);
        QCOMPARE(phaseStarted.size(), 3);

        session.toggle();   // Space: pause
        QCOMPARE(session.status(), BreathingSessionModel::Paused);
        clock.advanceMs(60'000);
        session.toggle();   // Space: continue
        QCOMPARE(session.status(), BreathingSessionModel::Running);
        QCOMPARE(session.secondsDone(), 12);
        clock.advanceMs(20'000);
        session.refresh();
        QCOMPARE(session.status(), BreathingSessionModel::Finished);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(0).toString(), QStringLiteral("box"));
        QCOMPARE(ended.at(0).at(1).toInt(), 32);
        QCOMPARE(ended.at(0).at(2).toBool(), true);
        session.stop();   // over already: nothing more to record
        QCOMPARE(ended.size(), 1);

        session.start();   // again
        QCOMPARE(session.status(), BreathingSessionModel::Running);
        clock.advanceMs(5500);
        session.refresh();
        session.stop();
        QCOMPARE(ended.size(), 2);
        QCOMPARE(ended.at(1).at(1).toInt(), 5);
        QCOMPARE(ended.at(1).at(2).toBool(), false);
    }

    void leavingTheAppPausesWithoutAutoResume()
    {
        FakeClock clock;
        BreathingSessionModel session;
        session.setClock(&clock);
        session.setPatternId(QStringLiteral("coherent"));
        session.setDurationSeconds(60);
        QCOMPARE(session.totalCycles(), 5);
        session.start();
        clock.advanceMs(3000);
        session.setAppActive(false);
        QCOMPARE(session.status(), BreathingSessionModel::Paused);
        QVERIFY(session.isInterrupted());
        clock.advanceMs(30'000);
        session.setAppActive(true);
        QCOMPARE(session.status(), BreathingSessionModel::Paused);
        QVERIFY(session.isInterrupted());
        session.resume();
        QVERIFY(!session.isInterrupted());
        QCOMPARE(session.secondsDone(), 3);
    }

    void adjustedAndUnknownPatterns()
    {
        BreathingPatternModel patterns;
        patterns.adjustPhase(patterns.indexOf(QStringLiteral("4-7-8")), 1, -2);   // hold 6 s
        BreathingSessionModel session;
        session.setPatterns(&patterns);
        session.setPatternId(QStringLiteral("4-7-8"));
        session.setCycles(2);
        QCOMPARE(session.totalSeconds(), 36);
        patterns.adjustPhase(patterns.indexOf(QStringLiteral("4-7-8")), 2, -2);   // before the start still counts
        QCOMPARE(session.totalSeconds(), 34);

        session.setPatternId(QStringLiteral("does-not-exist"));
        QVERIFY(!session.isReady());
        QSignalSpy ended(&session, &BreathingSessionModel::sessionEnded);
        session.start();
        QCOMPARE(session.status(), BreathingSessionModel::Idle);
        session.stop();
        QVERIFY(ended.isEmpty());
    }

    // The session asks for a sound at each phase change, with the phase's kind, in time; a phase
    // change found only after a stall gets no cue (it would sound at the wrong moment).
    void cuesFollowThePhases()
    {
        FakeClock clock;
        BreathingSessionModel session;
        session.setClock(&clock);
        session.setPatternId(QStringLiteral("box"));
        session.setCycles(2);
        QSignalSpy cues(&session, &BreathingSessionModel::cue);
        session.start();
        QCOMPARE(cues.size(), 1);
        QCOMPARE(cues.at(0).at(0).value<BreathingPatternModel::PhaseKind>(), BreathingPatternModel::Inhale);
        for (BreathingPatternModel::PhaseKind kind : {BreathingPatternModel::HoldIn, BreathingPatternModel::Exhale,
                                                      BreathingPatternModel::HoldOut}) {
            clock.advanceMs(4000);
            session.refresh();
            QCOMPARE(cues.last().at(0).value<BreathingPatternModel::PhaseKind>(), kind);
        }
        QCOMPARE(cues.size(), 4);

        clock.advanceMs(4000 + 600);   // noticed 600 ms late: the phase is shown, but not heard
        session.refresh();
        QCOMPARE(session.phaseKind(), BreathingPatternModel::Inhale);
        QCOMPARE(cues.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBreathingModels)
#include "tst_breathingmodels.moc"
