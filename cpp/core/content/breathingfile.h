#pragma once

#include "breathing/breathingpattern.h"
#include "diagnostic.h"

#include <QString>
#include <QStringView>

#include <optional>

// A breathing exercise file of a course (front matter id, title, pattern, minutes or cycles; body =
// description), read into the same BreathingPattern the built-in exercises use.
class BreathingFile
{
public:
    // Returns nothing when the exercise cannot be used (errors reported); `idLine` gets the line of the id.
    static std::optional<BreathingPattern> read(const QString &path, Diagnostics *diagnostics, int *idLine = nullptr);
    // The same from text already read (for the fuzzer and the single-file check).
    static std::optional<BreathingPattern> parse(QStringView text, const QString &path, Diagnostics *diagnostics,
                                                 int *idLine = nullptr);

    // "inhale 4, hold 7, exhale 8": phases in order, seconds 1–20. A hold after an inhale holds the breath
    // in, after an exhale it holds it out. `line` and `column` locate `value` in the file for messages.
    static bool parsePattern(QStringView value, const QString &path, int line, int column,
                             QList<BreathingPhase> *phases, Diagnostics *diagnostics);

    static constexpr double minPhaseSeconds = 1;
    static constexpr double maxPhaseSeconds = 20;
};
