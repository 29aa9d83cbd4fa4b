#include "coursebinding.h"

CourseBinding::CourseBinding(QObject *parent)
    : QObject(parent)
{
}

void CourseBinding::setLibrary(CourseLibrary *library)
{
    if (m_library == library)
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (m_library)
        connect(m_library, &CourseLibrary::coursesChanged, this, &CourseBinding::requestRefresh);
    Q_EMIT libraryChanged();
    requestRefresh();
}

void CourseBinding::setProgress(ProgressTracker *progress)
{
    if (m_progress == progress)
        return;
    disconnect(m_progressConnection);
    m_progress = progress;
    if (m_progress) {
        m_progressConnection = connect(m_progress, &ProgressTracker::changed, this, [this] {
            if (followsProgress())
                requestRefresh();
        });
    }
    Q_EMIT progressChanged();
    requestRefresh();
}

void CourseBinding::setCourseId(const QString &courseId)
{
    if (m_courseId == courseId)
        return;
    m_courseId = courseId;
    Q_EMIT courseIdChanged();
    requestRefresh();
}

void CourseBinding::setModuleId(const QString &moduleId)
{
    if (m_moduleId == moduleId)
        return;
    m_moduleId = moduleId;
    Q_EMIT moduleIdChanged();
    requestRefresh();
}

void CourseBinding::classBegin()
{
    m_complete = false;
}

void CourseBinding::componentComplete()
{
    m_complete = true;
    requestRefresh();
}

void CourseBinding::requestRefresh()
{
    if (m_complete && m_library && m_progress)
        refresh();
}

const Course *CourseBinding::course() const
{
    return m_library ? m_library->course(m_courseId) : nullptr;
}

const CourseModule *CourseBinding::module() const
{
    return m_library ? m_library->module(m_courseId, m_moduleId) : nullptr;
}
