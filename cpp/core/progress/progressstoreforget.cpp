// ProgressStore's deletions, each one transaction: everything (reset) or one course's record.
#include "progressstore.h"

#include "progressconnection.h"
#include "progressschema.h"
#include "progresstransaction.h"

#include <QSqlQuery>

bool ProgressStore::reset()
{
    if (!ready())
        return false;
    ProgressConnection &db = *m_db;
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        // Table names from our own schema list. sqlite_sequence is kept, so attempt ids held by a
        // screen from before the reset can never name a new attempt.
        for (const QString &table : ProgressSchema::tables(ProgressSchema::CurrentVersion)) {
            if (!db.exec(QStringLiteral("DELETE FROM ") + table))
                return false;
        }
        return true;
    });
    return ok ? succeeded() : storageFailed();
}

bool ProgressStore::deleteCourseProgress(const QString &course)
{
    if (course.isEmpty())
        return rejectInput(QStringLiteral("the course id is empty"));
    if (!ready())
        return false;
    ProgressConnection &db = *m_db;
    // The course's answers go with its attempts; days with activity (the streak) and the learner's
    // answer pace stay, and so does the xAPI outbox: what was sent or is waiting for the organisation
    // is the organisation's record, which the learner turns off in Settings.
    static const QStringList byCourse{
        QStringLiteral("DELETE FROM quiz_answer WHERE attempt_id IN (SELECT id FROM quiz_attempt WHERE course_id = ?)"),
        QStringLiteral("DELETE FROM quiz_attempt WHERE course_id = ?"),
        QStringLiteral("DELETE FROM quiz_state WHERE course_id = ?"),
        QStringLiteral("DELETE FROM question_state WHERE course_id = ?"),
        QStringLiteral("DELETE FROM lesson_state WHERE course_id = ?"),
        QStringLiteral("DELETE FROM review_item WHERE course_id = ?"),
        QStringLiteral("DELETE FROM review_log WHERE course_id = ?"),
        QStringLiteral("DELETE FROM event WHERE course_id = ?"),
    };
    const bool ok = ProgressTransaction::run(db, *m_witness, [&] {
        for (const QString &sql : byCourse) {
            if (!db.run(db.prepared(sql), {course}))
                return false;
        }
        return true;
    });
    return ok ? succeeded() : storageFailed();
}
