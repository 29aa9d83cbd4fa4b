#pragma once

#include "gift/question.h"

#include <QLocale>
#include <QString>

// How the quiz words a question's parts for the learner, in the app's language (translations under
// the "QuizSession" context).
namespace QuizWording {

// An option as the learner reads it: a true/false option is "True" / "False" in their language
// (GIFT names them "true" and "false"), any other option its own text.
QString optionText(const Question &question, const Choice &choice);

// A numerical answer with the language's decimal sign: "3", "3 ± 0,5", "2–4", "*" for any number.
QString numberText(const NumericAnswer &answer, const QLocale &locale);

// The right answer, as shown after a wrong one and in the list of missed questions. Several right
// answers (multiple choice, the pairs of a matching question) read as a list, one a line
// ("\n• A\n• B"): joined into one paragraph they ran to a dozen lines on a phone.
QString rightAnswer(const Question &question, const QLocale &locale);

} // namespace QuizWording
