#pragma once

#include "course.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// Course catalogues remembered between starts, so that the app's start-up does not grow with its
// library: a course folder whose files are unchanged (the same names, sizes and modification times)
// is read back from one small file instead of parsing every lesson and quiz again. Anything unusable
// in the cache (missing, damaged, from another version) is a miss, never an error: the course is then
// read from its folder as before. Folders in Qt resources are not cached (they come with the binary).
class CourseCache
{
public:
    // What the app needs of a course before a learner opens anything in it.
    struct Entry
    {
        Course course;                              // catalogue depth (no lesson bodies, no quizzes)
        Diagnostics diagnostics;                    // what loading it found
        QHash<QString, QStringList> gradedQuestions; // module id -> its graded question ids, in order
    };

    // An empty folder turns the cache off (every find() misses, store() does nothing).
    explicit CourseCache(const QString &folder = {});

    bool isEnabled() const { return !m_folder.isEmpty(); }
    // The cached catalogue of `courseFolder` when its files have not changed since it was stored.
    // `fingerprint` is what fingerprint() gave for the folder just now.
    std::optional<Entry> find(const QString &courseFolder, const QByteArray &fingerprint) const;
    // Remembers `entry` for the folder as it was when `fingerprint` was taken (before loading it, so a
    // file changed while loading makes the next start read the folder again). False when not written.
    bool store(const QString &courseFolder, const QByteArray &fingerprint, const Entry &entry) const;

    // A digest of every file and folder under `courseFolder`: relative path, size and modification
    // time. Empty for a folder that cannot be listed or holds more entries than a course may.
    static QByteArray fingerprint(const QString &courseFolder);

private:
    QString fileFor(const QString &courseFolder) const;

    QString m_folder;
};
