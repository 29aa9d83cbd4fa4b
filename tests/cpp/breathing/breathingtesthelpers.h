#pragma once

// Shared by the breathing tests: the schedule a session should follow, worked out independently of the
// engine (from the pattern's seconds as doubles), and a way to find a built-in pattern by id.
#include "breathing/breathingpattern.h"
#include "breathing/builtinbreathingpatterns.h"

#include <QList>
#include <QString>

namespace BreathingTest {

struct ExpectedPhase
{
    BreathingPhase::Kind kind;
    int phaseIndex;
    int cycle;
    double startMs;   // active milliseconds from the start
};

inline QList<ExpectedPhase> schedule(const BreathingPattern &pattern, int cycles)
{
    QList<ExpectedPhase> result;
    double t = 0;
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        for (int i = 0; i < pattern.phases.size(); ++i) {
            result.append({pattern.phases.at(i).kind, i, cycle, t});
            t += pattern.phases.at(i).seconds * 1000.0;
        }
    }
    return result;
}

inline BreathingPattern builtIn(const QString &id)
{
    const QList<BreathingPattern> all = BuiltInBreathingPatterns::all();
    for (const BreathingPattern &pattern : all) {
        if (pattern.id == id)
            return pattern;
    }
    return {};
}

inline QStringList builtInIds()
{
    QStringList ids;
    const QList<BreathingPattern> all = BuiltInBreathingPatterns::all();
    for (const BreathingPattern &pattern : all)
        ids.append(pattern.id);
    return ids;
}

} // namespace BreathingTest
