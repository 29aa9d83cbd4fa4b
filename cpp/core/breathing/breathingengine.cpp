#include "breathingengine.h"

#include "breathingrules.h"

#include <algorithm>
#include <cmath>

namespace {

using Kind = BreathingPhase::Kind;

// The share of the rise (or fall) that the first of several consecutive inhales (exhales) takes.
constexpr double FirstOfRunShare = 0.75;
constexpr double Pi = 3.14159265358979323846;

// Calm motion: slow at the turns of the breath, fastest in the middle.
double easeInOutSine(double progress)
{
    return (1.0 - std::cos(Pi * progress)) / 2.0;
}

} // namespace

BreathingEngine::BreathingEngine(const Clock &clock, const BreathingPattern &pattern, int cycles)
    : m_clock(clock)
    , m_pattern(pattern)
    , m_cycles(std::max(0, cycles))
{
    for (const BreathingPhase &phase : m_pattern.phases) {
        m_phaseOffsetMs.append(m_cycleMs);
        m_phaseMs.append(BreathingRules::phaseMs(phase.seconds));
        m_cycleMs += m_phaseMs.constLast();
    }
    m_totalMs = m_cycleMs * m_cycles;

    // Breath levels: start from the level the cycle ends with (empty after a breath out), then walk.
    const qsizetype n = m_pattern.phases.size();
    double level = 0;
    for (qsizetype i = n - 1; i >= 0; --i) {
        const Kind kind = m_pattern.phases.at(i).kind;
        if (kind == Kind::Inhale || kind == Kind::Exhale) {
            level = kind == Kind::Inhale ? 1.0 : 0.0;
            break;
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        const Kind kind = m_pattern.phases.at(i).kind;
        const Kind next = m_pattern.phases.at((i + 1) % n).kind;
        double end = level;
        if (kind == Kind::Inhale)
            end = (next == Kind::Inhale && n > 1) ? level + (1.0 - level) * FirstOfRunShare : 1.0;
        else if (kind == Kind::Exhale)
            end = (next == Kind::Exhale && n > 1) ? level * (1.0 - FirstOfRunShare) : 0.0;
        m_startLevel.append(level);
        m_endLevel.append(end);
        level = end;
    }
}

void BreathingEngine::start()
{
    if (m_state != State::Ready || !isValid())
        return;
    m_startMs = m_clock.nowMs();
    m_state = State::Running;
    m_elapsedMs = 0;
    m_phaseNumber = -1;
}

void BreathingEngine::pause()
{
    if (m_state != State::Running)
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 active = activeMsAt(now);
    if (active >= m_totalMs)
        return;   // already over: the next update() finishes it
    m_pauses.append({active, now, -1});
    m_state = State::Paused;
}

void BreathingEngine::resume()
{
    if (m_state != State::Paused)
        return;
    Pause &pause = m_pauses.last();
    pause.durationMs = m_clock.nowMs() - pause.atClockMs;
    m_pausedTotalMs += pause.durationMs;
    m_state = State::Running;
}

void BreathingEngine::stop()
{
    if (!isActive())
        return;
    m_elapsedMs = activeMsAt(m_clock.nowMs());
    m_state = State::Stopped;
}

BreathingEngine::Update BreathingEngine::update()
{
    Update result;
    if (!isActive())
        return result;
    const qint64 now = m_clock.nowMs();
    const qint64 active = activeMsAt(now);
    const qint64 target = phaseNumberAtActive(active);
    for (qint64 number = m_phaseNumber + 1; number <= target; ++number) {
        BreathingPhaseChange change;
        change.number = number;
        change.phaseIndex = int(number % m_phaseMs.size());
        change.cycle = int(number / m_phaseMs.size()) + 1;
        change.kind = m_pattern.phases.at(change.phaseIndex).kind;
        change.scheduledMs = clockTimeForActiveMs(phaseStartActiveMs(number));
        change.detectedMs = now;
        result.changes.append(change);
    }
    m_phaseNumber = std::max(m_phaseNumber, target);
    m_elapsedMs = active;
    if (m_state == State::Running && active >= m_totalMs) {
        m_state = State::Finished;
        result.finished = true;
    }
    return result;
}

int BreathingEngine::phaseIndex() const
{
    return m_phaseNumber < 0 ? -1 : int(m_phaseNumber % m_phaseMs.size());
}

BreathingPhase::Kind BreathingEngine::phaseKind() const
{
    if (m_pattern.phases.isEmpty())
        return Kind::Inhale;
    return m_pattern.phases.at(std::max(0, phaseIndex())).kind;
}

int BreathingEngine::cycle() const
{
    return m_phaseNumber < 0 ? 0 : int(m_phaseNumber / m_phaseMs.size()) + 1;
}

qint64 BreathingEngine::phaseDurationMs() const
{
    if (m_phaseMs.isEmpty())
        return 0;
    return m_phaseMs.at(std::max(0, phaseIndex()));
}

double BreathingEngine::phaseProgress() const
{
    if (m_phaseNumber < 0)
        return 0;
    const qint64 start = phaseStartActiveMs(m_phaseNumber);
    const qint64 length = phaseStartActiveMs(m_phaseNumber + 1) - start;
    if (length <= 0)
        return 1;
    return std::clamp(double(m_elapsedMs - start) / double(length), 0.0, 1.0);
}

qint64 BreathingEngine::phaseRemainingMs() const
{
    if (m_phaseNumber < 0)
        return phaseDurationMs();
    return std::max<qint64>(0, phaseStartActiveMs(m_phaseNumber + 1) - m_elapsedMs);
}

double BreathingEngine::breathLevel() const
{
    if (m_startLevel.isEmpty())
        return 0;
    const int index = std::max(0, phaseIndex());
    const double from = m_startLevel.at(index);
    return from + (m_endLevel.at(index) - from) * easeInOutSine(phaseProgress());
}

double BreathingEngine::phaseEndLevel() const
{
    if (m_endLevel.isEmpty())
        return 0;
    return m_phaseNumber < 0 ? m_startLevel.at(0) : m_endLevel.at(phaseIndex());
}

qint64 BreathingEngine::phaseStartActiveMs(qint64 number) const
{
    if (m_phaseMs.isEmpty() || number <= 0)
        return 0;
    if (number >= totalPhases())
        return m_totalMs;
    const qsizetype n = m_phaseMs.size();
    return (number / n) * m_cycleMs + m_phaseOffsetMs.at(number % n);
}

qint64 BreathingEngine::clockTimeForActiveMs(qint64 activeMs) const
{
    // A boundary at the very moment a pause began was reached before it, so only earlier pauses count.
    qint64 paused = 0;
    for (const Pause &pause : m_pauses) {
        if (pause.atActiveMs >= activeMs)
            break;
        paused += pause.durationMs >= 0 ? pause.durationMs : m_clock.nowMs() - pause.atClockMs;
    }
    return m_startMs + activeMs + paused;
}

qint64 BreathingEngine::pausedTotalMs() const
{
    if (m_state == State::Paused)
        return m_pausedTotalMs + m_clock.nowMs() - m_pauses.constLast().atClockMs;
    return m_pausedTotalMs;
}

qint64 BreathingEngine::activeMsAt(qint64 nowMs) const
{
    switch (m_state) {
    case State::Ready:
        return 0;
    case State::Running:
        return std::clamp<qint64>(nowMs - m_startMs - m_pausedTotalMs, 0, m_totalMs);
    case State::Paused:
        return m_pauses.constLast().atActiveMs;
    case State::Finished:
        return m_totalMs;
    case State::Stopped:
        return m_elapsedMs;
    }
    return 0;
}

qint64 BreathingEngine::phaseNumberAtActive(qint64 activeMs) const
{
    if (m_phaseMs.isEmpty() || m_cycleMs <= 0)
        return -1;
    if (activeMs >= m_totalMs)
        return totalPhases() - 1;
    const qsizetype n = m_phaseMs.size();
    const qint64 cycleIndex = activeMs / m_cycleMs;
    const qint64 within = activeMs % m_cycleMs;
    // The last phase that has begun (a zero-length phase is passed over here but still reported).
    const auto it = std::upper_bound(m_phaseOffsetMs.cbegin(), m_phaseOffsetMs.cend(), within);
    const qint64 index = qint64(it - m_phaseOffsetMs.cbegin()) - 1;
    return cycleIndex * n + std::max<qint64>(0, index);
}
