#pragma once

#include "breathingengine.h"
#include "breathingpattern.h"
#include "clock.h"

#include <QObject>
#include <QTimer>

#include <memory>

// Runs a BreathingEngine in real time: one precise single-shot timer, always aimed at the next moment
// something visible changes (a phase boundary or the next whole second of a countdown), instead of a
// fixed tick. Each time it fires the engine catches up with the clock, so a late timer or a stalled
// event loop is corrected at the next wake-up and never shifts later phases.
class BreathingSessionDriver : public QObject
{
    Q_OBJECT

public:
    explicit BreathingSessionDriver(const Clock *clock, QObject *parent = nullptr);
    ~BreathingSessionDriver() override;

    // Changing the clock is only possible between sessions.
    void setClock(const Clock *clock);
    const Clock *clock() const { return m_clock; }

    // Sets up a session (state Ready) for `pattern`, repeated `cycles` times. Replaces any other one.
    void prepare(const BreathingPattern &pattern, int cycles);
    // The session, or nullptr before prepare().
    const BreathingEngine *engine() const { return m_engine.get(); }

    void start();
    void pause();
    void resume();
    void stop();
    // Catches up with the clock now (the timer calls it; so can a test driving a fake clock).
    void refresh();
    // The clock time the timer is aimed at, or -1 when it is not running.
    qint64 nextDueMs() const { return m_nextDueMs; }

Q_SIGNALS:
    // Each phase that began, in order; after a stall several arrive in a row.
    void phaseStarted(const BreathingPhaseChange &change);
    // Time moved on: progress and countdowns changed.
    void ticked();
    void stateChanged();
    void finished();

private:
    void scheduleNext();
    void stopTimer();

    const Clock *m_clock;
    std::unique_ptr<BreathingEngine> m_engine;
    QTimer m_timer;
    qint64 m_nextDueMs = -1;
};
