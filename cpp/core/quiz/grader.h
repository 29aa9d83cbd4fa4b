#pragma once

#include "gift/question.h"
#include "quizanswer.h"

#include <QString>
#include <QStringList>

// The outcome of grading one answer.
struct Grade
{
    bool graded = false;     // false for essays and descriptions, which are never scored
    double score = 0;        // 0..1 of the question's credit, clamped; partial credit from GIFT weights
    bool correct = false;    // score >= 0.999 (so three options of 33.33333% make a right answer)
    QStringList feedback;    // feedback of the chosen options, in the question's order; empty ones left out
    QString generalFeedback;
};

// Grades an answer against a question: single -> the chosen option's weight; multiple -> the sum of the
// chosen weights (negative ones subtract); truefalse; short -> a case-insensitive match with white space
// trimmed and collapsed; matching -> the fraction of pairs right; numerical -> the best matching range.
Grade gradeAnswer(const Question &q, const QuizAnswer &a);

// Matching: the pairs the learner is asked about, in order (a pair with an empty left side is an extra
// wrong answer to choose from, not a question).
QList<qsizetype> askedPairs(const Question &q);
// Matching: whether the right side the learner put at pair `pair` is right. Two pairs may share a
// right side; putting either copy there is right.
bool matchIsRight(const Question &q, const QuizAnswer &a, qsizetype pair);
