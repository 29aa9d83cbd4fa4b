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
    // Lessons of every course, and of those the ones the learner completed.
    Q_PROPERTY(int lessonCount READ lessonCount NOTIFY refreshed)
    Q_PROPERTY(int lessonsDone READ lessonsDone NOTIFY refreshed)

public:
    explicit LibraryOverview(QObject *parent = nullptr);

    CourseListModel *courses() { return &m_courses; }
    int count() const { return m_courses.rowCount(); }
    int lessonCount() const { return m_lessonCount; }
    int lessonsDone() const { return m_lessonsDone; }

Q_SIGNALS:
    void refreshed();

protected:
    void refresh() override;

private:
    CourseListModel m_courses;
    int m_lessonCount = 0;
    int m_lessonsDone = 0;
};
