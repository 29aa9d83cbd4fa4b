#include "grader.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double correctThreshold = 0.999;

// The chosen indexes that exist, each once, in the question's order.
QList<int> validSelection(const QList<int> &selected, qsizetype count)
{
    QList<int> out;
    for (int i : selected) {
        if (i >= 0 && i < count && !out.contains(i))
            out.append(i);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString normalized(const QString &text)
{
    return text.simplified().toCaseFolded();
}

void gradeChoices(const Question &q, const QuizAnswer &a, Grade &g)
{
    QList<int> chosen = validSelection(a.selected, q.choices.size());
    // A one-answer question takes the learner's first pick; a UI that lets through more gains nothing.
    if (q.type != QuestionType::Multiple && !chosen.isEmpty()) {
        const int first = *std::find_if(a.selected.cbegin(), a.selected.cend(),
                                        [&](int i) { return i >= 0 && i < q.choices.size(); });
        chosen = {first};
    }
    double sum = 0;
    for (int i : chosen) {
        const Choice &c = q.choices.at(i);
        sum += c.weight;
        if (!c.feedback.isEmpty())
            g.feedback.append(c.feedback);
    }
    g.score = sum / 100;
}

void gradeShort(const Question &q, const QuizAnswer &a, Grade &g)
{
    const QString given = normalized(a.text);
    if (given.isEmpty())
        return;
    const Choice *best = nullptr;
    for (const Choice &c : q.choices) {
        if (normalized(c.text) == given && (!best || c.weight > best->weight))
            best = &c;
    }
    if (!best)
        return;
    g.score = best->weight / 100;
    if (!best->feedback.isEmpty())
        g.feedback.append(best->feedback);
}

void gradeMatching(const Question &q, const QuizAnswer &a, Grade &g)
{
    const QList<qsizetype> asked = askedPairs(q);
    const auto right = std::count_if(asked.begin(), asked.end(), [&](qsizetype i) { return matchIsRight(q, a, i); });
    g.score = asked.isEmpty() ? 0 : double(right) / double(asked.size());
}

void gradeNumerical(const Question &q, const QuizAnswer &a, Grade &g)
{
    if (!a.hasNumber || !std::isfinite(a.number))
        return;
    const NumericAnswer *best = nullptr;
    for (const NumericAnswer &n : q.numbers) {
        // A little slack so that 0.1 + 0.2 typed as 0.3 still matches an exact 0.3.
        const double slack = 1e-9 * std::max(1.0, std::abs(n.value));
        const bool matches = std::isinf(n.tolerance) || std::abs(a.number - n.value) <= n.tolerance + slack;
        if (matches && (!best || n.weight > best->weight))
            best = &n;
    }
    if (!best)
        return;
    g.score = best->weight / 100;
    if (!best->feedback.isEmpty())
        g.feedback.append(best->feedback);
}

} // namespace

Grade gradeAnswer(const Question &q, const QuizAnswer &a)
{
    Grade g;
    g.generalFeedback = q.generalFeedback;
    if (!q.isGraded())
        return g;
    g.graded = true;
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::TrueFalse:
        gradeChoices(q, a, g);
        break;
    case QuestionType::Short:
        gradeShort(q, a, g);
        break;
    case QuestionType::Matching:
        gradeMatching(q, a, g);
        break;
    case QuestionType::Numerical:
        gradeNumerical(q, a, g);
        break;
    case QuestionType::Essay:
    case QuestionType::Description:
        break;
    }
    g.score = std::clamp(g.score, 0.0, 1.0);
    g.correct = g.score >= correctThreshold;
    return g;
}

QList<qsizetype> askedPairs(const Question &q)
{
    QList<qsizetype> asked;
    for (qsizetype i = 0; i < q.pairs.size(); ++i) {
        if (!q.pairs.at(i).left.isEmpty())
            asked.append(i);
    }
    return asked;
}

bool matchIsRight(const Question &q, const QuizAnswer &a, qsizetype pair)
{
    const int j = pair < a.matches.size() ? a.matches.at(pair) : -1;
    return j >= 0 && j < q.pairs.size() && q.pairs.at(j).right == q.pairs.at(pair).right;
}
