#pragma once

#include "content/course.h"
#include "progress/statementsource.h"

#include <QJsonObject>
#include <QString>

// Builds the xAPI 1.0.3 statements for progress events (pure: no I/O). Verbs from the ADL
// vocabulary: a lesson read to the end is `experienced`, a quiz answer `answered`, a finished quiz
// `passed` or `failed`, a completed breathing exercise and a finished course `completed`.
//
// Activity ids are IRIs under the course's base: its catalog URL when it was published to one, else
// urn:pausa:course:<id>. <base>/module/<m>, <base>/module/<m>/lesson/<l>, <base>/module/<m>/quiz,
// <base>/module/<m>/quiz/question/<q>, <base>/breathing/<p>; a built-in breathing exercise is
// urn:pausa:breathing:<p>. The statement id is a UUID v5 of the event (installation, row id, time,
// verb), so re-sending can never make a second statement.
class StatementBuilder
{
public:
    StatementBuilder(QJsonObject actor, QString installationId);

    // The statements for one event, or none (an event kind that is not reported, a breathing
    // session stopped early). course may be null (a built-in breathing exercise, or a course no
    // longer loaded: names then fall back to ids).
    QList<QueuedStatement> forEvent(const RecordedEvent &event, const Course *course, const QString &baseIri,
                                    const QString &breathingTitle = {}) const;
    // `completed` for the whole course, caused by event (the last module done).
    QueuedStatement courseCompleted(const RecordedEvent &event, const Course &course, const QString &baseIri) const;

    static QString defaultBaseIri(const QString &courseId);
    static QString statementId(const QString &installationId, const RecordedEvent &event, const QString &verb);
    // The event's local time with its UTC offset, ISO 8601 with milliseconds.
    static QString timestamp(const QDateTime &at);
    // Seconds as an ISO 8601 duration ("PT95S").
    static QString duration(int seconds);

private:
    QueuedStatement make(const RecordedEvent &event, const QString &verb, const QString &verbKey,
                         const QJsonObject &object, const QJsonObject &result, const QJsonObject &context,
                         const QString &course) const;

    QJsonObject m_actor;
    QString m_installationId;
};
