#include "progressschema.h"

#include "progressconnection.h"
#include "progresslog.h"

#include <QList>
#include <QVariant>

namespace {

// Version 1: the raw event log (kept forever, for history and export) and the summary tables the
// screens read, each updated in the same transaction as the event that changes it.
// All times are UTC milliseconds since the epoch; local_day is the learner's local date
// (yyyy-MM-dd) when the event happened, fixed at record time so a DST change or a trip cannot
// move an event to another day afterwards.
const QStringList &version1()
{
    static const QStringList statements{
        // kind: lesson_opened | card_reached | lesson_completed | quiz_started | quiz_answer |
        // quiz_finished | breathing. item_id is the lesson id (lesson_*, card_reached), the quiz id
        // (quiz_started, quiz_finished), the question id (quiz_answer) or the breathing pattern id.
        QStringLiteral("CREATE TABLE event ("
                       " id INTEGER PRIMARY KEY,"
                       " at_ms INTEGER NOT NULL,"
                       " local_day TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " course_id TEXT NOT NULL DEFAULT '',"
                       " module_id TEXT NOT NULL DEFAULT '',"
                       " item_id TEXT NOT NULL DEFAULT '',"
                       " attempt_id INTEGER,"
                       " card_index INTEGER,"
                       " seconds INTEGER,"
                       " value REAL,"   // answer score 0..1, quiz percent 0..100
                       " flag INTEGER," // quiz passed, breathing completed
                       " payload TEXT)"), // the answer's response JSON
        QStringLiteral("CREATE INDEX event_at ON event(at_ms)"),

        // One row per lesson ever touched, keyed by lesson id within the course (ids are unique in
        // a course, so a lesson that moves to another module keeps its history). in_progress: opened
        // or a card reached, and not completed since.
        QStringLiteral("CREATE TABLE lesson_state ("
                       " course_id TEXT NOT NULL,"
                       " lesson_id TEXT NOT NULL,"
                       " module_id TEXT NOT NULL,"
                       " first_opened_ms INTEGER,"
                       " touched_ms INTEGER NOT NULL,"
                       " last_card INTEGER NOT NULL DEFAULT -1,"
                       " in_progress INTEGER NOT NULL DEFAULT 0,"
                       " completions INTEGER NOT NULL DEFAULT 0,"
                       " completed_ms INTEGER,"
                       " seconds INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (course_id, lesson_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX lesson_state_resume ON lesson_state(course_id, touched_ms)"
                       " WHERE in_progress = 1"),

        // state: 0 open, 1 finished, 2 abandoned (a newer attempt on the same module was started).
        // AUTOINCREMENT so an attempt id held by a screen is never reused, not even after reset().
        QStringLiteral("CREATE TABLE quiz_attempt ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " course_id TEXT NOT NULL,"
                       " module_id TEXT NOT NULL,"
                       " quiz_id TEXT NOT NULL,"
                       " started_ms INTEGER NOT NULL,"
                       " touched_ms INTEGER NOT NULL,"
                       " state INTEGER NOT NULL DEFAULT 0,"
                       " score_percent REAL,"
                       " passed INTEGER,"
                       " seconds INTEGER,"
                       " finished_ms INTEGER)"),
        QStringLiteral("CREATE INDEX quiz_attempt_open ON quiz_attempt(course_id, module_id)"
                       " WHERE state = 0"),

        // The latest answer per question of an attempt, in the order first answered (id).
        QStringLiteral("CREATE TABLE quiz_answer ("
                       " id INTEGER PRIMARY KEY,"
                       " attempt_id INTEGER NOT NULL,"
                       " question_id TEXT NOT NULL,"
                       " score REAL NOT NULL,"
                       " response TEXT NOT NULL,"
                       " answered_ms INTEGER NOT NULL,"
                       " UNIQUE (attempt_id, question_id))"),

        // Per module: finished attempts, best and last percent, quiz time, latest quiz activity.
        QStringLiteral("CREATE TABLE quiz_state ("
                       " course_id TEXT NOT NULL,"
                       " module_id TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " best_percent REAL,"
                       " last_percent REAL,"
                       " passed_attempts INTEGER NOT NULL DEFAULT 0,"
                       " seconds INTEGER NOT NULL DEFAULT 0,"
                       " touched_ms INTEGER NOT NULL,"
                       " PRIMARY KEY (course_id, module_id)) WITHOUT ROWID"),

        // Per question: so a removed question drops out of the totals and a new one shows unanswered.
        QStringLiteral("CREATE TABLE question_state ("
                       " course_id TEXT NOT NULL,"
                       " module_id TEXT NOT NULL,"
                       " question_id TEXT NOT NULL,"
                       " answers INTEGER NOT NULL DEFAULT 0,"
                       " best_score REAL NOT NULL,"
                       " last_score REAL NOT NULL,"
                       " touched_ms INTEGER NOT NULL,"
                       " PRIMARY KEY (course_id, module_id, question_id)) WITHOUT ROWID"),

        // One row per local day with any activity: the streak and the calendar read only this.
        QStringLiteral("CREATE TABLE day_activity ("
                       " local_day TEXT NOT NULL PRIMARY KEY,"
                       " events INTEGER NOT NULL DEFAULT 0,"
                       " breathing_seconds INTEGER NOT NULL DEFAULT 0,"
                       " first_ms INTEGER NOT NULL,"
                       " last_ms INTEGER NOT NULL) WITHOUT ROWID"),

        QStringLiteral("CREATE TABLE meta (key TEXT NOT NULL PRIMARY KEY, value TEXT) WITHOUT ROWID"),
    };
    return statements;
}

// Version 2: spaced review (issue 15). One row per review item (a graded question the learner has
// answered), keyed by course and question id so a course update keeps its history, with its FSRS
// memory state; every review answer (from a quiz or a review session) in review_log; and this
// learner's answer time per question type, which sizes the sessions.
const QStringList &version2()
{
    static const QStringList statements{
        // state: 0 new, 1 learning, 2 review, 3 relearning (FSRS). Times in UTC ms.
        QStringLiteral("CREATE TABLE review_item ("
                       " course_id TEXT NOT NULL,"
                       " question_id TEXT NOT NULL,"
                       " module_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " state INTEGER NOT NULL,"
                       " stability REAL NOT NULL,"
                       " difficulty REAL NOT NULL,"
                       " due_ms INTEGER NOT NULL,"
                       " last_review_ms INTEGER,"
                       " elapsed_days INTEGER NOT NULL,"
                       " scheduled_days INTEGER NOT NULL,"
                       " reps INTEGER NOT NULL,"
                       " lapses INTEGER NOT NULL,"
                       " learning_steps INTEGER NOT NULL,"
                       " PRIMARY KEY (course_id, question_id)) WITHOUT ROWID"),
        // Covers planning: how many are due and which are most at risk are read from the index alone.
        QStringLiteral("CREATE INDEX review_item_due ON review_item(course_id, due_ms, state, last_review_ms,"
                       " stability)"),
        // source: 'quiz' (a graded quiz answer) or 'review' (a review session). rating 1..4.
        // answer_ms: how long the learner took. The card's state after the answer follows.
        QStringLiteral("CREATE TABLE review_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at_ms INTEGER NOT NULL,"
                       " local_day TEXT NOT NULL,"
                       " course_id TEXT NOT NULL,"
                       " module_id TEXT NOT NULL,"
                       " question_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " rating INTEGER NOT NULL,"
                       " answer_ms INTEGER NOT NULL,"
                       " state INTEGER NOT NULL,"
                       " stability REAL NOT NULL,"
                       " difficulty REAL NOT NULL,"
                       " due_ms INTEGER NOT NULL,"
                       " scheduled_days INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX review_log_item ON review_log(course_id, question_id)"),
        // Covers the daily cap's count of today's items.
        QStringLiteral("CREATE INDEX review_log_day ON review_log(local_day, course_id, question_id)"
                       " WHERE source = 'review'"),
        // The running mean answer time per question type (ReviewPace::updatedMean).
        QStringLiteral("CREATE TABLE review_pace ("
                       " kind TEXT NOT NULL PRIMARY KEY,"
                       " answers INTEGER NOT NULL,"
                       " mean_seconds REAL NOT NULL) WITHOUT ROWID"),
    };
    return statements;
}

// Version 3: the xAPI outbox (issue #14). One row per statement for the organisation's LRS, written
// in the same transaction as the event it reports (see StatementSource), so an event never exists
// without its statement. state: 0 waiting, 1 sent (the LRS has it), 2 not accepted (the LRS
// refused it with 400; reason holds its message: kept, shown and exported, never dropped).
// Creates only its own table, so it applies to a version 1 file as well as a version 2 one.
const QStringList &version3()
{
    static const QStringList statements{
        QStringLiteral("CREATE TABLE xapi_outbox ("
                       " id INTEGER PRIMARY KEY,"
                       " event_id INTEGER NOT NULL,"
                       " statement_id TEXT NOT NULL UNIQUE,"
                       " verb TEXT NOT NULL,"
                       " course_id TEXT NOT NULL DEFAULT '',"
                       " body BLOB NOT NULL," // the statement's JSON, zlib-compressed (qCompress)
                       " state INTEGER NOT NULL DEFAULT 0,"
                       " reason TEXT,"
                       " queued_ms INTEGER NOT NULL,"
                       " sent_ms INTEGER)"),
        QStringLiteral("CREATE INDEX xapi_outbox_waiting ON xapi_outbox(id) WHERE state = 0"),
        QStringLiteral("CREATE INDEX xapi_outbox_course ON xapi_outbox(course_id, verb)"),
    };
    return statements;
}

struct Step
{
    int version;
    const QStringList &(*statements)();
};

// Append only. A step's statements must never change once released.
const QList<Step> &steps()
{
    static const QList<Step> all{{1, &version1}, {2, &version2}, {3, &version3}};
    return all;
}

} // namespace

namespace ProgressSchema {

int version(ProgressConnection &db)
{
    const std::optional<QVariant> value = db.scalar(QStringLiteral("PRAGMA user_version"));
    return value && value->isValid() ? value->toInt() : -1;
}

bool migrate(ProgressConnection &db, int targetVersion)
{
    for (const Step &step : steps()) {
        if (step.version > targetVersion)
            break;
        if (!db.begin())
            return false;
        // Read inside the write transaction: another process may have migrated meanwhile.
        const int current = version(db);
        if (current < 0) {
            db.rollback();
            return false;
        }
        if (current >= step.version) {
            db.rollback();
            continue;
        }
        bool ok = true;
        for (const QString &sql : step.statements()) {
            if (!db.exec(sql)) {
                ok = false;
                break;
            }
        }
        // PRAGMA takes no bound parameters; the number is our own constant, not input.
        if (ok)
            ok = db.exec(QStringLiteral("PRAGMA user_version = ") + QString::number(step.version));
        if (!ok) {
            db.rollback();
            return false;
        }
        if (!db.commit())
            return false; // commit() has rolled back
        qCInfo(lcProgress) << "migrated" << db.path() << "to schema version" << step.version;
    }
    return true;
}

QStringList tables(int version)
{
    QStringList all{QStringLiteral("event"),       QStringLiteral("lesson_state"),  QStringLiteral("quiz_attempt"),
                    QStringLiteral("quiz_answer"), QStringLiteral("quiz_state"),    QStringLiteral("question_state"),
                    QStringLiteral("day_activity"), QStringLiteral("meta")};
    if (version >= 2)
        all << QStringLiteral("review_item") << QStringLiteral("review_log") << QStringLiteral("review_pace");
    if (version >= 3)
        all.append(QStringLiteral("xapi_outbox"));
    return all;
}

} // namespace ProgressSchema
