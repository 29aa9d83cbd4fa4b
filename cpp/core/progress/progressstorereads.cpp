// ProgressStore's reads: each is one to three indexed queries over the summary tables (at most
// a few dozen rows: one per lesson, question, module or day), never a scan of the event log.
#include "progressstore.h"

#include "progressconnection.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace {

struct LessonRow
{
    int completions = 0;
    int seconds = 0;
    qint64 touchedMs = 0;
};

struct QuizRow
{
    int attempts = 0;
    QVariant best, last;
    int seconds = 0;
    qint64 touchedMs = 0;
};

QDateTime localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms); // Qt::LocalTime
}

} // namespace

QList<ProgressStore::ModuleProgress> ProgressStore::moduleProgress(const QString &course,
                                                                   const QList<ModuleStructure> &structure,
                                                                   int passMark) const
{
    if (!ready())
        return {};
    ProgressConnection &db = *m_db;

    // Lessons by id across the whole course: a lesson that moved to another module counts there.
    QHash<QString, LessonRow> lessons;
    QSqlQuery *query = db.prepared(QStringLiteral(
        "SELECT lesson_id, completions, seconds, touched_ms FROM lesson_state WHERE course_id = ?"));
    if (!db.run(query, {course})) {
        storageFailed(true);
        return QList<ModuleProgress>();
    }
    while (query->next())
        lessons.insert(query->value(0).toString(),
                       {query->value(1).toInt(), query->value(2).toInt(), query->value(3).toLongLong()});
    query->finish();

    QHash<QString, QuizRow> quizzes;
    query = db.prepared(QStringLiteral("SELECT module_id, attempts, best_percent, last_percent, seconds, touched_ms"
                                       " FROM quiz_state WHERE course_id = ?"));
    if (!db.run(query, {course})) {
        storageFailed(true);
        return QList<ModuleProgress>();
    }
    while (query->next())
        quizzes.insert(query->value(0).toString(), {query->value(1).toInt(), query->value(2), query->value(3),
                                                    query->value(4).toInt(), query->value(5).toLongLong()});
    query->finish();

    // Latest score per (module, question), to count the current questions answered right.
    QHash<QString, QHash<QString, double>> lastScores;
    query = db.prepared(
        QStringLiteral("SELECT module_id, question_id, last_score FROM question_state WHERE course_id = ?"));
    if (!db.run(query, {course})) {
        storageFailed(true);
        return QList<ModuleProgress>();
    }
    while (query->next())
        lastScores[query->value(0).toString()].insert(query->value(1).toString(), query->value(2).toDouble());
    query->finish();

    QList<ModuleProgress> result;
    result.reserve(structure.size());
    for (const ModuleStructure &module : structure) {
        ModuleProgress p;
        p.moduleId = module.moduleId;
        p.lessonsTotal = int(module.lessonIds.size());
        qint64 lastMs = 0;
        for (const QString &lessonId : module.lessonIds) {
            const auto found = lessons.constFind(lessonId);
            if (found == lessons.cend())
                continue;
            if (found->completions > 0)
                ++p.lessonsDone;
            p.secondsSpent += found->seconds;
            lastMs = std::max(lastMs, found->touchedMs);
        }

        p.hasQuiz = !module.questionIds.isEmpty();
        p.questionsTotal = int(module.questionIds.size());
        const QHash<QString, double> scores = lastScores.value(module.moduleId);
        for (const QString &questionId : module.questionIds) {
            if (scores.value(questionId, 0.0) >= 1.0)
                ++p.questionsCorrect;
        }
        const auto quiz = quizzes.constFind(module.moduleId);
        if (quiz != quizzes.cend()) {
            p.attempts = quiz->attempts;
            if (!quiz->best.isNull())
                p.bestScore = quiz->best.toDouble();
            if (!quiz->last.isNull())
                p.lastScore = quiz->last.toDouble();
            p.secondsSpent += quiz->seconds;
            lastMs = std::max(lastMs, quiz->touchedMs);
        }
        p.quizPassed = p.hasQuiz && p.bestScore && *p.bestScore >= passMark;

        const int steps = p.lessonsTotal + (p.hasQuiz ? 1 : 0);
        const int done = p.lessonsDone + (p.quizPassed ? 1 : 0);
        p.percentComplete = steps > 0 ? 100.0 * done / steps : 0.0;
        p.mastered = steps > 0 && done == steps;
        if (lastMs > 0)
            p.lastActivity = localTime(lastMs);
        result.append(p);
    }
    succeeded();
    return result;
}

double ProgressStore::courseCompletion(const QString &course, const QList<ModuleStructure> &structure,
                                       int passMark) const
{
    return completionOf(moduleProgress(course, structure, passMark));
}

double ProgressStore::completionOf(const QList<ModuleProgress> &modules)
{
    int steps = 0;
    int done = 0;
    for (const ModuleProgress &p : modules) {
        steps += p.lessonsTotal + (p.hasQuiz ? 1 : 0);
        done += p.lessonsDone + (p.quizPassed ? 1 : 0);
    }
    return steps > 0 ? 100.0 * done / steps : 0.0;
}

ProgressStore::ResumePoint ProgressStore::resumePoint(const QString &course) const
{
    ResumePoint point;
    if (!ready())
        return point;
    ProgressConnection &db = *m_db;

    // The literal "in_progress = 1" / "state = 0" let SQLite use the small partial indexes.
    QSqlQuery *lesson = db.prepared(QStringLiteral(
        "SELECT lesson_id, module_id, last_card, touched_ms FROM lesson_state"
        " WHERE course_id = ? AND in_progress = 1 ORDER BY touched_ms DESC LIMIT 1"));
    if (!db.run(lesson, {course})) {
        storageFailed(true);
        return point;
    }
    qint64 lessonMs = -1;
    if (lesson->next()) {
        point.kind = ResumePoint::Kind::Lesson;
        point.lessonId = lesson->value(0).toString();
        point.moduleId = lesson->value(1).toString();
        point.cardIndex = std::max(0, lesson->value(2).toInt());
        lessonMs = lesson->value(3).toLongLong();
        point.at = localTime(lessonMs);
    }
    lesson->finish();

    QSqlQuery *quiz = db.prepared(QStringLiteral(
        "SELECT id, module_id, touched_ms FROM quiz_attempt"
        " WHERE course_id = ? AND state = 0 ORDER BY touched_ms DESC, id DESC LIMIT 1"));
    if (!db.run(quiz, {course})) {
        storageFailed(true);
        return ResumePoint();
    }
    // On a tie the quiz wins: it was started from within the module, after its lessons.
    if (quiz->next() && quiz->value(2).toLongLong() >= lessonMs) {
        point = ResumePoint();
        point.kind = ResumePoint::Kind::Quiz;
        point.attemptId = quiz->value(0).toLongLong();
        point.moduleId = quiz->value(1).toString();
        point.at = localTime(quiz->value(2).toLongLong());
    }
    quiz->finish();

    if (point.kind == ResumePoint::Kind::Quiz) {
        const QList<std::pair<QString, QString>> answers = attemptAnswers(point.attemptId);
        if (!m_lastError.isEmpty())
            return ResumePoint();
        for (const auto &answer : answers)
            point.answeredQuestionIds.append(answer.first);
    }
    succeeded();
    return point;
}

int ProgressStore::lastCardReached(const QString &course, const QString &module, const QString &lesson) const
{
    Q_UNUSED(module) // lessons are kept by id within the course, so a moved lesson keeps its place
    if (!ready())
        return -1;
    ProgressConnection &db = *m_db;
    QSqlQuery *query = db.prepared(QStringLiteral(
        "SELECT CASE WHEN in_progress = 1 THEN max(last_card, 0) ELSE -1 END FROM lesson_state"
        " WHERE course_id = ? AND lesson_id = ?"));
    const std::optional<QVariant> card = db.runScalar(query, {course, lesson});
    if (!card) {
        storageFailed(true);
        return -1;
    }
    succeeded();
    return card->isValid() ? card->toInt() : -1;
}

QStringList ProgressStore::completedLessons(const QString &course, const QString &module) const
{
    Q_UNUSED(module) // kept by id within the course, like lastCardReached()
    QStringList ids;
    if (!ready())
        return ids;
    ProgressConnection &db = *m_db;
    QSqlQuery *query = db.prepared(QStringLiteral(
        "SELECT lesson_id FROM lesson_state WHERE course_id = ? AND completions > 0"));
    if (!db.run(query, {course})) {
        storageFailed(true);
        return ids;
    }
    while (query->next())
        ids.append(query->value(0).toString());
    query->finish();
    succeeded();
    return ids;
}

int ProgressStore::streakDays(const QDate &today) const
{
    if (!ready() || !today.isValid())
        return 0;
    ProgressConnection &db = *m_db;
    // Newest first, stopping at the first gap: reads only as many rows as the streak is long.
    QSqlQuery *query = db.prepared(
        QStringLiteral("SELECT local_day FROM day_activity WHERE local_day <= ? ORDER BY local_day DESC"));
    if (!db.run(query, {today.toString(Qt::ISODate)})) {
        storageFailed(true);
        return 0;
    }
    int streak = 0;
    QDate expected;
    while (query->next()) {
        const QDate day = QDate::fromString(query->value(0).toString(), Qt::ISODate);
        if (streak == 0) {
            // The streak ends today, or yesterday when nothing has happened yet today.
            if (day != today && day != today.addDays(-1))
                break;
            expected = day;
        }
        if (day != expected)
            break;
        ++streak;
        expected = expected.addDays(-1); // calendar days: a 23- or 25-hour DST day is still one day
    }
    query->finish();
    succeeded();
    return streak;
}

int ProgressStore::breathingSeconds() const
{
    if (!ready())
        return 0;
    const std::optional<QVariant> total = m_db->runScalar(
        m_db->prepared(QStringLiteral("SELECT coalesce(sum(breathing_seconds), 0) FROM day_activity")), {});
    if (!total) {
        storageFailed(true);
        return 0;
    }
    succeeded();
    return total->toInt();
}

QList<ProgressStore::Activity> ProgressStore::recentActivity(int limit) const
{
    QList<Activity> result;
    if (!ready() || limit <= 0)
        return result;
    ProgressConnection &db = *m_db;
    // value by kind: the score or percent if any, else the card index, else the seconds.
    QSqlQuery *query = db.prepared(QStringLiteral(
        "SELECT at_ms, kind, course_id, module_id, item_id, coalesce(value, card_index, seconds, 0)"
        " FROM event ORDER BY at_ms DESC, id DESC LIMIT ?"));
    if (!db.run(query, {limit})) {
        storageFailed(true);
        return result;
    }
    while (query->next())
        result.append({localTime(query->value(0).toLongLong()), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
                       query->value(5).toDouble()});
    query->finish();
    succeeded();
    return result;
}

QList<QDate> ProgressStore::activeDays(const QDate &from, const QDate &to) const
{
    QList<QDate> result;
    if (!ready() || !from.isValid() || !to.isValid())
        return result;
    ProgressConnection &db = *m_db;
    QSqlQuery *query = db.prepared(QStringLiteral(
        "SELECT local_day FROM day_activity WHERE local_day BETWEEN ? AND ? ORDER BY local_day"));
    if (!db.run(query, {from.toString(Qt::ISODate), to.toString(Qt::ISODate)})) {
        storageFailed(true);
        return result;
    }
    while (query->next())
        result.append(QDate::fromString(query->value(0).toString(), Qt::ISODate));
    query->finish();
    succeeded();
    return result;
}

QList<std::pair<QString, QString>> ProgressStore::attemptAnswers(qint64 attemptId) const
{
    QList<std::pair<QString, QString>> result;
    if (!ready())
        return result;
    ProgressConnection &db = *m_db;
    QSqlQuery *query = db.prepared(
        QStringLiteral("SELECT question_id, response FROM quiz_answer WHERE attempt_id = ? ORDER BY id"));
    if (!db.run(query, {attemptId})) {
        storageFailed(true);
        return result;
    }
    while (query->next())
        result.append({query->value(0).toString(), query->value(1).toString()});
    query->finish();
    succeeded();
    return result;
}
