#pragma once

#include "catalog.h"

#include <QSet>
#include <QString>

// The installed courses on disk, <data dir>/courses/:
//   <course id>/        plain course folders the app loads and `pausa-content check` reads
//   .objects/<sha256>   the content-addressed cache of verified downloads (".part" while arriving)
//   .staging/<id>       a new version being assembled, beside the installed one
// A version is activated by one atomic rename (Linux: renameat2 RENAME_EXCHANGE), so a process killed at
// any moment leaves the old or the new version complete; with the two-rename fallback, repair() (run
// before every sync and at start-up) puts back the old version left as .staging/<id>.old.
class CourseInstaller
{
public:
    explicit CourseInstaller(const QString &dataDir);

    QString coursesDir() const { return m_courses; }
    // The installed course folders, <data dir>/courses/<id>/, for the app's course library.
    static QStringList installedCourseFolders(const QString &dataDir);
    QString objectsDir() const;
    QString objectPath(const QByteArray &sha256) const;
    QString coursePath(const QString &id) const;
    bool hasObject(const CatalogFile &file) const;

    // Finishes or undoes what a killed sync left: restores a course left as .staging/<id>.old, removes
    // every other staging folder. Verified objects stay (a sync resumes with them).
    void repair() const;
    // Builds the course's folder from verified objects in .staging/<id> and loads it with the app's
    // CourseLoader (full check); the first error as one line, or empty when it may be activated.
    QString assembleAndCheck(const CatalogCourse &course) const;
    // Makes the staged folder the installed one; empty, or why not.
    QString activate(const QString &id) const;
    // Removes an installed course folder (its progress is not touched).
    QString remove(const QString &id) const;
    // Deletes every cached object whose name is not in `keep`; returns how many.
    int removeObjectsExcept(const QSet<QByteArray> &keep) const;
    // Free space for the downloads, or an error line when `bytes` will not fit.
    QString checkFreeSpace(qint64 bytes) const;

private:
    QString stagingPath(const QString &name) const;
    QString m_courses;
};
