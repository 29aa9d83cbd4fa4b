#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QtQml/qqml.h>

#include "content/course.h"
#include "content/coursecache.h"
#include "content/diagnostic.h"
#include "progress/progressstore.h"

// The courses the app shows: those bundled in its resources plus any folder given with --lessons.
// A folder's course with a bundled course's id replaces it, so that an author previews their edits of
// the built-in course; progress is stored by course id, so the two share it. That never happens
// silently: replacedNotice says which course stands in for which (and `check` warns at the id).
// Catalogue depth only; a lesson's cards and a module's quiz are read when first needed.
class CourseLibrary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the course library.")

    Q_PROPERTY(QStringList courseIds READ courseIds NOTIFY coursesChanged)
    Q_PROPERTY(QString defaultCourseId READ defaultCourseId NOTIFY coursesChanged)
    // One line per module that could not be loaded ("Module title: path:line: message").
    Q_PROPERTY(QStringList problems READ problems NOTIFY coursesChanged)
    // The same, one per line, for a notice.
    Q_PROPERTY(QString problemsText READ problemsText NOTIFY coursesChanged)
    // For the learner, when a folder's course replaced a bundled one with the same id; else empty.
    Q_PROPERTY(QString replacedNotice READ replacedNotice NOTIFY coursesChanged)

public:
    explicit CourseLibrary(QObject *parent = nullptr);

    // Where course catalogues are remembered between starts (CourseCache); empty (the default) reads
    // every course from its folder each time. Call before load().
    void setCacheFolder(const QString &folder);
    // previewRoots come first and win over bundledRoots on a course id both have.
    void load(const QStringList &bundledRoots, const QStringList &previewRoots = {});

    const QList<Course> &courses() const { return m_courses; }
    QStringList courseIds() const;
    QString defaultCourseId() const;
    QStringList problems() const { return m_problems; }
    QString problemsText() const { return m_problems.join(u'\n'); }
    QString replacedNotice() const { return m_replacedNotice; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    const Course *course(const QString &courseId) const;
    const CourseModule *module(const QString &courseId, const QString &moduleId) const;
    const Lesson *lesson(const QString &courseId, const QString &moduleId, const QString &lessonId) const;
    // The module's quiz questions, parsed on first use and kept; broken questions are left out.
    const QList<Question> &quiz(const QString &courseId, const QString &moduleId);
    // The ids of the module's graded questions, in order: known from loading (or the cache) without
    // parsing its quiz again.
    QStringList gradedQuestionIds(const QString &courseId, const QString &moduleId);
    // The course as the progress store counts it: lessons and graded questions of every loaded module.
    QList<ProgressStore::ModuleStructure> structure(const QString &courseId);

Q_SIGNALS:
    void coursesChanged();

private:
    // The courses of `roots` (from the cache where unchanged), each id once, with their diagnostics.
    QList<CourseCache::Entry> loadRoots(const QStringList &roots);
    std::optional<CourseCache::Entry> readCourse(const QString &folder);
    void accept(CourseCache::Entry &&entry);

    CourseCache m_cache;
    QList<Course> m_courses;
    QString m_previewCourseId;
    QStringList m_problems;
    QString m_replacedNotice;
    Diagnostics m_diagnostics;
    QHash<QString, QList<Question>> m_quizzes;   // "course/module" -> questions
    QHash<QString, QStringList> m_gradedIds;     // "course/module" -> graded question ids
    QHash<QString, QList<Question>> m_parsedQuizzes; // "folder\nmodule" -> parsed while loading
};
