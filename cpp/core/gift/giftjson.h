#pragma once

#include "question.h"

#include <QJsonObject>
#include <QList>

// The JSON that `pausa-content dump file.gift --json` prints and the golden tests compare:
// { "questions": [ { "title", "type", "stem", "format", "choices" | "pairs", "generalFeedback" } ] }.
// Matching questions carry "pairs" [{left, right}], all others "choices" [{text, weight, feedback}].
// A numerical answer is a choice whose text is "5±1" (value ± tolerance), "5" (exact) or "*" (any
// other number, from GIFT's "~" feedback); a min..max range is shown as its midpoint ± half-width.
QJsonObject questionToJson(const Question &q);
QJsonObject questionsToJson(const QList<Question> &qs);
