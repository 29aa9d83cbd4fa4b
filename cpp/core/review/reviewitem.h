#pragma once

#include "fsrscard.h"

#include <QString>

// One review item: a graded question of a course that the learner has answered, with its FSRS memory
// state. It is keyed by course id and question id only, so a course update that moves the question to
// another module or quiz keeps its history; moduleId is where it was last seen.
struct ReviewItem
{
    QString courseId;
    QString moduleId;
    QString questionId;
    QString kind; // the question type ("single", "matching", ...): answer times are kept per kind
    FsrsCard card;
};

namespace ReviewRules {

// The learner never rates themselves: wrong is Again, partly right is Hard, right is Good.
inline FsrsRating ratingForScore(double score, bool correct)
{
    if (correct)
        return FsrsRating::Good;
    return score > 0 ? FsrsRating::Hard : FsrsRating::Again;
}

// The fuzz seed of an item's next review: its course and question id and its review count, hashed
// with FNV-1a (stable across Qt versions and runs), so a replay of the same answers gives the same dates.
inline quint64 fuzzSeed(const QString &courseId, const QString &questionId, int reps)
{
    quint64 hash = 14695981039346656037ULL;
    const auto mix = [&hash](const QString &text) {
        for (const QChar c : text) {
            hash ^= c.unicode();
            hash *= 1099511628211ULL;
        }
        hash ^= 0x1f;
        hash *= 1099511628211ULL;
    };
    mix(courseId);
    mix(questionId);
    return hash ^ (quint64(reps) * 0x9e3779b97f4a7c15ULL);
}

} // namespace ReviewRules
