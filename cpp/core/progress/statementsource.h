#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class ProgressStore;

// An event as the progress store has just written it, inside its still-open transaction.
struct RecordedEvent
{
    qint64 id = 0;  // the event's row id
    QDateTime at;   // local time
    QString kind;   // as in ProgressStore::Activity::kind
    QString course, module, item;
    qint64 attemptId = -1;
    int seconds = 0;
    double value = 0; // answer score 0..1, quiz percent 0..100
    bool flag = false; // quiz passed, breathing completed
    QString response; // the answer's response JSON
};

// A statement to queue for the organisation's LRS (see cpp/core/xapi/).
struct QueuedStatement
{
    QString id;     // the statement's UUID, unique in the outbox
    QString verb;   // a short key ("experienced", "answered", "course_completed", ...)
    QString course; // the course it concerns, "" for none
    QByteArray body; // the statement, compact JSON
};

// What turns an event into statements to send. The store calls it inside the event's transaction
// and writes what it returns into its outbox in that same transaction, so an event never exists
// without its statements and a kill loses neither. The store reads `store` freely during the call
// (the same connection sees the event's uncommitted rows). Set only while reporting is on.
class StatementSource
{
public:
    virtual ~StatementSource() = default;
    virtual QList<QueuedStatement> statementsFor(const RecordedEvent &event, const ProgressStore &store) = 0;
};
