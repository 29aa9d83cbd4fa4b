#include "breathingsessiondriver.h"

#include <algorithm>
#include <cmath>

namespace {

// The wait until a countdown of `remainingMs` shows the next whole second (it shows the ceiling).
qint64 untilNextSecond(qint64 remainingMs)
{
    const qint64 rest = remainingMs % 1000;
    return rest == 0 ? 1000 : rest;
}

} // namespace

BreathingSessionDriver::BreathingSessionDriver(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BreathingSessionDriver::refresh);
}

BreathingSessionDriver::~BreathingSessionDriver() = default;

void BreathingSessionDriver::setClock(const Clock *clock)
{
    if (m_engine && m_engine->isActive())
        return;
    m_clock = clock;
    if (m_engine)
        prepare(m_engine->pattern(), m_engine->totalCycles());
}

void BreathingSessionDriver::prepare(const BreathingPattern &pattern, int cycles)
{
    stopTimer();
    m_engine = m_clock ? std::make_unique<BreathingEngine>(*m_clock, pattern, cycles) : nullptr;
    Q_EMIT stateChanged();
    Q_EMIT ticked();
}

void BreathingSessionDriver::start()
{
    if (!m_engine || m_engine->state() != BreathingEngine::State::Ready)
        return;
    m_engine->start();
    Q_EMIT stateChanged();
    refresh();
}

void BreathingSessionDriver::pause()
{
    if (!m_engine || m_engine->state() != BreathingEngine::State::Running)
        return;
    refresh();   // report what happened up to now first
    m_engine->pause();
    stopTimer();
    if (m_engine->state() == BreathingEngine::State::Paused)
        Q_EMIT stateChanged();
}

void BreathingSessionDriver::resume()
{
    if (!m_engine || m_engine->state() != BreathingEngine::State::Paused)
        return;
    m_engine->resume();
    Q_EMIT stateChanged();
    refresh();
}

void BreathingSessionDriver::stop()
{
    if (!m_engine || !m_engine->isActive())
        return;
    stopTimer();
    m_engine->stop();
    Q_EMIT stateChanged();
    Q_EMIT ticked();
}

void BreathingSessionDriver::refresh()
{
    if (!m_engine || !m_engine->isActive())
        return;
    const BreathingEngine::Update update = m_engine->update();
    for (const BreathingPhaseChange &change : update.changes)
        Q_EMIT phaseStarted(change);
    Q_EMIT ticked();
    if (update.finished) {
        stopTimer();
        Q_EMIT stateChanged();
        Q_EMIT finished();
        return;
    }
    scheduleNext();
}

void BreathingSessionDriver::stopTimer()
{
    m_timer.stop();
    m_nextDueMs = -1;
}

void BreathingSessionDriver::scheduleNext()
{
    if (!m_engine || m_engine->state() != BreathingEngine::State::Running) {
        stopTimer();
        return;
    }
    // In engine (active) time: the next boundary, or the next change of a displayed second.
    const qint64 phaseLeft = m_engine->phaseRemainingMs();
    const qint64 sessionLeft = m_engine->sessionRemainingMs();
    const qint64 wait = std::min({phaseLeft, untilNextSecond(phaseLeft), untilNextSecond(sessionLeft)});
    // As a clock time, then as a real delay from now: the update above may itself have taken a while.
    const qint64 dueMs = m_engine->clockTimeForActiveMs(m_engine->elapsedMs() + wait);
    m_nextDueMs = dueMs;
    const double rate = std::max(0.01, m_clock->rate());
    const double delay = std::ceil(double(dueMs - m_clock->nowMs()) / rate);
    m_timer.start(int(std::clamp(delay, 0.0, 60'000.0)));
}
