#include "breathingrules.h"

#include <algorithm>
#include <cmath>

namespace BreathingRules {

QList<int> lengthChoicesMinutes()
{
    return {1, 2, 3, 5};
}

double minPhaseSeconds(const BreathingPhase &original)
{
    const double low = std::min(original.minSeconds, original.seconds);
    return std::clamp(low, AbsoluteMinPhaseSeconds, AbsoluteMaxPhaseSeconds);
}

double maxPhaseSeconds(const BreathingPhase &original)
{
    const double high = std::max(original.maxSeconds, original.seconds);
    return std::clamp(high, minPhaseSeconds(original), AbsoluteMaxPhaseSeconds);
}

double clampPhaseSeconds(const BreathingPhase &original, double seconds)
{
    if (!std::isfinite(seconds))
        seconds = original.seconds;
    const double rounded = std::round(seconds * 10.0) / 10.0;
    return std::clamp(rounded, minPhaseSeconds(original), maxPhaseSeconds(original));
}

BreathingPattern adjusted(const BreathingPattern &original, const QList<double> &seconds)
{
    BreathingPattern result = original;
    if (seconds.size() != original.phases.size())
        return result;
    for (qsizetype i = 0; i < seconds.size(); ++i)
        result.phases[i].seconds = clampPhaseSeconds(original.phases.at(i), seconds.at(i));
    return result;
}

bool continuesPrevious(const BreathingPattern &pattern, int index)
{
    const qsizetype n = pattern.phases.size();
    if (n < 2 || index < 0 || index >= n)
        return false;
    const BreathingPhase::Kind kind = pattern.phases.at(index).kind;
    const BreathingPhase::Kind previous = pattern.phases.at((index + n - 1) % n).kind;
    return kind == previous && (kind == BreathingPhase::Kind::Inhale || kind == BreathingPhase::Kind::Exhale);
}

qint64 phaseMs(double seconds)
{
    if (!std::isfinite(seconds) || seconds <= 0)
        return 0;
    return static_cast<qint64>(std::llround(seconds * 1000.0));
}

qint64 cycleMs(const BreathingPattern &pattern)
{
    qint64 total = 0;
    for (const BreathingPhase &phase : pattern.phases)
        total += phaseMs(phase.seconds);
    return total;
}

int cyclesFor(const BreathingPattern &pattern, int durationSeconds, int cycles)
{
    const qint64 perCycle = cycleMs(pattern);
    if (perCycle <= 0)
        return 0;
    if (cycles > 0)
        return std::clamp(cycles, MinCycles, MaxCycles);
    if (durationSeconds <= 0) {
        if (pattern.suggestedCycles > 0)
            return std::clamp(pattern.suggestedCycles, MinCycles, CycleLimit);
        durationSeconds = pattern.suggestedSeconds > 0 ? pattern.suggestedSeconds : 60;
    }
    const double exact = static_cast<double>(durationSeconds) * 1000.0 / static_cast<double>(perCycle);
    return static_cast<int>(std::clamp<double>(std::round(exact), 1, CycleLimit));
}

} // namespace BreathingRules
