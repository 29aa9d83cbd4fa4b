// ProgressStore's spaced-review part (schema version 2): review items with their FSRS state, the log
// of every review answer, and the learner's answer time per question type.
#include "progressstore.h"

#include "progressconnection.h"
#include "progresswitness.h"
#include "review/fsrsscheduler.h"
#include "review/reviewpace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString itemColumns = QStringLiteral(
    "course_id, question_id, module_id, kind, state, stability, difficulty, due_ms, last_review_ms,"
    " elapsed_days, scheduled_days, reps, lapses, learning_steps");

ReviewItem itemFrom(const QSqlQuery &q)
{
    ReviewItem item;
    item.courseId = q.value(0).toString();
    item.questionId = q.value(1).toString();
    item.moduleId = q.value(2).toString();
    item.kind = q.value(3).toString();
    FsrsCard &c = item.card;
    c.state = FsrsState(std::clamp(q.value(4).toInt(), 0, 3));
    c.stability = q.value(5).toDouble();
    c.difficulty = q.value(6).toDouble();
    c.dueMs = q.value(7).toLongLong();
    c.hasLastReview = !q.isNull(8);
    c.lastReviewMs = q.value(8).toLongLong();
    c.elapsedDays = q.value(9).toInt();
    c.scheduledDays = q.value(10).toInt();
    c.reps = q.value(11).toInt();
    c.lapses = q.value(12).toInt();
    c.learningSteps = q.value(13).toInt();
    return item;
}

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject cardJson(const FsrsCard &card)
{
    return {{QStringLiteral("state"), FsrsScheduler::stateName(card.state)},
            {QStringLiteral("stability"), card.stability},
            {QStringLiteral("difficulty"), card.difficulty},
            {QStringLiteral("due"), utcText(card.dueMs)},
            {QStringLiteral("scheduledDays"), card.scheduledDays},
            {QStringLiteral("reps"), card.reps},
            {QStringLiteral("lapses"), card.lapses}};
}

} // namespace

std::optional<ReviewItem> ProgressStore::reviewItem(const QString &course, const QString &question) const
{
    if (!ready())
        return std::nullopt;
    ProgressConnection &db = *m_db;
    QSqlQuery *q = db.prepared(QStringLiteral("SELECT ") + itemColumns
                               + QStringLiteral(" FROM review_item WHERE course_id = ? AND question_id = ?"));
    if (!db.run(q, {course, question})) {
        storageFailed(true);
        return std::nullopt;
    }
    std::optional<ReviewItem> item;
    if (q->next())
        item = itemFrom(*q);
    q->finish();
    return item;
}

QList<ReviewItem> ProgressStore::reviewItems(const QString &course, qint64 dueBeforeMs) const
{
    QList<ReviewItem> items;
    if (!ready())
        return items;
    ProgressConnection &db = *m_db;
    QSqlQuery *q = course.isEmpty()
        ? db.prepared(QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM review_item WHERE due_ms <= ?"
                                                                               " AND ? = ''"))
        : db.prepared(QStringLiteral("SELECT ") + itemColumns
                      + QStringLiteral(" FROM review_item WHERE due_ms <= ? AND course_id = ?"));
    if (!db.run(q, {dueBeforeMs, course})) {
        storageFailed(true);
        return items;
    }
    q->setForwardOnly(true);
    while (q->next())
        items.append(itemFrom(*q));
    q->finish();
    return items;
}

QList<ReviewItem> ProgressStore::weakestDueItems(const QString &course, qint64 nowMs, int limit, int *dueCount) const
{
    QList<ReviewItem> items;
    if (dueCount)
        *dueCount = 0;
    if (!ready())
        return items;
    ProgressConnection &db = *m_db;
    if (dueCount) {
        const std::optional<QVariant> count = db.runScalar(
            db.prepared(QStringLiteral("SELECT count(*) FROM review_item WHERE course_id = ? AND due_ms <= ?"
                                       " AND state != 0")),
            {course, nowMs});
        *dueCount = count ? count->toInt() : 0;
    }
    // Retrievability falls as (now - last review) / stability grows, whatever FSRS's parameters: the
    // order needs no power function in SQL.
    // The ranking reads only the covering index review_item_due; whole rows only for those picked.
    QSqlQuery *q = db.prepared(QStringLiteral("SELECT ") + itemColumns + QStringLiteral(
        " FROM review_item WHERE course_id = ? AND question_id IN (SELECT question_id FROM review_item"
        " WHERE course_id = ? AND due_ms <= ? AND state != 0 AND stability > 0"
        " ORDER BY (? - last_review_ms) / stability DESC, due_ms, question_id LIMIT ?)"
        " ORDER BY (? - last_review_ms) / stability DESC, due_ms, question_id"));
    if (!db.run(q, {course, course, nowMs, double(nowMs), limit, double(nowMs)})) {
        storageFailed(true);
        return items;
    }
    while (q->next())
        items.append(itemFrom(*q));
    q->finish();
    return items;
}

bool ProgressStore::recordReview(const ReviewItem &after, FsrsRating rating, qint64 answerMs, const QString &source,
                                 const QDateTime &at)
{
    if (!canWrite(at, {{after.courseId.isEmpty() || after.questionId.isEmpty(),
                        QStringLiteral("the course or question id is empty")}}))
        return false;
    const qint64 ms = at.toMSecsSinceEpoch();
    const QString day = at.toLocalTime().date().toString(Qt::ISODate);
    const FsrsCard &c = after.card;
    ProgressConnection &db = *m_db;
    if (!db.begin())
        return storageFailed();
    const QVariant lastReview = c.hasLastReview ? QVariant(c.lastReviewMs) : QVariant();
    bool ok = db.run(db.prepared(QStringLiteral(
                         "INSERT INTO review_item (") + itemColumns + QStringLiteral(
                         ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (course_id, question_id)"
                         " DO UPDATE SET module_id = excluded.module_id, kind = excluded.kind, state = excluded.state,"
                         " stability = excluded.stability, difficulty = excluded.difficulty, due_ms = excluded.due_ms,"
                         " last_review_ms = excluded.last_review_ms, elapsed_days = excluded.elapsed_days,"
                         " scheduled_days = excluded.scheduled_days, reps = excluded.reps, lapses = excluded.lapses,"
                         " learning_steps = excluded.learning_steps")),
                     {after.courseId, after.questionId, after.moduleId, after.kind, int(c.state), c.stability,
                      c.difficulty, c.dueMs, lastReview, c.elapsedDays, c.scheduledDays, c.reps, c.lapses,
                      c.learningSteps})
        && db.run(db.prepared(QStringLiteral(
                      "INSERT INTO review_log (at_ms, local_day, course_id, module_id, question_id, kind, source,"
                      " rating, answer_ms, state, stability, difficulty, due_ms, scheduled_days)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                  {ms, day, after.courseId, after.moduleId, after.questionId, after.kind, source, int(rating),
                   answerMs, int(c.state), c.stability, c.difficulty, c.dueMs, c.scheduledDays});
    // The pace: read, update in C++ (ReviewPace owns the rule), write back.
    if (ok) {
        QSqlQuery *pace = db.prepared(QStringLiteral("SELECT mean_seconds, answers FROM review_pace WHERE kind = ?"));
        ok = db.run(pace, {after.kind});
        double mean = 0;
        int answers = 0;
        if (ok && pace->next()) {
            mean = pace->value(0).toDouble();
            answers = pace->value(1).toInt();
        }
        pace->finish();
        mean = ReviewPace::updatedMean(mean, answers, double(answerMs) / 1000.0);
        ok = ok
            && db.run(db.prepared(QStringLiteral("INSERT OR REPLACE INTO review_pace (kind, answers, mean_seconds)"
                                                 " VALUES (?, ?, ?)")),
                      {after.kind, answers + 1, mean});
    }
    if (ok && source == QLatin1String("review")) {
        const QString payload = QString::fromUtf8(QJsonDocument(cardJson(c)).toJson(QJsonDocument::Compact));
        ok = db.run(db.prepared(QStringLiteral(
                        "INSERT INTO event (at_ms, local_day, kind, course_id, module_id, item_id, seconds, value,"
                        " payload) VALUES (?, ?, 'review_answer', ?, ?, ?, ?, ?, ?)")),
                    {ms, day, after.courseId, after.moduleId, after.questionId, int((answerMs + 500) / 1000),
                     double(int(rating)), payload})
            && db.run(db.prepared(QStringLiteral(
                          "INSERT INTO day_activity (local_day, events, breathing_seconds, first_ms, last_ms)"
                          " VALUES (?, 1, 0, ?, ?) ON CONFLICT (local_day) DO UPDATE SET events = events + 1,"
                          " first_ms = min(first_ms, excluded.first_ms), last_ms = max(last_ms, excluded.last_ms)")),
                      {day, ms, ms});
    }
    if (!ok) {
        db.rollback();
        return storageFailed();
    }
    if (!db.commit())
        return storageFailed();
    m_witness->saved(db);
    return succeeded();
}

QHash<QString, std::pair<double, int>> ProgressStore::reviewPace() const
{
    QHash<QString, std::pair<double, int>> pace;
    if (!ready())
        return pace;
    ProgressConnection &db = *m_db;
    QSqlQuery *q = db.prepared(QStringLiteral("SELECT kind, mean_seconds, answers FROM review_pace"));
    if (!db.run(q, {})) {
        storageFailed(true);
        return pace;
    }
    while (q->next())
        pace.insert(q->value(0).toString(), {q->value(1).toDouble(), q->value(2).toInt()});
    q->finish();
    return pace;
}

int ProgressStore::reviewAnswersOn(const QDate &localDay) const
{
    if (!ready())
        return 0;
    ProgressConnection &db = *m_db;
    const std::optional<QVariant> count = db.runScalar(
        // Items, not answers: a miss asked again at the end of the session counts once.
        db.prepared(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT course_id, question_id FROM review_log"
                                   " WHERE local_day = ? AND source = 'review')")),
        {localDay.toString(Qt::ISODate)});
    if (!count)
        storageFailed(true);
    return count ? count->toInt() : 0;
}

int ProgressStore::reviewHistoryLength(const QString &course, const QString &question) const
{
    if (!ready())
        return 0;
    ProgressConnection &db = *m_db;
    const std::optional<QVariant> count = db.runScalar(
        db.prepared(QStringLiteral("SELECT count(*) FROM review_log WHERE course_id = ? AND question_id = ?")),
        {course, question});
    return count ? count->toInt() : 0;
}

bool ProgressStore::writeReviewJson(QIODevice &out) const
{
    ProgressConnection &db = *m_db;
    QSqlQuery *items = db.prepared(QStringLiteral("SELECT ") + itemColumns
                                   + QStringLiteral(" FROM review_item ORDER BY course_id, question_id"));
    if (!db.run(items, {}))
        return false;
    out.write(",\"reviewItems\":[");
    bool first = true;
    while (items->next()) {
        const ReviewItem item = itemFrom(*items);
        QJsonObject row = cardJson(item.card);
        row.insert(QStringLiteral("courseId"), item.courseId);
        row.insert(QStringLiteral("moduleId"), item.moduleId);
        row.insert(QStringLiteral("questionId"), item.questionId);
        row.insert(QStringLiteral("kind"), item.kind);
        if (item.card.hasLastReview)
            row.insert(QStringLiteral("lastReview"), utcText(item.card.lastReviewMs));
        out.write(first ? "\n" : ",\n");
        out.write(QJsonDocument(row).toJson(QJsonDocument::Compact));
        first = false;
    }
    items->finish();
    // Every review answer, quiz and review session alike, oldest first: the items' histories.
    QSqlQuery *log = db.prepared(QStringLiteral(
        "SELECT id, at_ms, local_day, course_id, module_id, question_id, kind, source, rating, answer_ms, state,"
        " stability, difficulty, due_ms, scheduled_days FROM review_log ORDER BY id"));
    if (!db.run(log, {}))
        return false;
    out.write("\n],\"reviews\":[");
    first = true;
    while (log->next()) {
        const QJsonObject row{{QStringLiteral("id"), log->value(0).toLongLong()},
                              {QStringLiteral("at"), utcText(log->value(1).toLongLong())},
                              {QStringLiteral("localDay"), log->value(2).toString()},
                              {QStringLiteral("courseId"), log->value(3).toString()},
                              {QStringLiteral("moduleId"), log->value(4).toString()},
                              {QStringLiteral("questionId"), log->value(5).toString()},
                              {QStringLiteral("kind"), log->value(6).toString()},
                              {QStringLiteral("source"), log->value(7).toString()},
                              {QStringLiteral("rating"), log->value(8).toInt()},
                              {QStringLiteral("answerMs"), log->value(9).toLongLong()},
                              {QStringLiteral("state"), FsrsScheduler::stateName(FsrsState(log->value(10).toInt()))},
                              {QStringLiteral("stability"), log->value(11).toDouble()},
                              {QStringLiteral("difficulty"), log->value(12).toDouble()},
                              {QStringLiteral("due"), utcText(log->value(13).toLongLong())},
                              {QStringLiteral("scheduledDays"), log->value(14).toInt()}};
        out.write(first ? "\n" : ",\n");
        out.write(QJsonDocument(row).toJson(QJsonDocument::Compact));
        first = false;
    }
    log->finish();
    out.write("\n]");
    return true;
}
