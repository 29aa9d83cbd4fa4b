#pragma once

#include <QList>
#include <QString>

// A breathing exercise as data: phases in order, repeated in cycles. Built-in patterns and those
// from course files share this type.
struct BreathingPhase
{
    enum class Kind { Inhale, HoldIn, Exhale, HoldOut };
    Kind kind = Kind::Inhale;
    double seconds = 4;
    // How far the learner may adjust this phase (see BreathingRules::clampPhaseSeconds); a course file
    // may narrow or widen them. The phase's own length is always allowed.
    double minSeconds = 2;
    double maxSeconds = 10;
};

struct BreathingPattern
{
    QString id;              // "box", "4-7-8", or a course file's id
    QString title;           // shown to the learner
    QString description;     // Markdown, how and when to use it
    QList<BreathingPhase> phases;
    int suggestedSeconds = 120;   // suggested length; 0 when cycles is given instead
    int suggestedCycles = 0;

    double cycleSeconds() const
    {
        double total = 0;
        for (const auto &phase : phases)
            total += phase.seconds;
        return total;
    }
};
