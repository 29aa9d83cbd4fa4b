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

// What a lesson event does to the lesson's summary row, in one statement for the three events:
// opening reopens an unfinished lesson at its card and a new or completed one at 0 (keepCard),
// reaching a card moves there, completing ends the lesson (card -1, not in progress) and adds its
// time. On the update the SET expressions read the row as it was.
bool updateLessonState(ProgressConnection &db, const When &w, const QString &course, const QString &module,
                       const QString &lesson, int lastCard, bool completed, bool keepCard, int seconds)
{
    return db.run(db.prepared(QStringLiteral(
                      "INSERT INTO lesson_state (course_id, lesson_id, module_id, first_opened_ms, touched_ms,"
                      " last_card, in_progress, completions, completed_ms, seconds)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      " ON CONFLICT (course_id, lesson_id) DO UPDATE SET module_id = excluded.module_id,"
                      " first_opened_ms = coalesce(first_opened_ms, excluded.first_opened_ms),"
                      " touched_ms = max(touched_ms, excluded.touched_ms),"
                      " last_card = CASE WHEN ? = 1 AND in_progress = 1 THEN last_card ELSE excluded.last_card END,"
                      " in_progress = excluded.in_progress, completions = completions + excluded.completions,"
                      " completed_ms = coalesce(excluded.completed_ms, completed_ms),"
                      " seconds = seconds + excluded.seconds")),
                  {course, lesson, module, w.ms, w.ms, completed ? -1 : lastCard, completed ? 0 : 1,
                   completed ? 1 : 0, completed ? QVariant(w.ms) : QVariant(), seconds, keepCard ? 1 : 0});
}

struct AttemptRow
{
    bool found = false;
    QString course, module, quiz;
    int state = 0;
};

// Inside a write's transaction: the attempt's row (found stays false when there is none). False
// only on a storage error.
bool findAttempt(ProgressConnection &db, qint64 attemptId, AttemptRow *attempt)
{
    QSqlQuery *find =
        db.prepared(QStringLiteral("SELECT course_id, module_id, quiz_id, state FROM quiz_attempt WHERE id = ?"));
    if (!db.run(find, {attemptId}))
        return false;
    if (find->next())
        *attempt = {true, find->value(0).toString(), find->value(1).toString(), find->value(2).toString(),
                    find->value(3).toInt()};
    find->finish();
    return true;
}

// Why a write to an attempt did not happen when the cause is the attempt (none, or finished); empty
// when it was the storage.
QString attemptProblem(const ProgressConnection &db, const AttemptRow &attempt, qint64 attemptId)
{
    if (!attempt.found && db.lastProblem() == ProgressConnection::Problem::None)
        return QStringLiteral("there is no quiz attempt %1").arg(attemptId);
    if (attempt.found && attempt.state == 1)
        return QStringLiteral("quiz attempt %1 is already finished").arg(attemptId);
    return {};
}

} // namespace

bool ProgressStore::canWrite(const QDateTime &at, std::initializer_list<std::pair<bool, QString>> refusals) const
{
    if (!ready())
        return false;
    for (const auto &[wrong, why] : refusals) {
        if (wrong)
            return rejectInput(why);
    }
    return at.isValid() || rejectInput(QStringLiteral("the time is invalid"));
}

bool ProgressStore::recordLessonOpened(const QString &course, const QString &module, const QString &lesson,
                                       const QDateTime &at)
{
    return recordLessonStep(LessonStep::Opened, course, module, lesson, 0, 0, at);
}

bool ProgressStore::recordCardReached(const QString &course, const QString &module, const QString &lesson,
                                      int cardIndex, const QDateTime &at)
{
    return recordLessonStep(LessonStep::CardReached, course, module, lesson, cardIndex, 0, at);
}

bool ProgressStore::recordLessonCompleted(const QString &course, const QString &module, const QString &lesson,
                                          int secondsSpent, const QDateTime &at)
{
    return recordLessonStep(LessonStep::Completed, course, module, lesson, 0, secondsSpent, at);
}

bool ProgressStore::recordLessonStep(LessonStep step, const QString &course, const QString &module,
                                     const QString &lesson, int cardIndex, int seconds, const QDateTime &at)
{
    if (!canWrite(at, {{course.isEmpty(), QStringLiteral("the course id is empty")},
                       {module.isEmpty(), QStringLiteral("the module id is empty")},
                       {lesson.isEmpty(), QStringLiteral("the lesson id is empty")},
                       {cardIndex < 0, QStringLiteral("the card index is negative")},
                       {seconds < 0, QStringLiteral("the time spent is negative")}}))
        return false;
    const When w = when(at);
    ProgressConnection &db = *m_db;
    const bool completed = step == LessonStep::Completed;
    Event event{QStringLiteral("lesson_opened"), course, module, lesson, {}, {}, {}, {}, {}, {}};
    if (step == LessonStep::CardReached) {
        event.kind = QStringLiteral("card_reached");
        event.cardIndex = cardIndex;
    } else if (completed) {
        event.kind = QStringLiteral("lesson_completed");
        event.seconds = seconds;
    }
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        return insertEvent(db, w, event)
            && updateLessonState(db, w, course, module, lesson, cardIndex, completed, step == LessonStep::Opened,
                                 seconds)
            && touchDay(db, w) && (!completed || queueStatements(recorded(at, event)));
    });
    return ok ? succeeded() : storageFailed();
}

qint64 ProgressStore::startQuizAttempt(const QString &course, const QString &module, const QString &quizId,
                                       const QDateTime &at)
{
    if (!canWrite(at, {{course.isEmpty(), QStringLiteral("the course id is empty")},
                       {module.isEmpty(), QStringLiteral("the module id is empty")},
                       {quizId.isEmpty(), QStringLiteral("the quiz id is empty")}}))
        return -1;
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
    if (!canWrite(at, {{questionId.isEmpty(), QStringLiteral("the question id is empty")},
                       {!std::isfinite(score) || score < 0 || score > 1,
                        QStringLiteral("the score %1 is not between 0 and 1").arg(score)}}))
        return false;
    const When w = when(at);
    ProgressConnection &db = *m_db;
    AttemptRow attempt;
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        if (!findAttempt(db, attemptId, &attempt) || !attempt.found || attempt.state == 1)
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
    if (const QString why = attemptProblem(db, attempt, attemptId); !why.isEmpty())
        return rejectInput(why);
    return storageFailed();
}

bool ProgressStore::finishQuizAttempt(qint64 attemptId, double scorePercent, bool passed, int secondsSpent,
                                      const QDateTime &at)
{
    if (!canWrite(at, {{!std::isfinite(scorePercent) || scorePercent < 0 || scorePercent > 100,
                        QStringLiteral("the score %1% is not between 0 and 100").arg(scorePercent)},
                       {secondsSpent < 0, QStringLiteral("the time spent is negative")}}))
        return false;
    const When w = when(at);
    ProgressConnection &db = *m_db;
    AttemptRow attempt;
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        if (!findAttempt(db, attemptId, &attempt) || !attempt.found || attempt.state == 1)
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
    if (const QString why = attemptProblem(db, attempt, attemptId); !why.isEmpty())
        return rejectInput(why);
    return storageFailed();
}

bool ProgressStore::recordBreathingSession(const QString &patternId, int seconds, bool completed, const QDateTime &at)
{
    if (!canWrite(at, {{patternId.isEmpty(), QStringLiteral("the breathing pattern id is empty")},
                       {seconds < 0, QStringLiteral("the breathing time is negative")}}))
        return false;
    const When w = when(at);
    ProgressConnection &db = *m_db;
    const Event event{QStringLiteral("breathing"), {}, {}, patternId, {}, {}, seconds, {}, completed ? 1 : 0, {}};
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        return insertEvent(db, w, event) && touchDay(db, w, seconds) && queueStatements(recorded(at, event));
    });
    return ok ? succeeded() : storageFailed();
}
