#pragma once

#include "coursebinding.h"
#include "courselistmodel.h"

// Every course the learner has, at a glance: the home and progress screens' list of courses. Its
// courseId is not used; it follows the whole library and the learner's progress.
class LibraryOverview : public CourseBinding
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(CourseListModel *courses READ courses CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY refreshed)
    // Every course of the library, however many rows are shown.
    Q_PROPERTY(int total READ total NOTIFY refreshed)
    // At most this many rows, in library order (the rest neither counted nor drawn); -1: all. Home
    // shows the first few for its first frame and then all, so that start-up does not grow with the
    // library.
    Q_PROPERTY(int maxRows READ maxRows WRITE setMaxRows NOTIFY maxRowsChanged)
    // Lessons of every course, and of those the ones the learner completed.
    Q_PROPERTY(int lessonCount READ lessonCount NOTIFY refreshed)
    Q_PROPERTY(int lessonsDone READ lessonsDone NOTIFY refreshed)

public:
    explicit LibraryOverview(QObject *parent = nullptr);

    CourseListModel *courses() { return &m_courses; }
    int count() const { return m_courses.rowCount(); }
    int total() const { return m_total; }
    int maxRows() const { return m_maxRows; }
    void setMaxRows(int maxRows);
    int lessonCount() const { return m_lessonCount; }
    int lessonsDone() const { return m_lessonsDone; }

Q_SIGNALS:
    void refreshed();
    void maxRowsChanged();

protected:
    void refresh() override;

private:
    CourseListModel m_courses;
    int m_total = 0;
    int m_maxRows = -1;
    int m_lessonCount = 0;
    int m_lessonsDone = 0;
};
