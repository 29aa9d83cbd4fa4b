#pragma once

#include "question.h"

#include <QJsonObject>
#include <QList>

// The JSON that `pausa-content dump file.gift --json` prints and the golden tests compare
// (lessons/README.md describes it, docs/dump.schema.json is its schema):
// { "questions": [ { "title", "type", "stem", "format", "category", "choices", "pairs", "numbers",
//                    "generalFeedback" } ] }.
// Every key is always there ("category" empty without a $CATEGORY line, the arrays [] when empty).
// "choices" [{text, weight, feedback}]: a choice question's options, a short answer's accepted answers,
// and a numerical question's answers as a learner reads them ("7", "3.1 ± 0.05", "1–3", "*").
// "pairs" [{left, right}]: a matching question's pairs. "numbers": a numerical question's answers as
// data, [{value, tolerance, weight, feedback} | {min, max, weight, feedback} | {any: true, weight, feedback}].
QJsonObject questionToJson(const Question &q);
QJsonObject questionsToJson(const QList<Question> &qs);
