#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqml.h>

#include "courselibrary.h"
#include "progresstracker.h"

// Base of the objects that present one course (or one module of it) to a screen: they are given the
// library, the progress tracker and the ids, and rebuild their figures whenever any of those or the
// learner's progress changes. In QML they refresh once, when the component is complete.
class CourseBinding : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS

    Q_PROPERTY(CourseLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(ProgressTracker *progress READ progress WRITE setProgress NOTIFY progressChanged)
    Q_PROPERTY(QString courseId READ courseId WRITE setCourseId NOTIFY courseIdChanged)
    Q_PROPERTY(QString moduleId READ moduleId WRITE setModuleId NOTIFY moduleIdChanged)

public:
    explicit CourseBinding(QObject *parent = nullptr);

    CourseLibrary *library() const { return m_library; }
    void setLibrary(CourseLibrary *library);
    ProgressTracker *progress() const { return m_progress; }
    void setProgress(ProgressTracker *progress);
    QString courseId() const { return m_courseId; }
    void setCourseId(const QString &courseId);
    QString moduleId() const { return m_moduleId; }
    void setModuleId(const QString &moduleId);

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void libraryChanged();
    void progressChanged();
    void courseIdChanged();
    void moduleIdChanged();

protected:
    // Rebuilds everything from the library and the store. Called only with library and progress set.
    virtual void refresh() = 0;
    // Whether a change of the learner's progress calls refresh() (a lesson reader does not want to
    // reload its own lesson each time it records a card).
    virtual bool followsProgress() const { return true; }
    void requestRefresh();

    const Course *course() const;
    const CourseModule *module() const;

private:
    QPointer<CourseLibrary> m_library;
    QPointer<ProgressTracker> m_progress;
    QMetaObject::Connection m_progressConnection;
    QString m_courseId;
    QString m_moduleId;
    bool m_complete = true;
};
