#include "savedanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray toArray(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QList<int> fromArray(const QJsonValue &value)
{
    QList<int> values;
    for (const QJsonValue &v : value.toArray())
        values.append(v.toInt(-1));
    return values;
}

} // namespace

QString savedAnswerJson(const QuizAnswer &answer)
{
    QJsonObject o;
    o.insert(QStringLiteral("selected"), toArray(answer.selected));
    o.insert(QStringLiteral("matches"), toArray(answer.matches));
    o.insert(QStringLiteral("text"), answer.text);
    if (answer.hasNumber)
        o.insert(QStringLiteral("number"), answer.number);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QuizAnswer savedAnswerFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QuizAnswer answer;
    answer.selected = fromArray(o.value(QStringLiteral("selected")));
    answer.matches = fromArray(o.value(QStringLiteral("matches")));
    answer.text = o.value(QStringLiteral("text")).toString();
    answer.hasNumber = o.value(QStringLiteral("number")).isDouble();
    answer.number = o.value(QStringLiteral("number")).toDouble();
    return answer;
}
