#pragma once

#include "breathingpatternmodel.h"
#include "progresstracker.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqml.h>

#include <memory>

class BreathingSessionDriver;
class Clock;
class ScaledClock;
class SteadyClock;
struct BreathingPhaseChange;

// One breathing exercise for the guide page: which exercise and how long go in; the current phase, its
// progress and the countdowns come out, read off a monotonic clock by BreathingSessionDriver.
//
// For smooth motion the page does not sample phaseProgress every frame: on phaseStarted() it animates
// from breathLevel to phaseEndLevel over phaseRemainingMs (see BreathingGuide.qml).
//
// A started session that ends (runs to the end, or is stopped: by the learner, by leaving the page, by
// the app quitting) is recorded once in `progress`, when one is set.
class BreathingSessionModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // In: the exercise (looked up in `patterns`, or among the built-in ones with the learner's saved
    // adjustments when none is set) and its length, either cycles or seconds (see BreathingRules::cyclesFor).
    Q_PROPERTY(QString patternId READ patternId WRITE setPatternId NOTIFY patternIdChanged)
    Q_PROPERTY(BreathingPatternModel *patterns READ patterns WRITE setPatterns NOTIFY patternsChanged)
    // Where an ended session is recorded; none: nowhere (a preview, a test of the timing).
    Q_PROPERTY(ProgressTracker *progress READ progress WRITE setProgress NOTIFY progressChanged)
    Q_PROPERTY(int durationSeconds READ durationSeconds WRITE setDurationSeconds NOTIFY durationSecondsChanged)
    Q_PROPERTY(int cycles READ cycles WRITE setCycles NOTIFY cyclesChanged)
    // How many times faster than real time the session runs: for UI tests only.
    Q_PROPERTY(qreal timeScale READ timeScale WRITE setTimeScale NOTIFY timeScaleChanged)
    // Bind to the application being in the foreground: going to the background pauses the session and
    // sets `interrupted`; coming back does not resume it (the page offers to continue).
    Q_PROPERTY(bool appActive READ isAppActive WRITE setAppActive NOTIFY appActiveChanged)

    // Out: the session as planned.
    Q_PROPERTY(bool ready READ isReady NOTIFY planChanged)
    Q_PROPERTY(QString title READ title NOTIFY planChanged)
    Q_PROPERTY(int totalCycles READ totalCycles NOTIFY planChanged)
    Q_PROPERTY(int totalSeconds READ totalSeconds NOTIFY planChanged)
    // Out: where it is.
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool interrupted READ isInterrupted NOTIFY statusChanged)
    Q_PROPERTY(BreathingPatternModel::PhaseKind phaseKind READ phaseKind NOTIFY phaseChanged)
    Q_PROPERTY(int phaseIndex READ phaseIndex NOTIFY phaseChanged)
    // The phase goes on in the direction of the one before (the sigh's top-up breath in).
    Q_PROPERTY(bool phaseContinues READ phaseContinues NOTIFY phaseChanged)
    Q_PROPERTY(int cycle READ cycle NOTIFY phaseChanged)
    Q_PROPERTY(qreal phaseEndLevel READ phaseEndLevel NOTIFY phaseChanged)
    Q_PROPERTY(qreal phaseProgress READ phaseProgress NOTIFY timeChanged)      // 0..1
    Q_PROPERTY(qreal breathLevel READ breathLevel NOTIFY timeChanged)          // 0 empty .. 1 full
    Q_PROPERTY(int phaseRemainingMs READ phaseRemainingMs NOTIFY timeChanged)  // real ms, for animations
    Q_PROPERTY(int phaseSecondsLeft READ phaseSecondsLeft NOTIFY timeChanged)  // whole seconds, rounded up
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY timeChanged)            // of the session, rounded up
    Q_PROPERTY(int secondsDone READ secondsDone NOTIFY timeChanged)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY timeChanged)    // "m:ss"

public:
    enum Status { Idle, Running, Paused, Finished, Stopped };
    Q_ENUM(Status)

    explicit BreathingSessionModel(QObject *parent = nullptr);
    ~BreathingSessionModel() override;

    QString patternId() const { return m_patternId; }
    void setPatternId(const QString &patternId);
    BreathingPatternModel *patterns() const { return m_patterns; }
    void setPatterns(BreathingPatternModel *patterns);
    ProgressTracker *progress() const { return m_progress; }
    void setProgress(ProgressTracker *progress);
    int durationSeconds() const { return m_durationSeconds; }
    void setDurationSeconds(int seconds);
    int cycles() const { return m_cycles; }
    void setCycles(int cycles);
    qreal timeScale() const;
    void setTimeScale(qreal scale);
    bool isAppActive() const { return m_appActive; }
    void setAppActive(bool active);

    bool isReady() const;
    QString title() const;
    int totalCycles() const;
    int totalSeconds() const;
    Status status() const;
    bool isInterrupted() const { return m_interrupted; }
    BreathingPatternModel::PhaseKind phaseKind() const;
    int phaseIndex() const;
    bool phaseContinues() const;
    int cycle() const;
    qreal phaseEndLevel() const;
    qreal phaseProgress() const;
    qreal breathLevel() const;
    int phaseRemainingMs() const;
    int phaseSecondsLeft() const;
    int secondsLeft() const;
    int secondsDone() const;
    QString remainingText() const;

    // Start (again, after the end), pause, continue, and stop early. toggle() is the Space key:
    // start, pause or continue.
    Q_INVOKABLE void start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void toggle();
    Q_INVOKABLE void stop();

    // For tests: run on this clock instead of the steady one (nullptr: back to it); and catch up now.
    void setClock(const Clock *clock);
    void refresh();

Q_SIGNALS:
    void patternIdChanged();
    void patternsChanged();
    void progressChanged();
    void durationSecondsChanged();
    void cyclesChanged();
    void timeScaleChanged();
    void appActiveChanged();
    void planChanged();
    void statusChanged();
    void phaseChanged();
    void timeChanged();
    // A phase began (after a stall: only the phase the session is in now). Restart animations here.
    void phaseStarted();
    // The sound cue for a phase that just began; not sent when the phase change is heard too late to
    // belong to it (after a stall). The breathing page plays it (BreathingCues.qml).
    void cue(BreathingPatternModel::PhaseKind kind);
    // A session that was started ended: ran to the end (completed) or was stopped; already recorded.
    void sessionEnded(const QString &patternId, int secondsDone, bool completed);

private:
    void plan();
    void onPhaseStarted(const BreathingPhaseChange &change);
    void onFinished();
    void end(int secondsDone, bool completed);
    const Clock &clock() const;

    QString m_patternId;
    QPointer<BreathingPatternModel> m_patterns;
    QPointer<ProgressTracker> m_progress;
    std::unique_ptr<BreathingPatternModel> m_ownPatterns;   // when no `patterns` is set
    int m_durationSeconds = 0;
    int m_cycles = 0;
    bool m_appActive = true;
    bool m_interrupted = false;
    QString m_title;

    std::unique_ptr<SteadyClock> m_steadyClock;
    std::unique_ptr<ScaledClock> m_scaledClock;
    const Clock *m_testClock = nullptr;
    std::unique_ptr<BreathingSessionDriver> m_driver;
};
