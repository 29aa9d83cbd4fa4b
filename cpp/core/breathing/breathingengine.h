#pragma once

#include "breathingpattern.h"
#include "breathingphasechange.h"
#include "clock.h"

#include <QList>

// The timing of one breathing session: a state machine over the pattern's phases, repeated for a number
// of cycles, read off a monotonic clock. Every phase boundary is computed from the start time plus the
// time spent paused, never by adding up timer ticks, so late or stalled updates cannot make it drift.
//
// Queries describe the session as of the last update() (or command), so what a caller shows always
// matches the phase changes it has been told about.
class BreathingEngine
{
public:
    enum class State { Ready, Running, Paused, Finished, Stopped };

    struct Update
    {
        QList<BreathingPhaseChange> changes;   // in order; several when updates came late
        bool finished = false;                 // the session reached its end in this update
    };

    BreathingEngine(const Clock &clock, const BreathingPattern &pattern, int cycles);

    // False for a pattern without phases, without length or for no cycles; such an engine never runs.
    bool isValid() const { return m_totalMs > 0; }

    const BreathingPattern &pattern() const { return m_pattern; }
    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Running || m_state == State::Paused; }

    void start();
    void pause();
    void resume();
    void stop();
    // Catches up with the clock: reports every phase that began since the last update, then ends the
    // session if its time is up.
    Update update();

    // The current phase; -1 / 0 before the first update after start().
    qint64 phaseNumber() const { return m_phaseNumber; }
    int phaseIndex() const;
    BreathingPhase::Kind phaseKind() const;
    int cycle() const;                        // from 1; 0 before the start
    int totalCycles() const { return m_cycles; }
    qint64 phaseDurationMs() const;
    double phaseProgress() const;             // 0..1 within the current phase
    qint64 phaseRemainingMs() const;
    qint64 totalMs() const { return m_totalMs; }
    qint64 elapsedMs() const { return m_elapsedMs; }     // active time, pauses excluded
    qint64 sessionRemainingMs() const { return m_totalMs - m_elapsedMs; }

    // How full the lungs are, 0 (empty) .. 1 (full), now and at the end of the current phase; the guide
    // animates between them. Holds keep the level; consecutive inhales share the rise (the sigh's top-up).
    double breathLevel() const;
    double phaseEndLevel() const;

    // When phase `number` starts, in active milliseconds from the start, and as a clock time (given the
    // pauses so far).
    qint64 phaseStartActiveMs(qint64 number) const;
    qint64 clockTimeForActiveMs(qint64 activeMs) const;
    qint64 startedAtMs() const { return m_startMs; }
    qint64 pausedTotalMs() const;

private:
    struct Pause
    {
        qint64 atActiveMs;   // active time at which it began
        qint64 atClockMs;    // clock time at which it began
        qint64 durationMs;   // -1 while it lasts
    };

    qint64 activeMsAt(qint64 nowMs) const;
    qint64 phaseNumberAtActive(qint64 activeMs) const;
    qint64 totalPhases() const { return qint64(m_cycles) * m_phaseMs.size(); }

    const Clock &m_clock;
    BreathingPattern m_pattern;
    int m_cycles = 0;
    QList<qint64> m_phaseMs;       // each phase's length
    QList<qint64> m_phaseOffsetMs; // each phase's start within a cycle
    QList<double> m_startLevel;    // breath level at each phase's start / end
    QList<double> m_endLevel;
    qint64 m_cycleMs = 0;
    qint64 m_totalMs = 0;

    State m_state = State::Ready;
    qint64 m_startMs = 0;
    QList<Pause> m_pauses;
    qint64 m_pausedTotalMs = 0;    // finished pauses only
    qint64 m_elapsedMs = 0;        // active time at the last update or command
    qint64 m_phaseNumber = -1;     // last reported phase
};
