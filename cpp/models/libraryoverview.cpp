#include "libraryoverview.h"

LibraryOverview::LibraryOverview(QObject *parent)
    : CourseBinding(parent)
{
}

void LibraryOverview::setMaxRows(int maxRows)
{
    if (m_maxRows == maxRows)
        return;
    m_maxRows = maxRows;
    Q_EMIT maxRowsChanged();
    requestRefresh();
}

void LibraryOverview::refresh()
{
    QList<CourseListModel::Row> rows;
    m_lessonCount = m_lessonsDone = 0;
    m_total = int(library()->courses().size());
    const ProgressStore &store = progress()->store();
    for (const Course &course : library()->courses()) {
        if (m_maxRows >= 0 && rows.size() >= m_maxRows)
            break;
        CourseListModel::Row row;
        row.courseId = course.id;
        row.title = course.title;
        row.summary = CourseListModel::plainSummary(course.description);
        row.language = course.language;
        row.moduleCount = int(course.modules.size());
        row.minutes = course.minutes();
        const auto structure = library()->structure(course.id);
        const auto figures = store.moduleProgress(course.id, structure, course.passMark);
        for (const auto &module : figures) {
            row.lessonCount += module.lessonsTotal;
            row.lessonsDone += module.lessonsDone;
            if (module.lastActivity > row.lastActivity)
                row.lastActivity = module.lastActivity;
        }
        row.percent = ProgressStore::completionOf(figures);
        m_lessonCount += row.lessonCount;
        m_lessonsDone += row.lessonsDone;
        rows.append(row);
    }
    m_courses.setRows(rows);
    Q_EMIT refreshed();
}
