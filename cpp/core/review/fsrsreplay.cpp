#include "fsrsreplay.h"

#include "fsrsscheduler.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace FsrsReplay {

namespace {

// Thrown inside this file only, caught by replay(): the path of the problem and what it is.
struct Problem
{
    QString path;
    QString what;
};

QString at(const QString &path, int index)
{
    return path + u'[' + QString::number(index) + u']';
}

QJsonObject objectAt(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        throw Problem{path, QStringLiteral("expected an object")};
    return value.toObject();
}

QJsonArray arrayAt(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        throw Problem{path, QStringLiteral("expected an array")};
    return value.toArray();
}

qint64 timeAt(const QJsonValue &value, const QString &path)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid())
        throw Problem{path, QStringLiteral("expected an ISO 8601 time such as 2026-01-05T09:00:00.000Z")};
    return time.toMSecsSinceEpoch();
}

double numberAt(const QJsonObject &object, const QString &key, const QString &path, double fallback, double low,
                double high)
{
    if (!object.contains(key))
        return fallback;
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !(number >= low && number <= high))
        throw Problem{path + u'.' + key,
                      QStringLiteral("expected a number from %1 to %2").arg(low).arg(high)};
    return number;
}

QList<int> stepsAt(const QJsonObject &object, const QString &key, const QString &path, const QList<int> &fallback)
{
    if (!object.contains(key))
        return fallback;
    const QString here = path + u'.' + key;
    const QJsonArray array = arrayAt(object.value(key), here);
    QList<int> minutes;
    for (int i = 0; i < array.size(); ++i) {
        int value = 0;
        if (!FsrsScheduler::parseStep(array.at(i).toString(), &value))
            throw Problem{at(here, i), QStringLiteral("expected a step such as \"1m\", \"1h\" or \"1d\"")};
        minutes.append(value);
    }
    return minutes;
}

FsrsConfig configAt(const QJsonValue &value, const QString &path)
{
    FsrsConfig config;
    if (value.isUndefined())
        return config;
    const QJsonObject object = objectAt(value, path);
    config.requestRetention = numberAt(object, QStringLiteral("request_retention"), path, 0.9, 0.01, 1);
    config.maximumInterval =
        int(numberAt(object, QStringLiteral("maximum_interval"), path, 36500, 1, 36500));
    if (object.contains(QStringLiteral("enable_short_term"))) {
        const QJsonValue shortTerm = object.value(QStringLiteral("enable_short_term"));
        if (!shortTerm.isBool())
            throw Problem{path + QStringLiteral(".enable_short_term"), QStringLiteral("expected true or false")};
        config.enableShortTerm = shortTerm.toBool();
    }
    config.learningStepsMinutes = stepsAt(object, QStringLiteral("learning_steps"), path, config.learningStepsMinutes);
    config.relearningStepsMinutes =
        stepsAt(object, QStringLiteral("relearning_steps"), path, config.relearningStepsMinutes);
    if (object.contains(QStringLiteral("w"))) {
        const QString here = path + QStringLiteral(".w");
        const QJsonArray w = arrayAt(object.value(QStringLiteral("w")), here);
        if (w.size() != 21)
            throw Problem{here, QStringLiteral("expected 21 numbers (FSRS-6)")};
        for (int i = 0; i < 21; ++i) {
            if (!w.at(i).isDouble())
                throw Problem{at(here, i), QStringLiteral("expected a number")};
            config.w[size_t(i)] = w.at(i).toDouble();
        }
    }
    return config;
}

QJsonObject cardJson(const FsrsCard &card)
{
    return {{QStringLiteral("state"), FsrsScheduler::stateName(card.state)},
            {QStringLiteral("stability"), card.stability},
            {QStringLiteral("difficulty"), card.difficulty},
            {QStringLiteral("due"),
             QDateTime::fromMSecsSinceEpoch(card.dueMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("scheduled_days"), card.scheduledDays},
            {QStringLiteral("reps"), card.reps},
            {QStringLiteral("lapses"), card.lapses},
            {QStringLiteral("learning_steps"), card.learningSteps}};
}

QJsonObject replayHistory(const QJsonValue &value, const QString &path)
{
    const QJsonObject history = objectAt(value, path);
    const FsrsScheduler scheduler(configAt(history.value(QStringLiteral("config")), path + QStringLiteral(".config")));
    const qint64 created = timeAt(history.value(QStringLiteral("created")), path + QStringLiteral(".created"));
    const QString reviewsPath = path + QStringLiteral(".reviews");
    const QJsonArray reviews = arrayAt(history.value(QStringLiteral("reviews")), reviewsPath);
    FsrsCard card = FsrsCard::createNew(created);
    QJsonArray after;
    for (int i = 0; i < reviews.size(); ++i) {
        const QString here = at(reviewsPath, i);
        const QJsonObject review = objectAt(reviews.at(i), here);
        const qint64 time = timeAt(review.value(QStringLiteral("review_at")), here + QStringLiteral(".review_at"));
        if (card.hasLastReview && time < card.lastReviewMs)
            throw Problem{here + QStringLiteral(".review_at"), QStringLiteral("earlier than the review before it")};
        const QJsonValue rating = review.value(QStringLiteral("rating"));
        const double grade = rating.toDouble(0);
        if (!rating.isDouble() || grade != std::floor(grade) || grade < 1 || grade > 4)
            throw Problem{here + QStringLiteral(".rating"), QStringLiteral("expected 1, 2, 3 or 4")};
        card = scheduler.next(card, time, FsrsRating(int(grade)));
        after.append(cardJson(card));
    }
    return {{QStringLiteral("id"), history.value(QStringLiteral("id"))}, {QStringLiteral("after"), after}};
}

} // namespace

Result replay(const QByteArray &input)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("$: not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    try {
        const QJsonObject root = objectAt(document.object(), QStringLiteral("$"));
        if (!document.isObject())
            throw Problem{QStringLiteral("$"), QStringLiteral("expected an object")};
        const QJsonArray histories =
            arrayAt(root.value(QStringLiteral("histories")), QStringLiteral("$.histories"));
        QJsonArray out;
        for (int i = 0; i < histories.size(); ++i)
            out.append(replayHistory(histories.at(i), at(QStringLiteral("$.histories"), i)));
        result.json = QJsonDocument(QJsonObject{{QStringLiteral("histories"), out}}).toJson(QJsonDocument::Indented);
        result.ok = true;
    } catch (const Problem &problem) {
        result.error = problem.path + QStringLiteral(": ") + problem.what;
    }
    return result;
}

} // namespace FsrsReplay
