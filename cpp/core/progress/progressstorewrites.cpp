// ProgressStore's writes: each is one transaction that appends the event to the log and updates
// the summary tables the screens read, so the two can never disagree after a kill.
#include "progressstore.h"

#include "progressconnection.h"
#include "progressschema.h"
#include "progresstransaction.h"
#include "progresswitness.h"
#include "statementsource.h"

#include <QSqlQuery>

#include <cmath>

namespace {

// When an event happened: UTC milliseconds, and the learner's local date at that moment. The date
// is fixed now, so neither a DST change nor a later time-zone change can move the event to
// another day.
struct When
{
    qint64 ms;
    QString day;
};

When when(const QDateTime &at)
{
    return {at.toMSecsSinceEpoch(), at.toLocalTime().date().toString(Qt::ISODate)};
}

struct Event
{
    QString kind;
    QString course, module, item;
    QVariant attemptId, cardIndex, seconds, value, flag, payload; // invalid QVariant = NULL
};

bool insertEvent(ProgressConnection &db, const When &w, const Event &e)
{
    return db.run(db.prepared(QStringLiteral(
                      "INSERT INTO event (at_ms, local_day, kind, course_id, module_id, item_id, attempt_id,"
                      " card_index, seconds, value, flag, payload)"
                      // A null QString binds as NULL; the ids a kind does not have are stored as ''.
                      " VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?)")),
                  {w.ms, w.day, e.kind, e.course, e.module, e.item, e.attemptId, e.cardIndex, e.seconds, e.value,
                   e.flag, e.payload});
}

// The event as a StatementSource sees it (its row id is filled in by queueStatements).
RecordedEvent recorded(const QDateTime &at, const Event &e)
{
    RecordedEvent r;
    r.at = at.toLocalTime();
    r.kind = e.kind;
    r.course = e.course;
    r.module = e.module;
    r.item = e.item;
    r.attemptId = e.attemptId.isValid() ? e.attemptId.toLongLong() : -1;
    r.seconds = e.seconds.toInt();
    r.value = e.value.toDouble();
    r.flag = e.flag.toInt() != 0;
    r.response = e.payload.toString();
    return r;
}

bool touchDay(ProgressConnection &db, const When &w, int breathingSeconds = 0)
{
    return db.run(db.prepared(QStringLiteral(
                      "INSERT INTO day_activity (local_day, events, breathing_seconds, first_ms, last_ms)"
                      " VALUES (?, 1, ?, ?, ?) ON CONFLICT (local_day) DO UPDATE SET events = events + 1,"
                      " breathing_seconds = breathing_seconds + excluded.breathing_seconds,"
                      " first_ms = min(first_ms, excluded.first_ms), last_ms = max(last_ms, excluded.last_ms)")),
                  {w.day, breathingSeconds, w.ms, w.ms});
}

bool touchQuizState(ProgressConnection &db, const QString &course, const QString &module, const When &w)
{
    return db.run(db.prepared(QStringLiteral(
                      "INSERT INTO quiz_state (course_id, module_id, touched_ms) VALUES (?, ?, ?)"
                      " ON CONFLICT (course_id, module_id) DO UPDATE SET"
                      " touched_ms = max(touched_ms, excluded.touched_ms)")),
                  {course, module, w.ms});
}

QString missingId(std::initializer_list<std::pair<const char *, const QString *>> ids)
{
    for (const auto &[name, value] : ids) {
        if (value->isEmpty())
            return QStringLiteral("the %1 id is empty").arg(QLatin1String(name));
    }
    return {};
}

struct AttemptRow
{
    bool found = false;
    QString course, module, quiz;
    int state = 0;
};

} // namespace

bool ProgressStore::recordLessonOpened(const QString &course, const QString &module, const QString &lesson,
                                       const QDateTime &at)
{
    if (!ready())
        return false;
    if (const QString why = missingId({{"course", &course}, {"module", &module}, {"lesson", &lesson}}); !why.isEmpty())
        return rejectInput(why);
    if (!at.isValid())
        return rejectInput(QStringLiteral("the time is invalid"));
    const When w = when(at);
    ProgressConnection &db = *m_db;
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        return insertEvent(db, w, {QStringLiteral("lesson_opened"), course, module, lesson, {}, {}, {}, {}, {}, {}})
            // Reopening an unfinished lesson keeps its card; opening a new or completed one starts at 0.
            && db.run(db.prepared(QStringLiteral(
                          "INSERT INTO lesson_state (course_id, lesson_id, module_id, first_opened_ms, touched_ms,"
                          " last_card, in_progress) VALUES (?, ?, ?, ?, ?, 0, 1)"
                          " ON CONFLICT (course_id, lesson_id) DO UPDATE SET module_id = excluded.module_id,"
                          " first_opened_ms = coalesce(first_opened_ms, excluded.first_opened_ms),"
                          " touched_ms = max(touched_ms, excluded.touched_ms),"
                          " last_card = CASE WHEN in_progress = 1 THEN last_card ELSE 0 END, in_progress = 1")),
                      {course, lesson, module, w.ms, w.ms})
            && touchDay(db, w);
    });
    return ok ? succeeded() : storageFailed();
}

bool ProgressStore::recordCardReached(const QString &course, const QString &module, const QString &lesson,
                                      int cardIndex, const QDateTime &at)
{
    if (!ready())
        return false;
    if (const QString why = missingId({{"course", &course}, {"module", &module}, {"lesson", &lesson}}); !why.isEmpty())
        return rejectInput(why);
    if (cardIndex < 0)
        return rejectInput(QStringLiteral("the card index is negative"));
    if (!at.isValid())
        return rejectInput(QStringLiteral("the time is invalid"));
    const When w = when(at);
    ProgressConnection &db = *m_db;
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        return insertEvent(db, w, {QStringLiteral("card_reached"), course, module, lesson, {}, cardIndex, {}, {}, {}, {}})
            && db.run(db.prepared(QStringLiteral(
                          "INSERT INTO lesson_state (course_id, lesson_id, module_id, first_opened_ms, touched_ms,"
                          " last_card, in_progress) VALUES (?, ?, ?, ?, ?, ?, 1)"
                          " ON CONFLICT (course_id, lesson_id) DO UPDATE SET module_id = excluded.module_id,"
                          " first_opened_ms = coalesce(first_opened_ms, excluded.first_opened_ms),"
                          " touched_ms = max(touched_ms, excluded.touched_ms),"
                          " last_card = excluded.last_card, in_progress = 1")),
                      {course, lesson, module, w.ms, w.ms, cardIndex})
            && touchDay(db, w);
    });
    return ok ? succeeded() : storageFailed();
}

bool ProgressStore::recordLessonCompleted(const QString &course, const QString &module, const QString &lesson,
                                          int secondsSpent, const QDateTime &at)
{
    if (!ready())
        return false;
    if (const QString why = missingId({{"course", &course}, {"module", &module}, {"lesson", &lesson}}); !why.isEmpty())
        return rejectInput(why);
    if (secondsSpent < 0)
        return rejectInput(QStringLiteral("the time spent is negative"));
    if (!at.isValid())
        return rejectInput(QStringLiteral("the time is invalid"));
    const When w = when(at);
    ProgressConnection &db = *m_db;
    const Event event{QStringLiteral("lesson_completed"), course, module, lesson, {}, {}, secondsSpent, {}, {}, {}};
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        return insertEvent(db, w, event)
            && db.run(db.prepared(QStringLiteral(
                          "INSERT INTO lesson_state (course_id, lesson_id, module_id, first_opened_ms, touched_ms,"
                          " last_card, in_progress, completions, completed_ms, seconds)"
                          " VALUES (?, ?, ?, ?, ?, -1, 0, 1, ?, ?)"
                          " ON CONFLICT (course_id, lesson_id) DO UPDATE SET module_id = excluded.module_id,"
                          " first_opened_ms = coalesce(first_opened_ms, excluded.first_opened_ms),"
                          " touched_ms = max(touched_ms, excluded.touched_ms), last_card = -1, in_progress = 0,"
                          " completions = completions + 1, completed_ms = excluded.completed_ms,"
                          " seconds = seconds + excluded.seconds")),
                      {course, lesson, module, w.ms, w.ms, w.ms, secondsSpent})
            && touchDay(db, w) && queueStatements(recorded(at, event));
    });
    return ok ? succeeded() : storageFailed();
}

qint64 ProgressStore::startQuizAttempt(const QString &course, const QString &module, const QString &quizId,
                                       const QDateTime &at)
{
    if (!ready())
        return -1;
    QString why = missingId({{"course", &course}, {"module", &module}, {"quiz", &quizId}});
    if (why.isEmpty() && !at.isValid())
        why = QStringLiteral("the time is invalid");
    if (!why.isEmpty()) {
        rejectInput(why);
        return -1;
    }
    const When w = when(at);
    ProgressConnection &db = *m_db;
    qint64 attemptId = -1;
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        // An older unfinished attempt on this module is superseded: it stops being a resume point.
        if (!db.run(db.prepared(QStringLiteral("UPDATE quiz_attempt SET state = 2"
                                               " WHERE course_id = ? AND module_id = ? AND state = 0")),
                    {course, module})
            || !db.run(db.prepared(QStringLiteral("INSERT INTO quiz_attempt (course_id, module_id, quiz_id,"
                                                  " started_ms, touched_ms) VALUES (?, ?, ?, ?, ?)")),
                       {course, module, quizId, w.ms, w.ms}))
            return false;
        const std::optional<QVariant> id = db.runScalar(db.prepared(QStringLiteral("SELECT last_insert_rowid()")), {});
        if (!id)
            return false;
        attemptId = id->toLongLong();
        return insertEvent(db, w, {QStringLiteral("quiz_started"), course, module, quizId, attemptId, {}, {}, {}, {}, {}})
            && touchQuizState(db, course, module, w) && touchDay(db, w);
    });
    if (!ok) {
        storageFailed();
        return -1;
    }
    succeeded();
    return attemptId;
}

bool ProgressStore::recordQuizAnswer(qint64 attemptId, const QString &questionId, double score,
                                     const QString &responseJson, const QDateTime &at)
{
    if (!ready())
        return false;
    if (questionId.isEmpty())
        return rejectInput(QStringLiteral("the question id is empty"));
    if (!std::isfinite(score) || score < 0 || score > 1)
        return rejectInput(QStringLiteral("the score %1 is not between 0 and 1").arg(score));
    if (!at.isValid())
        return rejectInput(QStringLiteral("the time is invalid"));
    const When w = when(at);
    ProgressConnection &db = *m_db;
    AttemptRow attempt;
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        QSqlQuery *find = db.prepared(
            QStringLiteral("SELECT course_id, module_id, quiz_id, state FROM quiz_attempt WHERE id = ?"));
        if (!db.run(find, {attemptId}))
            return false;
        if (find->next())
            attempt = {true, find->value(0).toString(), find->value(1).toString(), find->value(2).toString(),
                       find->value(3).toInt()};
        find->finish();
        if (!attempt.found || attempt.state == 1)
            return false;
        const Event answered{QStringLiteral("quiz_answer"), attempt.course, attempt.module, questionId, attemptId, {},
                             {}, score, {}, responseJson};
        return db.run(db.prepared(QStringLiteral(
                          "INSERT INTO quiz_answer (attempt_id, question_id, score, response, answered_ms)"
                          " VALUES (?, ?, ?, ?, ?) ON CONFLICT (attempt_id, question_id) DO UPDATE SET"
                          " score = excluded.score, response = excluded.response,"
                          " answered_ms = excluded.answered_ms")),
                      {attemptId, questionId, score, responseJson, w.ms})
            && db.run(db.prepared(QStringLiteral(
                          "UPDATE quiz_attempt SET touched_ms = max(touched_ms, ?) WHERE id = ?")),
                      {w.ms, attemptId})
            && db.run(db.prepared(QStringLiteral(
                          "INSERT INTO question_state (course_id, module_id, question_id, answers, best_score,"
                          " last_score, touched_ms) VALUES (?, ?, ?, 1, ?, ?, ?)"
                          " ON CONFLICT (course_id, module_id, question_id) DO UPDATE SET answers = answers + 1,"
                          " best_score = max(best_score, excluded.best_score), last_score = excluded.last_score,"
                          " touched_ms = max(touched_ms, excluded.touched_ms)")),
                      {attempt.course, attempt.module, questionId, score, score, w.ms})
            && insertEvent(db, w, answered)
            && touchQuizState(db, attempt.course, attempt.module, w) && touchDay(db, w)
            && queueStatements(recorded(at, answered));
    });
    if (ok)
        return succeeded();
    if (!attempt.found && db.lastProblem() == ProgressConnection::Problem::None)
        return rejectInput(QStringLiteral("there is no quiz attempt %1").arg(attemptId));
    if (attempt.found && attempt.state == 1)
        return rejectInput(QStringLiteral("quiz attempt %1 is already finished").arg(attemptId));
    return storageFailed();
}

bool ProgressStore::finishQuizAttempt(qint64 attemptId, double scorePercent, bool passed, int secondsSpent,
                                      const QDateTime &at)
{
    if (!ready())
        return false;
    if (!std::isfinite(scorePercent) || scorePercent < 0 || scorePercent > 100)
        return rejectInput(QStringLiteral("the score %1% is not between 0 and 100").arg(scorePercent));
    if (secondsSpent < 0)
        return rejectInput(QStringLiteral("the time spent is negative"));
    if (!at.isValid())
        return rejectInput(QStringLiteral("the time is invalid"));
    const When w = when(at);
    ProgressConnection &db = *m_db;
    AttemptRow attempt;
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        QSqlQuery *find = db.prepared(
            QStringLiteral("SELECT course_id, module_id, quiz_id, state FROM quiz_attempt WHERE id = ?"));
        if (!db.run(find, {attemptId}))
            return false;
        if (find->next())
            attempt = {true, find->value(0).toString(), find->value(1).toString(), find->value(2).toString(),
                       find->value(3).toInt()};
        find->finish();
        if (!attempt.found || attempt.state == 1)
            return false;
        const Event finished{QStringLiteral("quiz_finished"), attempt.course, attempt.module, attempt.quiz, attemptId,
                             {}, secondsSpent, scorePercent, passed ? 1 : 0, {}};
        return db.run(db.prepared(QStringLiteral(
                          "UPDATE quiz_attempt SET state = 1, score_percent = ?, passed = ?, seconds = ?,"
                          " finished_ms = ?, touched_ms = max(touched_ms, ?) WHERE id = ?")),
                      {scorePercent, passed ? 1 : 0, secondsSpent, w.ms, w.ms, attemptId})
            && db.run(db.prepared(QStringLiteral(
                          "INSERT INTO quiz_state (course_id, module_id, attempts, best_percent, last_percent,"
                          " passed_attempts, seconds, touched_ms) VALUES (?, ?, 1, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (course_id, module_id) DO UPDATE SET attempts = attempts + 1,"
                          " best_percent = max(coalesce(best_percent, excluded.best_percent), excluded.best_percent),"
                          " last_percent = excluded.last_percent,"
                          " passed_attempts = passed_attempts + excluded.passed_attempts,"
                          " seconds = seconds + excluded.seconds, touched_ms = max(touched_ms, excluded.touched_ms)")),
                      {attempt.course, attempt.module, scorePercent, scorePercent, passed ? 1 : 0, secondsSpent, w.ms})
            && insertEvent(db, w, finished) && touchDay(db, w) && queueStatements(recorded(at, finished));
    });
    if (ok)
        return succeeded();
    if (!attempt.found && db.lastProblem() == ProgressConnection::Problem::None)
        return rejectInput(QStringLiteral("there is no quiz attempt %1").arg(attemptId));
    if (attempt.found && attempt.state == 1)
        return rejectInput(QStringLiteral("quiz attempt %1 is already finished").arg(attemptId));
    return storageFailed();
}

bool ProgressStore::recordBreathingSession(const QString &patternId, int seconds, bool completed, const QDateTime &at)
{
    if (!ready())
        return false;
    if (patternId.isEmpty())
        return rejectInput(QStringLiteral("the breathing pattern id is empty"));
    if (seconds < 0)
        return rejectInput(QStringLiteral("the breathing time is negative"));
    if (!at.isValid())
        return rejectInput(QStringLiteral("the time is invalid"));
    const When w = when(at);
    ProgressConnection &db = *m_db;
    const Event event{QStringLiteral("breathing"), {}, {}, patternId, {}, {}, seconds, {}, completed ? 1 : 0, {}};
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        return insertEvent(db, w, event) && touchDay(db, w, seconds) && queueStatements(recorded(at, event));
    });
    return ok ? succeeded() : storageFailed();
}
