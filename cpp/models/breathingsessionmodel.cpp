#include "breathingsessionmodel.h"

#include "breathing/breathingrules.h"
#include "breathing/breathingsessiondriver.h"
#include "breathing/scaledclock.h"
#include "breathing/steadyclock.h"

#include <cmath>

namespace {

// A cue for a phase noticed later than this (after a stall) would be out of step with the breath:
// better silent than wrong.
constexpr double StaleCueMs = 250;

int ceilSeconds(qint64 ms)
{
    return int((std::max<qint64>(0, ms) + 999) / 1000);
}

} // namespace

BreathingSessionModel::BreathingSessionModel(QObject *parent)
    : QObject(parent)
    , m_steadyClock(std::make_unique<SteadyClock>())
    , m_scaledClock(std::make_unique<ScaledClock>(*m_steadyClock, 1.0))
    , m_driver(std::make_unique<BreathingSessionDriver>(m_scaledClock.get()))
{
    connect(m_driver.get(), &BreathingSessionDriver::phaseStarted, this, &BreathingSessionModel::onPhaseStarted);
    connect(m_driver.get(), &BreathingSessionDriver::ticked, this, &BreathingSessionModel::timeChanged);
    connect(m_driver.get(), &BreathingSessionDriver::stateChanged, this, [this] {
        Q_EMIT statusChanged();
        Q_EMIT phaseChanged();
    });
    connect(m_driver.get(), &BreathingSessionDriver::finished, this, &BreathingSessionModel::onFinished);
}

BreathingSessionModel::~BreathingSessionModel() = default;

void BreathingSessionModel::setPatternId(const QString &patternId)
{
    if (m_patternId == patternId)
        return;
    m_patternId = patternId;
    Q_EMIT patternIdChanged();
    plan();
}

void BreathingSessionModel::setProgress(ProgressTracker *progress)
{
    if (m_progress == progress)
        return;
    m_progress = progress;
    Q_EMIT progressChanged();
}

void BreathingSessionModel::setPatterns(BreathingPatternModel *patterns)
{
    if (m_patterns == patterns)
        return;
    if (m_patterns)
        disconnect(m_patterns, nullptr, this, nullptr);
    m_patterns = patterns;
    if (patterns) {
        // Adjustments made or course patterns arriving before the start still count.
        connect(patterns, &QAbstractItemModel::dataChanged, this, &BreathingSessionModel::plan);
        connect(patterns, &QAbstractItemModel::modelReset, this, &BreathingSessionModel::plan);
        m_ownPatterns.reset();
    }
    Q_EMIT patternsChanged();
    plan();
}

void BreathingSessionModel::setDurationSeconds(int seconds)
{
    seconds = std::max(0, seconds);
    if (m_durationSeconds == seconds)
        return;
    m_durationSeconds = seconds;
    Q_EMIT durationSecondsChanged();
    plan();
}

void BreathingSessionModel::setCycles(int cycles)
{
    cycles = std::max(0, cycles);
    if (m_cycles == cycles)
        return;
    m_cycles = cycles;
    Q_EMIT cyclesChanged();
    plan();
}

qreal BreathingSessionModel::timeScale() const
{
    return m_scaledClock->scale();
}

void BreathingSessionModel::setTimeScale(qreal scale)
{
    const double before = m_scaledClock->scale();
    m_scaledClock->setScale(scale);
    if (m_scaledClock->scale() == before)
        return;
    m_driver->refresh();   // re-aim the timer at the new speed
    Q_EMIT timeScaleChanged();
}

void BreathingSessionModel::setAppActive(bool active)
{
    if (m_appActive == active)
        return;
    m_appActive = active;
    Q_EMIT appActiveChanged();
    if (!active && status() == Running) {
        m_driver->pause();
        m_interrupted = true;
        Q_EMIT statusChanged();
    }
}

bool BreathingSessionModel::isReady() const
{
    return m_driver->engine() && m_driver->engine()->isValid();
}

QString BreathingSessionModel::title() const
{
    return m_title;
}

int BreathingSessionModel::totalCycles() const
{
    return isReady() ? m_driver->engine()->totalCycles() : 0;
}

int BreathingSessionModel::totalSeconds() const
{
    return isReady() ? int((m_driver->engine()->totalMs() + 500) / 1000) : 0;
}

BreathingSessionModel::Status BreathingSessionModel::status() const
{
    if (!m_driver->engine())
        return Idle;
    switch (m_driver->engine()->state()) {
    case BreathingEngine::State::Ready:
        return Idle;
    case BreathingEngine::State::Running:
        return Running;
    case BreathingEngine::State::Paused:
        return Paused;
    case BreathingEngine::State::Finished:
        return Finished;
    case BreathingEngine::State::Stopped:
        return Stopped;
    }
    return Idle;
}

BreathingPatternModel::PhaseKind BreathingSessionModel::phaseKind() const
{
    return isReady() ? BreathingPatternModel::PhaseKind(m_driver->engine()->phaseKind()) : BreathingPatternModel::Inhale;
}

int BreathingSessionModel::phaseIndex() const
{
    return isReady() ? m_driver->engine()->phaseIndex() : -1;
}

bool BreathingSessionModel::phaseContinues() const
{
    return isReady() && BreathingRules::continuesPrevious(m_driver->engine()->pattern(), phaseIndex());
}

int BreathingSessionModel::cycle() const
{
    return isReady() ? m_driver->engine()->cycle() : 0;
}

qreal BreathingSessionModel::phaseEndLevel() const
{
    return isReady() ? m_driver->engine()->phaseEndLevel() : 0;
}

qreal BreathingSessionModel::phaseProgress() const
{
    return isReady() ? m_driver->engine()->phaseProgress() : 0;
}

qreal BreathingSessionModel::breathLevel() const
{
    return isReady() ? m_driver->engine()->breathLevel() : 0;
}

int BreathingSessionModel::phaseRemainingMs() const
{
    if (!isReady())
        return 0;
    return int(std::ceil(double(m_driver->engine()->phaseRemainingMs()) / std::max(0.01, clock().rate())));
}

int BreathingSessionModel::phaseSecondsLeft() const
{
    return isReady() ? ceilSeconds(m_driver->engine()->phaseRemainingMs()) : 0;
}

int BreathingSessionModel::secondsLeft() const
{
    return isReady() ? ceilSeconds(m_driver->engine()->sessionRemainingMs()) : 0;
}

int BreathingSessionModel::secondsDone() const
{
    return isReady() ? int(m_driver->engine()->elapsedMs() / 1000) : 0;
}

QString BreathingSessionModel::remainingText() const
{
    const int seconds = secondsLeft();
    return QString::number(seconds / 60) + u':' + QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void BreathingSessionModel::start()
{
    const Status now = status();
    if (now == Running || now == Paused)
        return;
    if (now == Finished || now == Stopped)
        plan();   // a fresh session
    if (!isReady())
        return;
    m_interrupted = false;
    m_driver->start();
}

void BreathingSessionModel::pause()
{
    m_driver->pause();
}

void BreathingSessionModel::resume()
{
    if (status() != Paused)
        return;
    m_interrupted = false;
    m_driver->resume();
}

void BreathingSessionModel::toggle()
{
    switch (status()) {
    case Running:
        pause();
        break;
    case Paused:
        resume();
        break;
    case Idle:
    case Finished:
    case Stopped:
        start();
        break;
    }
}

void BreathingSessionModel::stop()
{
    const Status now = status();
    if (now != Running && now != Paused)
        return;
    m_interrupted = false;
    m_driver->stop();
    end(secondsDone(), false);
}

void BreathingSessionModel::setClock(const Clock *testClock)
{
    const Status now = status();
    if (now == Running || now == Paused)
        return;
    m_testClock = testClock;
    m_driver->setClock(testClock ? testClock : m_scaledClock.get());
    plan();
}

void BreathingSessionModel::refresh()
{
    m_driver->refresh();
}

void BreathingSessionModel::plan()
{
    const Status now = status();
    if (now == Running || now == Paused)
        return;   // a session under way keeps its plan
    BreathingPatternModel *patterns = m_patterns;
    if (!patterns && !m_patternId.isEmpty()) {
        if (!m_ownPatterns)
            m_ownPatterns = std::make_unique<BreathingPatternModel>();
        patterns = m_ownPatterns.get();
    }
    const std::optional<BreathingPattern> pattern = patterns ? patterns->pattern(m_patternId) : std::nullopt;
    // The list model's title is the translated one for a built-in exercise.
    m_title = pattern ? patterns->data(patterns->index(patterns->indexOf(m_patternId), 0),
                                       BreathingPatternModel::TitleRole).toString()
                      : QString();
    if (pattern)
        m_driver->prepare(*pattern, BreathingRules::cyclesFor(*pattern, m_durationSeconds, m_cycles));
    else
        m_driver->prepare(BreathingPattern{}, 0);
    Q_EMIT planChanged();
}

void BreathingSessionModel::onPhaseStarted(const BreathingPhaseChange &change)
{
    const BreathingEngine *engine = m_driver->engine();
    if (change.number != engine->phaseNumber())
        return;   // passed during a stall; only the phase the session is in now is shown and heard
    Q_EMIT phaseChanged();
    Q_EMIT phaseStarted();
    const double lateRealMs = double(clock().nowMs() - change.scheduledMs) / std::max(0.01, clock().rate());
    if (lateRealMs <= StaleCueMs)
        Q_EMIT cue(BreathingPatternModel::PhaseKind(change.kind));
}

void BreathingSessionModel::onFinished()
{
    end(totalSeconds(), true);
}

// Called once per started session: stop() only acts on a running or paused one, and the driver
// finishes only a running one.
void BreathingSessionModel::end(int secondsDone, bool completed)
{
    if (m_progress)
        m_progress->recordBreathing(m_patternId, secondsDone, completed);
    Q_EMIT sessionEnded(m_patternId, secondsDone, completed);
}

const Clock &BreathingSessionModel::clock() const
{
    return m_testClock ? *m_testClock : *m_scaledClock;
}
