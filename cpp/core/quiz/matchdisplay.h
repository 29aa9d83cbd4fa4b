#pragma once

#include "gift/question.h"
#include "quizanswer.h"

#include <QList>

// A matching question as the learner sees it: the right-hand items in alphabetical order, so their
// order gives nothing away. The learner picks by position in that order; the grader wants pair indexes.
namespace MatchDisplay {

// The pair index of each right-hand item, in the order shown.
QList<int> rightOrder(const Question &question);

// The answer to grade from the learner's picks: for each asked pair (askedPairs), the shown position
// of the right-hand item put beside it (-1, or out of range: none).
QuizAnswer answerFromPicks(const Question &question, const QList<int> &shownPicks);

// For each asked pair, the shown position of the right-hand item the answer put beside it (-1: none).
QList<int> picksFromAnswer(const Question &question, const QuizAnswer &answer);

} // namespace MatchDisplay
