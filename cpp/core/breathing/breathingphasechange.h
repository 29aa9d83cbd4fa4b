#pragma once

#include "breathingpattern.h"

#include <QtGlobal>

// One phase starting, as the engine reports it: which phase, when it was due and when it was noticed.
// `scheduledMs` comes from the start time and the paused time only, so a late report never shifts it.
struct BreathingPhaseChange
{
    qint64 number = 0;       // phases started since the session began, from 0
    int phaseIndex = 0;      // index into the pattern's phases
    int cycle = 1;           // from 1
    BreathingPhase::Kind kind = BreathingPhase::Kind::Inhale;
    qint64 scheduledMs = 0;  // clock time the phase was due to start
    qint64 detectedMs = 0;   // clock time of the update that reported it

    qint64 lateMs() const { return detectedMs - scheduledMs; }
};
