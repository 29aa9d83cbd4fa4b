#pragma once

#include "breathingpattern.h"

#include <QList>

// The rules around a breathing exercise that are not the clock: how far the learner may adjust a phase,
// which lengths they can pick, and how a length in minutes turns into whole cycles.
namespace BreathingRules {

// One press of "longer" / "shorter" on a phase.
inline constexpr double AdjustStepSeconds = 0.5;
// Never shorter than this, whatever a course file says: a phase must be perceivable.
inline constexpr double AbsoluteMinPhaseSeconds = 0.5;
inline constexpr double AbsoluteMaxPhaseSeconds = 60;

// When the learner counts cycles instead of minutes.
inline constexpr int MinCycles = 1;
inline constexpr int MaxCycles = 60;
inline constexpr int DefaultCycles = 6;

// A session never runs longer than this many cycles, however it was asked for.
inline constexpr int CycleLimit = 10000;

// The session lengths offered, in minutes.
QList<int> lengthChoicesMinutes();

// The bounds for adjusting `original`: its own min/max, widened to include its default length.
double minPhaseSeconds(const BreathingPhase &original);
double maxPhaseSeconds(const BreathingPhase &original);
// `seconds` brought within those bounds, rounded to a tenth of a second.
double clampPhaseSeconds(const BreathingPhase &original, double seconds);

// `original` with its phase lengths replaced by `seconds` (each clamped). A list of the wrong size
// (the course changed since the learner adjusted it) is ignored.
BreathingPattern adjusted(const BreathingPattern &original, const QList<double> &seconds);

// Whether phase `index` continues the one before it in the same direction: the sigh's second, short
// breath in (a "top-up"), or a second breath out. The guide gives such a phase its own words.
bool continuesPrevious(const BreathingPattern &pattern, int index);

// A phase length in whole milliseconds, the unit of the timing engine.
qint64 phaseMs(double seconds);
qint64 cycleMs(const BreathingPattern &pattern);

// How many cycles a session runs: `cycles` when given (> 0, bounded to MinCycles..MaxCycles); else
// `durationSeconds` rounded to the nearest whole number of cycles (at least one), so an exercise never
// stops in the middle of a breath; else the pattern's suggestion. 0 for a pattern without length.
int cyclesFor(const BreathingPattern &pattern, int durationSeconds, int cycles);

} // namespace BreathingRules
