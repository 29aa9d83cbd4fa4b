#include "xapistatementsource.h"

XapiStatementSource::XapiStatementSource(StatementBuilder builder, Courses courses)
    : m_builder(std::move(builder))
    , m_courses(std::move(courses))
{
}

QList<QueuedStatement> XapiStatementSource::statementsFor(const RecordedEvent &event, const ProgressStore &store)
{
    QString courseId = event.course;
    QString breathingTitle;
    if (event.kind == QStringLiteral("breathing") && m_courses.breathing)
        std::tie(courseId, breathingTitle) = m_courses.breathing(event.item);
    const Course *course = m_courses.course && !courseId.isEmpty() ? m_courses.course(courseId) : nullptr;
    const QString base = m_courses.baseIri && !courseId.isEmpty() ? m_courses.baseIri(courseId) : QString();
    QList<QueuedStatement> statements = m_builder.forEvent(event, course, base, breathingTitle);

    // A lesson finished or a quiz passed may finish the course: reported once, the first time.
    const bool mayFinish = event.kind == QStringLiteral("lesson_completed")
        || (event.kind == QStringLiteral("quiz_finished") && event.flag);
    if (mayFinish && course && m_courses.structure) {
        const QString verb = QStringLiteral("course_completed");
        // The store reads through the event's own transaction, so this event already counts.
        if (store.courseCompletion(course->id, m_courses.structure(course->id), course->passMark) >= 100.0
            && !store.hasStatement(verb, course->id))
            statements.append(m_builder.courseCompleted(event, *course, base));
    }
    return statements;
}
