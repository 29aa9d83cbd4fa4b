#include "giftjson.h"

#include <QJsonArray>

#include <cmath>

namespace {

QJsonObject choiceJson(const QString &text, double weight, const QString &feedback)
{
    return QJsonObject{{QStringLiteral("text"), text},
                       {QStringLiteral("weight"), weight},
                       {QStringLiteral("feedback"), feedback}};
}

// Twelve significant digits: a range's ends (1.1..1.3) come back as written, not 1.1000000000000003.
double rounded(double value)
{
    return QString::number(value, 'g', 12).toDouble();
}

// A numerical answer as data: { value, tolerance } or { min, max } (a range as written), or
// { any: true } (GIFT's "~": any other number), each with its weight and feedback.
QJsonObject numberJson(const NumericAnswer &n)
{
    QJsonObject o{{QStringLiteral("weight"), n.weight}, {QStringLiteral("feedback"), n.feedback}};
    if (std::isinf(n.tolerance)) {
        o.insert(QStringLiteral("any"), true);
    } else if (n.range) {
        o.insert(QStringLiteral("min"), rounded(n.value - n.tolerance));
        o.insert(QStringLiteral("max"), rounded(n.value + n.tolerance));
    } else {
        o.insert(QStringLiteral("value"), n.value);
        o.insert(QStringLiteral("tolerance"), n.tolerance);
    }
    return o;
}

} // namespace

QJsonObject questionToJson(const Question &q)
{
    QJsonArray choices, pairs, numbers;
    for (const MatchPair &p : q.pairs)
        pairs.append(QJsonObject{{QStringLiteral("left"), p.left}, {QStringLiteral("right"), p.right}});
    for (const Choice &c : q.choices)
        choices.append(choiceJson(c.text, c.weight, c.feedback));
    for (const NumericAnswer &n : q.numbers) {
        // Also as a choice whose text is the answer as a learner reads it, for tools that list choices.
        choices.append(choiceJson(numericAnswerText(n), n.weight, n.feedback));
        numbers.append(numberJson(n));
    }
    return QJsonObject{{QStringLiteral("title"), q.title},
                       {QStringLiteral("type"), questionTypeName(q.type)},
                       {QStringLiteral("stem"), q.stem},
                       {QStringLiteral("format"), textFormatName(q.format)},
                       {QStringLiteral("category"), q.category},
                       {QStringLiteral("choices"), choices},
                       {QStringLiteral("pairs"), pairs},
                       {QStringLiteral("numbers"), numbers},
                       {QStringLiteral("generalFeedback"), q.generalFeedback}};
}

QJsonObject questionsToJson(const QList<Question> &qs)
{
    QJsonArray questions;
    for (const Question &q : qs)
        questions.append(questionToJson(q));
    return QJsonObject{{QStringLiteral("questions"), questions}};
}
