#pragma once

#include <QHash>
#include <QString>

// How long this learner takes to answer, per question type: the session planner fits items into the
// chosen minutes with it. Before the learner has answered a type a few times, a default for the type
// (or the learner's own mean over all types, once there is one) stands in.
class ReviewPace
{
public:
    // Answers of a type needed before the learner's own mean for it is used.
    static constexpr int MinAnswers = 3;
    // One answer counts at most this long: a learner who put the phone away mid-question must not
    // make every later estimate long.
    static constexpr double MaxAnswerSeconds = 180;
    static constexpr double MinAnswerSeconds = 2;

    // The learner's running mean for a type after `answers` answers (the store keeps both).
    void setMean(const QString &kind, double seconds, int answers);
    double secondsFor(const QString &kind) const;
    // A new running mean: the plain mean for the first answers, then an exponential one that follows
    // the last twenty or so, so a learner who gets faster sees sessions grow.
    static double updatedMean(double mean, int answersBefore, double seconds);
    static double defaultSeconds(const QString &kind);

private:
    struct Mean
    {
        double seconds = 0;
        int answers = 0;
    };
    QHash<QString, Mean> m_means;
};
