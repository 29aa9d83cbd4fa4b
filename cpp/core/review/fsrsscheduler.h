#pragma once

#include "fsrscard.h"

#include <QString>

// FSRS-6, the algorithm of ts-fsrs 5.4.2 step by step (its rounding to 8 decimals, JavaScript's
// Math.round, calendar days in UTC for elapsed time, learning steps, the hard < good < easy order of
// intervals and the same-day review of a Review card), so that with fuzz off a card goes through
// exactly the states ts-fsrs gives it. tst_fsrsvectors holds it to vectors made by ts-fsrs itself.
//
// With fuzz on, an interval of 2.5 days or more is spread within ts-fsrs's fuzz range by a factor
// drawn from fuzzSeed: the caller seeds it with the item and its review count, so a replay gives
// the same dates.
class FsrsScheduler
{
public:
    explicit FsrsScheduler(const FsrsConfig &config = FsrsConfig());

    const FsrsConfig &config() const { return m_config; }

    // The card after a review with this rating at nowMs. A review before the card's last one counts
    // as the same day (ts-fsrs refuses it; Pausa never rewrites a learner's answer for a wrong clock).
    FsrsCard next(const FsrsCard &card, qint64 nowMs, FsrsRating rating, quint64 fuzzSeed = 0) const;

    // Probability of recall at nowMs, 0..1 (0 for a new card), from the time since the last review
    // in fractional days (finer than ts-fsrs's whole days, for ranking items within a day).
    double retrievability(const FsrsCard &card, qint64 nowMs) const;

    // ts-fsrs's forgetting curve, rounded to 8 decimals: elapsedDays may be fractional.
    double forgettingCurve(double elapsedDays, double stability) const;

    // Parses a ts-fsrs step such as "1m", "10m", "1h" or "2d" into minutes; false when malformed.
    static bool parseStep(const QString &step, int *minutes);
    static QString stateName(FsrsState state);

    static constexpr qint64 MinuteMs = 60 * 1000;
    static constexpr qint64 DayMs = 24 * 60 * MinuteMs;

private:
    struct Memory
    {
        double difficulty = 0;
        double stability = 0;
    };
    Memory nextMemory(Memory memory, int elapsedDays, FsrsRating rating, const double *retrievability) const;
    double initDifficulty(int grade) const;
    double nextDifficulty(double difficulty, int grade) const;
    double nextRecallStability(double d, double s, double r, int grade) const;
    double nextForgetStability(double d, double s, double r) const;
    double nextShortTermStability(double s, int grade) const;
    int nextInterval(double stability, int elapsedDays, quint64 fuzzSeed) const;
    int applyFuzz(int interval, int elapsedDays, quint64 fuzzSeed) const;

    FsrsCard nextShortTerm(const FsrsCard &last, FsrsCard current, qint64 nowMs, FsrsRating rating,
                           quint64 fuzzSeed) const;
    FsrsCard nextLongTerm(const FsrsCard &last, FsrsCard current, qint64 nowMs, FsrsRating rating,
                          quint64 fuzzSeed) const;
    // ts-fsrs's BasicScheduler.applyLearningSteps: a step below a day keeps the card learning.
    void applyLearningSteps(FsrsCard &next, const FsrsCard &current, FsrsRating rating, FsrsState toState,
                            qint64 nowMs, quint64 fuzzSeed) const;

    FsrsConfig m_config;
    double m_decay = 0;
    double m_factor = 0;
    double m_intervalModifier = 0;
};
