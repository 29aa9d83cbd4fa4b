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

// Twelve significant digits: a range's midpoint (1.1..1.3) prints as 1.2, not 1.2000000000000002.
QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString numericText(const NumericAnswer &n)
{
    if (std::isinf(n.tolerance))
        return QStringLiteral("*");
    if (n.tolerance == 0)
        return number(n.value);
    return number(n.value) + QChar(0x00B1) + number(n.tolerance);
}

} // namespace

QJsonObject questionToJson(const Question &q)
{
    QJsonObject o{{QStringLiteral("title"), q.title},
                  {QStringLiteral("type"), questionTypeName(q.type)},
                  {QStringLiteral("stem"), q.stem},
                  {QStringLiteral("format"), textFormatName(q.format)},
                  {QStringLiteral("generalFeedback"), q.generalFeedback}};
    if (q.type == QuestionType::Matching) {
        QJsonArray pairs;
        for (const MatchPair &p : q.pairs)
            pairs.append(QJsonObject{{QStringLiteral("left"), p.left}, {QStringLiteral("right"), p.right}});
        o.insert(QStringLiteral("pairs"), pairs);
    } else {
        QJsonArray choices;
        if (q.type == QuestionType::Numerical) {
            for (const NumericAnswer &n : q.numbers)
                choices.append(choiceJson(numericText(n), n.weight, n.feedback));
        } else {
            for (const Choice &c : q.choices)
                choices.append(choiceJson(c.text, c.weight, c.feedback));
        }
        o.insert(QStringLiteral("choices"), choices);
    }
    return o;
}

QJsonObject questionsToJson(const QList<Question> &qs)
{
    QJsonArray questions;
    for (const Question &q : qs)
        questions.append(questionToJson(q));
    return QJsonObject{{QStringLiteral("questions"), questions}};
}
