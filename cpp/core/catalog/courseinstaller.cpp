#include "courseinstaller.h"

#include "content/courseloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <stdio.h>   // renameat2 (glibc 2.28+)
#endif

namespace {

const QString stagingName = QStringLiteral(".staging");
const QString objectsName = QStringLiteral(".objects");
const QString oldSuffix = QStringLiteral(".old");

// A hard link where the file system allows (no copy, no extra space), else a copy.
bool linkOrCopy(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
#endif
    return QFile::copy(from, to);
}

// Swaps two paths in one step; false when the system cannot (then the caller renames twice).
bool exchange(const QString &a, const QString &b)
{
#if defined(Q_OS_LINUX) && defined(RENAME_EXCHANGE)
    return ::renameat2(AT_FDCWD, QFile::encodeName(a).constData(), AT_FDCWD, QFile::encodeName(b).constData(),
                       RENAME_EXCHANGE) == 0;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return false;
#endif
}

} // namespace

CourseInstaller::CourseInstaller(const QString &dataDir)
    : m_courses(QDir(dataDir).filePath(QStringLiteral("courses")))
{
}

QStringList CourseInstaller::installedCourseFolders(const QString &dataDir)
{
    const QDir courses(QDir(dataDir).filePath(QStringLiteral("courses")));
    QStringList folders;
    // Hidden entries (.objects, .staging) are not listed: QDir leaves them out without QDir::Hidden.
    for (const QString &name : courses.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        folders.append(courses.filePath(name));
    return folders;
}

QString CourseInstaller::objectsDir() const
{
    return QDir(m_courses).filePath(objectsName);
}

QString CourseInstaller::objectPath(const QByteArray &sha256) const
{
    return objectsDir() + u'/' + QString::fromLatin1(sha256);
}

QString CourseInstaller::coursePath(const QString &id) const
{
    return QDir(m_courses).filePath(id);
}

QString CourseInstaller::stagingPath(const QString &name) const
{
    return QDir(m_courses).filePath(stagingName + u'/' + name);
}

bool CourseInstaller::hasObject(const CatalogFile &file) const
{
    const QFileInfo info(objectPath(file.sha256));
    return info.isFile() && info.size() == file.bytes;
}

void CourseInstaller::repair() const
{
    QDir staging(QDir(m_courses).filePath(stagingName));
    const QStringList entries = staging.entryList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &name : entries) {
        if (name.endsWith(oldSuffix)) {
            const QString id = name.chopped(oldSuffix.size());
            if (!QFileInfo::exists(coursePath(id)) && QDir().rename(staging.filePath(name), coursePath(id)))
                continue;   // the switch was cut between its two renames: the old version is back
        }
        QDir(staging.filePath(name)).removeRecursively();
        QFile::remove(staging.filePath(name));
    }
    // A partial download (<sha256>.part) is overwritten by the next try, or removed by the cleanup after
    // a sync (removeObjectsExcept): its name is no object's.
}

QString CourseInstaller::assembleAndCheck(const CatalogCourse &course) const
{
    const QString folder = stagingPath(course.id);
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot create %1 on this device").arg(folder);
    for (const CatalogFile &file : course.files) {
        const QString target = folder + u'/' + file.path;
        if (!QDir().mkpath(QFileInfo(target).path()) || !linkOrCopy(objectPath(file.sha256), target)) {
            QDir(folder).removeRecursively();
            return QStringLiteral("cannot write %1 on this device (is it full?)").arg(file.path);
        }
    }
    CourseLoader loader(LoadDepth::Full);
    const std::optional<Course> loaded = loader.loadCourse(folder);
    QString problem;
    for (const Diagnostic &diagnostic : loader.diagnostics()) {
        if (diagnostic.isError()) {
            problem = QStringLiteral("the new version has errors, so the installed one is kept: %1: %2")
                          .arg(QDir(folder).relativeFilePath(diagnostic.path), diagnostic.message);
            break;
        }
    }
    if (problem.isEmpty() && !loaded)
        problem = QStringLiteral("the new version cannot be loaded, so the installed one is kept");
    if (problem.isEmpty() && loaded->id != course.id)
        problem = QStringLiteral("the course in the catalog as \"%1\" calls itself \"%2\"; it is not installed")
                      .arg(course.id, loaded->id);
    if (!problem.isEmpty())
        QDir(folder).removeRecursively();
    return problem;
}

QString CourseInstaller::activate(const QString &id) const
{
    const QString staged = stagingPath(id);
    const QString target = coursePath(id);
    if (!QFileInfo::exists(target)) {
        if (QDir().rename(staged, target))
            return {};
        return QStringLiteral("cannot move the new version into %1").arg(target);
    }
    if (!exchange(staged, target)) {
        // Two renames; repair() restores the old version if a crash falls between them.
        const QString old = stagingPath(id + oldSuffix);
        QDir(old).removeRecursively();
        if (!QDir().rename(target, old))
            return QStringLiteral("cannot replace %1").arg(target);
        if (!QDir().rename(staged, target)) {
            QDir().rename(old, target);
            return QStringLiteral("cannot replace %1").arg(target);
        }
        QDir(old).removeRecursively();
        return {};
    }
    QDir(staged).removeRecursively();   // now the old version
    return {};
}

QString CourseInstaller::remove(const QString &id) const
{
    const QString target = coursePath(id);
    if (!QFileInfo::exists(target))
        return {};
    // Out of sight in one step, then deleted: a crash never leaves half a course where the app looks.
    const QString gone = stagingPath(id + QStringLiteral(".removed"));
    QDir().mkpath(QFileInfo(gone).path());
    QDir(gone).removeRecursively();
    if (!QDir().rename(target, gone))
        return QStringLiteral("cannot remove %1").arg(target);
    QDir(gone).removeRecursively();
    return {};
}

int CourseInstaller::removeObjectsExcept(const QSet<QByteArray> &keep) const
{
    int removed = 0;
    const QDir objects(objectsDir());
    for (const QString &name : objects.entryList(QDir::Files | QDir::System)) {
        if (!keep.contains(name.toLatin1()) && QFile::remove(objects.filePath(name)))
            ++removed;
    }
    return removed;
}

QString CourseInstaller::checkFreeSpace(qint64 bytes) const
{
    QDir().mkpath(objectsDir());
    const QStorageInfo storage(objectsDir());
    const qint64 margin = 4 * 1024 * 1024;
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < bytes + margin) {
        return QStringLiteral("not enough free space on this device: the download needs %1 MB, %2 MB are free")
            .arg((bytes + margin) / 1000000 + 1).arg(storage.bytesAvailable() / 1000000);
    }
    return {};
}
