#pragma once

#include "breathing/breathingpattern.h"
#include "course.h"
#include "diagnostic.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON form of loaded content, as `pausa-content dump --json` prints it (documented in
// lessons/README.md). Lessons carry their body only when it was loaded (LoadDepth::Full).
QJsonObject courseToJson(const Course &course);
QJsonObject moduleToJson(const CourseModule &module);
QJsonObject lessonToJson(const Lesson &lesson);
QJsonObject breathingToJson(const BreathingPattern &pattern);
QJsonObject diagnosticToJson(const Diagnostic &diagnostic);
QJsonArray diagnosticsToJson(const Diagnostics &diagnostics);
QString breathingPhaseName(BreathingPhase::Kind kind);   // "inhale", "holdIn", "exhale", "holdOut"
