// ProgressStore's xAPI outbox (issue #14): statements queued in the same transaction as their event,
// then read and marked by the sender (cpp/core/xapi/xapisender.h). Policy (what to send when, what
// an answer means) lives in cpp/core/xapi; this file only stores.
#include "progressstore.h"

#include "progressconnection.h"
#include "progresslog.h"
#include "statementsource.h"

#include <QSqlQuery>

namespace {

enum State { Waiting = 0, Sent = 1, NotAcceptedState = 2 };

const QString &lastSendKey()
{
    static const QString key = QStringLiteral("xapi_last_send_ms");
    return key;
}

// Statements are stored zlib-compressed (a BLOB): about a third of their JSON's size, so the
// event's transaction writes fewer pages and the WAL checkpoints less often (bench_progress).
QByteArray packed(const QByteArray &body)
{
    return qCompress(body, 6);
}

QByteArray unpacked(const QVariant &stored)
{
    if (stored.typeId() == QMetaType::QString) // written as text (never by this version; kept readable)
        return stored.toString().toUtf8();
    return qUncompress(stored.toByteArray());
}

} // namespace

bool ProgressStore::queueStatements(RecordedEvent event)
{
    if (m_statementSource == nullptr)
        return true;
    ProgressConnection &db = *m_db;
    // The event was the last row inserted into event (INTEGER PRIMARY KEY: max(id) + 1).
    const std::optional<QVariant> id = db.runScalar(db.prepared(QStringLiteral("SELECT max(id) FROM event")), {});
    if (!id)
        return false;
    event.id = id->toLongLong();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QueuedStatement &statement : m_statementSource->statementsFor(event, *this)) {
        // The same statement id can only come from the same event: keep the first. (Not OR IGNORE,
        // which would also skip a row that breaks NOT NULL, silently.)
        if (!db.run(db.prepared(QStringLiteral(
                        "INSERT INTO xapi_outbox (event_id, statement_id, verb, course_id, body, queued_ms)"
                        " VALUES (?, ?, ?, coalesce(?, ''), ?, ?) ON CONFLICT (statement_id) DO NOTHING")),
                    {event.id, statement.id, statement.verb, statement.course, packed(statement.body), now}))
            return false;
    }
    return true;
}

QList<ProgressStore::OutboxStatement> ProgressStore::waitingStatements(int limit) const
{
    QList<OutboxStatement> result;
    if (!ready())
        return result;
    QSqlQuery *query = m_db->prepared(
        QStringLiteral("SELECT statement_id, body FROM xapi_outbox WHERE state = 0 ORDER BY id LIMIT ?"));
    if (!m_db->run(query, {limit})) {
        storageFailed(true);
        return result;
    }
    while (query->next())
        result.append({query->value(0).toString(), unpacked(query->value(1))});
    query->finish();
    succeeded();
    return result;
}

bool ProgressStore::markStatementsSent(const QStringList &ids, const QDateTime &at)
{
    if (!ready())
        return false;
    ProgressConnection &db = *m_db;
    if (!db.begin())
        return storageFailed();
    for (const QString &id : ids) {
        if (!db.run(db.prepared(QStringLiteral("UPDATE xapi_outbox SET state = 1, sent_ms = ?, reason = NULL"
                                               " WHERE statement_id = ?")),
                    {at.toMSecsSinceEpoch(), id})) {
            db.rollback();
            return storageFailed();
        }
    }
    if (!db.run(db.prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value")),
                {lastSendKey(), QString::number(at.toMSecsSinceEpoch())})) {
        db.rollback();
        return storageFailed();
    }
    return db.commit() ? succeeded() : storageFailed();
}

bool ProgressStore::markStatementNotAccepted(const QString &id, const QString &reason)
{
    if (!ready())
        return false;
    const bool ok = m_db->run(m_db->prepared(QStringLiteral("UPDATE xapi_outbox SET state = 2, reason = ?"
                                                            " WHERE statement_id = ?")),
                              {reason, id});
    return ok ? succeeded() : storageFailed();
}

bool ProgressStore::noteLrsAnswered(const QDateTime &at)
{
    if (!ready())
        return false;
    const bool ok = m_db->run(m_db->prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value")),
                              {lastSendKey(), QString::number(at.toMSecsSinceEpoch())});
    return ok ? succeeded() : storageFailed();
}

ProgressStore::OutboxCounts ProgressStore::outboxCounts() const
{
    OutboxCounts counts;
    if (!ready())
        return counts;
    QSqlQuery *query = m_db->prepared(QStringLiteral("SELECT state, count(*) FROM xapi_outbox GROUP BY state"));
    if (!m_db->run(query, {})) {
        storageFailed(true);
        return counts;
    }
    while (query->next()) {
        const int n = query->value(1).toInt();
        switch (query->value(0).toInt()) {
        case Waiting: counts.waiting = n; break;
        case Sent: counts.sent = n; break;
        case NotAcceptedState: counts.notAccepted = n; break;
        default: break;
        }
    }
    query->finish();
    const std::optional<QVariant> last =
        m_db->runScalar(m_db->prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?")), {lastSendKey()});
    if (last && last->isValid())
        counts.lastSend = QDateTime::fromMSecsSinceEpoch(last->toString().toLongLong());
    succeeded();
    return counts;
}

QList<ProgressStore::NotAccepted> ProgressStore::notAcceptedStatements() const
{
    QList<NotAccepted> result;
    if (!ready())
        return result;
    QSqlQuery *query = m_db->prepared(QStringLiteral(
        "SELECT statement_id, verb, coalesce(reason, ''), body FROM xapi_outbox WHERE state = 2 ORDER BY id"));
    if (!m_db->run(query, {})) {
        storageFailed(true);
        return result;
    }
    while (query->next())
        result.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                       unpacked(query->value(3))});
    query->finish();
    succeeded();
    return result;
}

bool ProgressStore::hasStatement(const QString &verb, const QString &course) const
{
    if (!ready())
        return false;
    const std::optional<QVariant> found = m_db->runScalar(
        m_db->prepared(QStringLiteral("SELECT 1 FROM xapi_outbox WHERE course_id = ? AND verb = ? LIMIT 1")),
        {course, verb});
    if (!found)
        return storageFailed(true);
    succeeded();
    return found->isValid();
}

bool ProgressStore::deleteUnsentStatements()
{
    if (!ready())
        return false;
    const bool ok = m_db->run(m_db->prepared(QStringLiteral("DELETE FROM xapi_outbox WHERE state <> 1")), {});
    if (ok)
        qCInfo(lcProgress) << "deleted the unsent xAPI statements";
    return ok ? succeeded() : storageFailed();
}
