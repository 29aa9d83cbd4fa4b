#pragma once

#include "progress/progressstore.h"
#include "progress/statementsource.h"
#include "statementbuilder.h"

#include <functional>
#include <utility>

// The progress store's StatementSource while reporting is on: looks up the course of an event
// (names, language, base IRI, pass mark, structure) and asks the StatementBuilder for its
// statements, adding the course's `completed` the first time every module is done.
class XapiStatementSource : public StatementSource
{
public:
    // What the source needs to know about the loaded courses (the app passes its CourseLibrary's).
    struct Courses
    {
        std::function<const Course *(const QString &courseId)> course;
        std::function<QList<ProgressStore::ModuleStructure>(const QString &courseId)> structure;
        // The course's base IRI: its catalog URL when published to one (issue #13), "" for the
        // default urn:pausa:course:<id>.
        std::function<QString(const QString &courseId)> baseIri;
        // The course holding a breathing pattern ("" for a built-in one) and the pattern's title.
        std::function<std::pair<QString, QString>(const QString &patternId)> breathing;
    };

    XapiStatementSource(StatementBuilder builder, Courses courses);

    QList<QueuedStatement> statementsFor(const RecordedEvent &event, const ProgressStore &store) override;

private:
    StatementBuilder m_builder;
    Courses m_courses;
};
