#pragma once

#include "quizanswer.h"

#include <QString>

// The learner's answer as the progress store keeps it with an attempt (compact JSON), so a resumed
// quiz can grade it again. Reading is forgiving: a field that is missing or of the wrong kind reads
// as "not given", and text that is not JSON at all reads as an empty answer.
QString savedAnswerJson(const QuizAnswer &answer);
QuizAnswer savedAnswerFromJson(const QString &json);
