#include "reviewpace.h"

#include <algorithm>

void ReviewPace::setMean(const QString &kind, double seconds, int answers)
{
    m_means.insert(kind, {seconds, answers});
}

double ReviewPace::secondsFor(const QString &kind) const
{
    const auto found = m_means.constFind(kind);
    if (found != m_means.constEnd() && found->answers >= MinAnswers)
        return found->seconds;
    // The learner's own speed over the types they did answer, scaled to this type's default.
    double ownSeconds = 0, defaultsSeconds = 0;
    for (auto it = m_means.constBegin(); it != m_means.constEnd(); ++it) {
        if (it->answers >= MinAnswers) {
            ownSeconds += it->seconds * it->answers;
            defaultsSeconds += defaultSeconds(it.key()) * it->answers;
        }
    }
    if (defaultsSeconds > 0)
        return defaultSeconds(kind) * ownSeconds / defaultsSeconds;
    return defaultSeconds(kind);
}

double ReviewPace::updatedMean(double mean, int answersBefore, double seconds)
{
    const double clamped = std::clamp(seconds, MinAnswerSeconds, MaxAnswerSeconds);
    const double weight = std::max(1.0 / (answersBefore + 1), 0.1);
    return answersBefore <= 0 ? clamped : mean + weight * (clamped - mean);
}

// Reading a scenario and its options takes most of the time; matching asks for several decisions.
double ReviewPace::defaultSeconds(const QString &kind)
{
    if (kind == QLatin1String("truefalse"))
        return 15;
    if (kind == QLatin1String("multiple"))
        return 35;
    if (kind == QLatin1String("matching"))
        return 45;
    if (kind == QLatin1String("short") || kind == QLatin1String("numerical"))
        return 30;
    return 25; // single choice and anything else
}
