#include "fsrsscheduler.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double StabilityMin = 1e-3;
constexpr double StabilityMax = 36500;
constexpr double InitialStabilityMax = 100;

// JavaScript's Math.round: halves go up (towards +infinity), also for negative numbers.
double jsRound(double x)
{
    const double down = std::floor(x);
    return x - down >= 0.5 ? down + 1 : down;
}

// ts-fsrs's roundTo(x, 8), applied after nearly every step of the algorithm.
double round8(double x)
{
    return jsRound(x * 100000000.0) / 100000000.0;
}

// ts-fsrs's clamp: the lower bound first, so an upper bound below it wins.
double clampTo(double value, double low, double high)
{
    return std::min(std::max(value, low), high);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Calendar days in UTC between two instants (ts-fsrs's dateDiffInDays).
int calendarDays(qint64 fromMs, qint64 toMs)
{
    return int(floorDiv(toMs, FsrsScheduler::DayMs) - floorDiv(fromMs, FsrsScheduler::DayMs));
}

// ts-fsrs's clipParameters: each weight within its bounds; with more than one relearning step, w17
// and w18 are capped so that relearning cannot raise stability above where it started.
std::array<double, 21> clipWeights(std::array<double, 21> w, int relearningSteps, bool shortTerm)
{
    double w1718Ceiling = 2;
    if (relearningSteps > 1) {
        const double w11 = clampTo(w[11], 1e-3, 5);
        const double w13 = clampTo(w[13], 1e-3, 0.9);
        const double w14 = clampTo(w[14], 0, 4);
        const double value = -(std::log(w11) + std::log(std::pow(2, w13) - 1) + w14 * 0.3) / relearningSteps;
        w1718Ceiling = clampTo(round8(std::sqrt(std::max(value, 0.0))), 0.01, 2);
    }
    const double bounds[21][2] = {
        {StabilityMin, InitialStabilityMax}, {StabilityMin, InitialStabilityMax}, {StabilityMin, InitialStabilityMax},
        {StabilityMin, InitialStabilityMax}, {1, 10}, {1e-3, 4}, {1e-3, 4}, {1e-3, 0.75}, {0, 4.5}, {0, 0.8},
        {1e-3, 3.5}, {1e-3, 5}, {1e-3, 0.25}, {1e-3, 0.9}, {0, 4}, {0, 1}, {1, 6}, {0, w1718Ceiling},
        {0, w1718Ceiling}, {shortTerm ? 0.01 : 0, 0.8}, {0.1, 0.8}};
    for (int i = 0; i < 21; ++i)
        w[i] = clampTo(std::isfinite(w[i]) ? w[i] : 0, bounds[i][0], bounds[i][1]);
    return w;
}

// A fraction in [0, 1) from a 64-bit seed (splitmix64's finaliser): the fuzz factor.
double fraction(quint64 seed)
{
    quint64 z = seed + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) / double(1ULL << 53);
}

} // namespace

FsrsScheduler::FsrsScheduler(const FsrsConfig &config)
    : m_config(config)
{
    m_config.w = clipWeights(config.w, int(config.relearningStepsMinutes.size()), config.enableShortTerm);
    if (!(m_config.requestRetention > 0 && m_config.requestRetention <= 1))
        m_config.requestRetention = 0.9;
    if (m_config.maximumInterval <= 0)
        m_config.maximumInterval = 36500;
    m_decay = -m_config.w[20];
    m_factor = round8(std::exp(std::pow(m_decay, -1) * std::log(0.9)) - 1);
    m_intervalModifier = round8((std::pow(m_config.requestRetention, 1 / m_decay) - 1) / m_factor);
}

double FsrsScheduler::forgettingCurve(double elapsedDays, double stability) const
{
    return round8(std::pow(1 + m_factor * elapsedDays / stability, m_decay));
}

double FsrsScheduler::retrievability(const FsrsCard &card, qint64 nowMs) const
{
    if (card.state == FsrsState::New || !card.hasLastReview || card.stability <= 0)
        return 0;
    const double days = std::max<double>(0, double(nowMs - card.lastReviewMs) / double(DayMs));
    return forgettingCurve(days, card.stability);
}

double FsrsScheduler::initDifficulty(int grade) const
{
    const auto &w = m_config.w;
    return round8(w[4] - std::exp((grade - 1) * w[5]) + 1);
}

double FsrsScheduler::nextDifficulty(double difficulty, int grade) const
{
    const auto &w = m_config.w;
    const double delta = -w[6] * (grade - 3);
    const double damped = round8(delta * (10 - difficulty) / 9);
    const double next = difficulty + damped;
    const double reverted = round8(w[7] * initDifficulty(4) + (1 - w[7]) * next);
    return clampTo(reverted, 1, 10);
}

double FsrsScheduler::nextRecallStability(double d, double s, double r, int grade) const
{
    const auto &w = m_config.w;
    const double hardPenalty = grade == 2 ? w[15] : 1;
    const double easyBonus = grade == 4 ? w[16] : 1;
    return round8(clampTo(s * (1 + std::exp(w[8]) * (11 - d) * std::pow(s, -w[9]) * (std::exp((1 - r) * w[10]) - 1)
                                       * hardPenalty * easyBonus),
                          StabilityMin, StabilityMax));
}

double FsrsScheduler::nextForgetStability(double d, double s, double r) const
{
    const auto &w = m_config.w;
    return round8(clampTo(w[11] * std::pow(d, -w[12]) * (std::pow(s + 1, w[13]) - 1) * std::exp((1 - r) * w[14]),
                          StabilityMin, StabilityMax));
}

double FsrsScheduler::nextShortTermStability(double s, int grade) const
{
    const auto &w = m_config.w;
    const double sinc = std::pow(s, -w[19]) * std::exp(w[17] * (grade - 3 + w[18]));
    const double masked = grade >= 2 ? std::max(sinc, 1.0) : sinc;
    return round8(clampTo(s * masked, StabilityMin, StabilityMax));
}

FsrsScheduler::Memory FsrsScheduler::nextMemory(Memory memory, int elapsedDays, FsrsRating rating,
                                                const double *retrievability) const
{
    const int g = int(rating);
    const auto &w = m_config.w;
    if (memory.difficulty == 0 && memory.stability == 0)
        return {clampTo(initDifficulty(g), 1, 10), std::max(w[g - 1], 0.1)};
    const double d = memory.difficulty;
    const double s = memory.stability;
    const double r = retrievability ? *retrievability : forgettingCurve(elapsedDays, s);
    double nextS = 0;
    if (elapsedDays == 0 && m_config.enableShortTerm) {
        nextS = nextShortTermStability(s, g);
    } else if (g == 1) {
        const double afterFail = nextForgetStability(d, s, r);
        const double w17 = m_config.enableShortTerm ? w[17] : 0;
        const double w18 = m_config.enableShortTerm ? w[18] : 0;
        nextS = clampTo(round8(s / std::exp(w17 * w18)), StabilityMin, afterFail);
    } else {
        nextS = nextRecallStability(d, s, r, g);
    }
    return {nextDifficulty(d, g), nextS};
}

int FsrsScheduler::nextInterval(double stability, int elapsedDays, quint64 fuzzSeed) const
{
    const double raw = std::max(1.0, jsRound(stability * m_intervalModifier));
    const int interval = int(std::min<double>(raw, m_config.maximumInterval));
    return applyFuzz(interval, elapsedDays, fuzzSeed);
}

// ts-fsrs's apply_fuzz and get_fuzz_range, with the factor drawn from the caller's seed.
int FsrsScheduler::applyFuzz(int interval, int elapsedDays, quint64 fuzzSeed) const
{
    if (!m_config.enableFuzz || interval < 2.5)
        return interval;
    struct Range { double start, end, factor; };
    static constexpr Range ranges[] = {{2.5, 7, 0.15}, {7, 20, 0.1}, {20, std::numeric_limits<double>::infinity(), 0.05}};
    double delta = 1;
    for (const Range &range : ranges)
        delta += range.factor * std::max(std::min<double>(interval, range.end) - range.start, 0.0);
    const double ivl = std::min(interval, m_config.maximumInterval);
    double minIvl = std::max(2.0, jsRound(ivl - delta));
    const double maxIvl = std::min<double>(jsRound(ivl + delta), m_config.maximumInterval);
    if (ivl > elapsedDays)
        minIvl = std::max<double>(minIvl, elapsedDays + 1);
    minIvl = std::min(minIvl, maxIvl);
    return int(std::floor(fraction(fuzzSeed) * (maxIvl - minIvl + 1) + minIvl));
}

FsrsCard FsrsScheduler::next(const FsrsCard &card, qint64 nowMs, FsrsRating rating, quint64 fuzzSeed) const
{
    FsrsCard current = card;
    int elapsed = 0;
    if (card.state != FsrsState::New && card.hasLastReview)
        elapsed = std::max(0, calendarDays(card.lastReviewMs, nowMs));
    current.lastReviewMs = nowMs;
    current.hasLastReview = true;
    current.elapsedDays = elapsed;
    current.reps += 1;
    return m_config.enableShortTerm ? nextShortTerm(card, current, nowMs, rating, fuzzSeed)
                                    : nextLongTerm(card, current, nowMs, rating, fuzzSeed);
}

FsrsCard FsrsScheduler::nextShortTerm(const FsrsCard &last, FsrsCard current, qint64 nowMs, FsrsRating rating,
                                      quint64 fuzzSeed) const
{
    const int elapsed = current.elapsedDays;
    const Memory memory{current.difficulty, current.stability};
    if (last.state != FsrsState::Review) {
        FsrsCard next = current;
        const Memory m = nextMemory(memory, elapsed, rating, nullptr);
        next.difficulty = m.difficulty;
        next.stability = m.stability;
        const FsrsState toState = last.state == FsrsState::New ? FsrsState::Learning : last.state;
        applyLearningSteps(next, current, rating, toState, nowMs, fuzzSeed);
        return next;
    }
    // A Review card: the four outcomes are computed together so their intervals keep their order.
    const double r = forgettingCurve(elapsed, current.stability);
    FsrsCard next = current;
    const Memory m = nextMemory(memory, elapsed, rating, &r);
    next.difficulty = m.difficulty;
    next.stability = m.stability;
    if (rating == FsrsRating::Again) {
        applyLearningSteps(next, current, rating, FsrsState::Relearning, nowMs, fuzzSeed);
        next.lapses += 1;
        return next;
    }
    const auto stabilityFor = [&](FsrsRating g) { return nextMemory(memory, elapsed, g, &r).stability; };
    int hard = nextInterval(stabilityFor(FsrsRating::Hard), elapsed, fuzzSeed);
    int good = nextInterval(stabilityFor(FsrsRating::Good), elapsed, fuzzSeed);
    hard = std::min(hard, good);
    good = std::max(good, hard + 1);
    int interval = hard;
    if (rating == FsrsRating::Good)
        interval = good;
    else if (rating == FsrsRating::Easy)
        interval = std::max(nextInterval(stabilityFor(FsrsRating::Easy), elapsed, fuzzSeed), good + 1);
    next.state = FsrsState::Review;
    next.learningSteps = 0;
    next.scheduledDays = interval;
    next.dueMs = nowMs + interval * DayMs;
    return next;
}

FsrsCard FsrsScheduler::nextLongTerm(const FsrsCard &last, FsrsCard current, qint64 nowMs, FsrsRating rating,
                                     quint64 fuzzSeed) const
{
    const bool isNew = last.state == FsrsState::New;
    const int elapsed = isNew ? 0 : current.elapsedDays;
    if (isNew) {
        current.scheduledDays = 0;
        current.elapsedDays = 0;
    }
    const Memory memory{current.difficulty, current.stability};
    const double r = forgettingCurve(elapsed, current.stability);
    const double *given = isNew ? nullptr : &r;
    int intervals[4];
    Memory outcome[4];
    for (int g = 1; g <= 4; ++g) {
        outcome[g - 1] = nextMemory(memory, elapsed, FsrsRating(g), given);
        intervals[g - 1] = nextInterval(outcome[g - 1].stability, elapsed, fuzzSeed);
    }
    intervals[0] = std::min(intervals[0], intervals[1]);
    intervals[1] = std::max(intervals[1], intervals[0] + 1);
    intervals[2] = std::max(intervals[2], intervals[1] + 1);
    intervals[3] = std::max(intervals[3], intervals[2] + 1);
    const int index = int(rating) - 1;
    FsrsCard next = current;
    next.difficulty = outcome[index].difficulty;
    next.stability = outcome[index].stability;
    next.state = FsrsState::Review;
    next.learningSteps = 0;
    next.scheduledDays = intervals[index];
    next.dueMs = nowMs + intervals[index] * DayMs;
    if (rating == FsrsRating::Again && !isNew)
        next.lapses += 1;
    return next;
}

void FsrsScheduler::applyLearningSteps(FsrsCard &next, const FsrsCard &current, FsrsRating rating, FsrsState toState,
                                       qint64 nowMs, quint64 fuzzSeed) const
{
    // ts-fsrs's BasicLearningStepsStrategy: which step a rating leads to, and after how long.
    const bool relearning = current.state == FsrsState::Relearning || current.state == FsrsState::Review;
    const QList<int> &steps = relearning ? m_config.relearningStepsMinutes : m_config.learningStepsMinutes;
    const int step = std::max(0, current.learningSteps);
    double minutes = 0;
    int nextStep = 0;
    if (!steps.isEmpty() && step < steps.size()) {
        if (current.state == FsrsState::Review) {
            if (rating == FsrsRating::Again)
                minutes = steps[step];
        } else if (rating == FsrsRating::Again) {
            minutes = steps[0];
        } else if (rating == FsrsRating::Hard) {
            minutes = steps.size() == 1 ? jsRound(steps[0] * 1.5) : jsRound((steps[0] + steps[1]) / 2.0);
            nextStep = step;
        } else if (rating == FsrsRating::Good && step + 1 < steps.size() && steps[step + 1] != 0) {
            minutes = steps[step + 1];
            nextStep = step + 1;
        }
    }
    if (minutes > 0 && minutes < 1440) {
        next.learningSteps = nextStep;
        next.scheduledDays = 0;
        next.state = toState;
        next.dueMs = nowMs + qint64(jsRound(minutes)) * MinuteMs;
        return;
    }
    next.state = FsrsState::Review;
    if (minutes >= 1440) {
        next.learningSteps = nextStep;
        next.dueMs = nowMs + qint64(jsRound(minutes)) * MinuteMs;
        next.scheduledDays = int(std::floor(minutes / 1440));
    } else {
        next.learningSteps = 0;
        const int interval = nextInterval(next.stability, current.elapsedDays, fuzzSeed);
        next.scheduledDays = interval;
        next.dueMs = nowMs + interval * DayMs;
    }
}

bool FsrsScheduler::parseStep(const QString &step, int *minutes)
{
    if (step.size() < 2)
        return false;
    const QChar unit = step.back();
    bool ok = false;
    const int value = QStringView(step).chopped(1).toInt(&ok);
    if (!ok || value < 0 || !step.front().isDigit())
        return false;
    int factor = 0;
    if (unit == u'm')
        factor = 1;
    else if (unit == u'h')
        factor = 60;
    else if (unit == u'd')
        factor = 1440;
    if (factor == 0 || value > 36500 * 1440 / factor)
        return false;
    *minutes = value * factor;
    return true;
}

QString FsrsScheduler::stateName(FsrsState state)
{
    switch (state) {
    case FsrsState::New: return QStringLiteral("New");
    case FsrsState::Learning: return QStringLiteral("Learning");
    case FsrsState::Review: return QStringLiteral("Review");
    case FsrsState::Relearning: return QStringLiteral("Relearning");
    }
    return QString();
}
