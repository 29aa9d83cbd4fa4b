#pragma once

#include <QList>
#include <QtGlobal>

#include <array>

// FSRS-6 value types: a card's memory state and the scheduler's configuration. Times are UTC
// milliseconds since the epoch, as in the progress store.
enum class FsrsState { New = 0, Learning = 1, Review = 2, Relearning = 3 };
enum class FsrsRating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

struct FsrsCard
{
    FsrsState state = FsrsState::New;
    double stability = 0;
    double difficulty = 0;
    qint64 dueMs = 0;
    qint64 lastReviewMs = 0; // meaningful only when hasLastReview
    bool hasLastReview = false;
    int elapsedDays = 0;   // calendar days (UTC) between the last two reviews
    int scheduledDays = 0; // 0 while in a learning step
    int reps = 0;
    int lapses = 0;
    int learningSteps = 0; // index of the current learning or relearning step

    static FsrsCard createNew(qint64 nowMs)
    {
        FsrsCard card;
        card.dueMs = nowMs;
        return card;
    }
};

struct FsrsConfig
{
    // The 21 default FSRS-6 parameters (ts-fsrs 5.4.2 default_w).
    static constexpr std::array<double, 21> defaultWeights{
        0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    double requestRetention = 0.9;
    int maximumInterval = 36500;
    bool enableShortTerm = true;
    bool enableFuzz = false;
    QList<int> learningStepsMinutes{1, 10};
    QList<int> relearningStepsMinutes{10};
    std::array<double, 21> w = defaultWeights;
};
