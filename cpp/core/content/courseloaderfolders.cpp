// CourseLoader's dealings with the folders themselves: which folders are courses, reading course.md and
// module.md (which no reference names, so the symbolic link rule is applied here) and the files that
// nothing lists.
#include "courseloader.h"

#include "contentlimits.h"
#include "frontmatter.h"
#include "coursepath.h"
#include "textfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace {

const QString courseFileName = QStringLiteral("course.md");
const QString moduleFileName = QStringLiteral("module.md");

QString joinPath(const QString &folder, const QString &name)
{
    return QDir::cleanPath(folder + u'/' + name);
}

} // namespace

QStringList CourseLoader::findCourseFolders(const QString &root, Diagnostics *diagnostics)
{
    const QString clean = QDir::cleanPath(root);
    const QFileInfo info(clean);
    if (!info.isDir()) {
        if (diagnostics)
            diagnostics->append(Diagnostic::error(clean, 0, 0,
                info.exists() ? QStringLiteral("this is a file; give a course folder or a folder of courses")
                              : QStringLiteral("folder not found")));
        return {};
    }
    if (QFileInfo::exists(joinPath(clean, courseFileName)))
        return {clean};
    QStringList folders;
    const QDir dir(clean);
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString folder = joinPath(clean, name);
        if (QFileInfo::exists(joinPath(folder, courseFileName)))
            folders.append(folder);
    }
    if (folders.isEmpty() && diagnostics)
        diagnostics->append(Diagnostic::error(clean, 0, 0,
            QStringLiteral("no course here: a course folder has a course.md, a folder of courses has course "
                           "folders")));
    return folders;
}

bool CourseLoader::countBytes(const QString &path)
{
    if (m_courseBytes > ContentLimits::maxCourseBytes)
        return false;   // reported already
    // A file that cannot be read (gone, a pipe) counts nothing here, one over 1 MiB counts 1 MiB: both
    // are reported when they are read.
    const QFileInfo info(path);
    m_courseBytes += info.isFile() ? std::min(info.size(), TextFile::maxBytes) : 0;
    if (m_courseBytes <= ContentLimits::maxCourseBytes)
        return true;
    m_diagnostics.append(Diagnostic::error(path, 0, 0,
        QStringLiteral("with this file the course's files add up to more than 16 MiB; at most 16 MiB are allowed, "
                       "so split the course into several courses")));
    return false;
}

bool CourseLoader::readInside(const CoursePath &course, const QString &path, TextFile *file)
{
    // course.md and module.md are read by their known names, not through a reference; the symbolic link
    // rule holds for them all the same (a module.md linked to /etc/passwd is not read).
    if (!countBytes(path))
        return false;
    if (!course.contains(path) && QFileInfo::exists(path)) {   // a dangling link is "file not found"
        m_diagnostics.append(Diagnostic::error(path, 0, 0,
            QStringLiteral("this is a symbolic link to a place outside the course folder; files must be inside it")));
        return false;
    }
    return file->read(path, path, &m_diagnostics);
}

void CourseLoader::warnUnlisted(const QString &folder, const QStringList &listed, const QStringList &suffixes,
                                bool foldersWithModule)
{
    // A plain iterator, suffixes matched here and no path cleaning (`folder` is clean): entryList() builds a
    // QFileInfo per entry and its name filters run a regular expression per file.
    QDirIterator it(folder, (foldersWithModule ? QDir::Dirs : QDir::Files) | QDir::NoDotAndDotDot);
    const QSet<QString> known(listed.cbegin(), listed.cend());
    QStringList unlisted;
    while (it.hasNext()) {
        QString path = it.next();
        if (folder == u".")
            path.remove(0, 2);   // "./a.md" as "a.md", the way every other path to it is written
        const bool wanted = foldersWithModule || std::any_of(suffixes.cbegin(), suffixes.cend(), [&path](const QString &suffix) {
            return path.endsWith(suffix, Qt::CaseInsensitive);
        });
        if (wanted && !known.contains(path)
            && (!foldersWithModule || QFileInfo::exists(joinPath(path, moduleFileName))))
            unlisted.append(path);
    }
    unlisted.sort();
    for (const QString &path : std::as_const(unlisted)) {
        m_diagnostics.append(Diagnostic::warning(path, 0, 0,
            foldersWithModule
                ? QStringLiteral("this module folder is not listed under \"modules\" in course.md, so learners "
                                 "never see it")
                : QStringLiteral("this file is not listed in module.md (lessons, quiz or breathing), so learners "
                                 "never see it")));
    }
}

bool CourseLoader::withinLimit(const QString &manifest, const FrontMatterEntry *entry, qsizetype count,
                               const QString &items, int limit, const QString &advice)
{
    if (count <= limit)
        return true;
    m_diagnostics.append(ContentLimits::tooMany(manifest, entry->itemLines[limit], entry->itemColumns[limit],
                                                QStringLiteral("the module"), count, items, limit, advice));
    return false;
}

bool CourseLoader::registerId(const QString &id, const QString &path, int line)
{
    const auto first = m_idPlaces.constFind(id);
    if (first == m_idPlaces.constEnd()) {
        m_idPlaces.insert(id, path + u':' + QString::number(line));
        return true;
    }
    m_diagnostics.append(Diagnostic::error(path, line, 1,
        QStringLiteral("the id \"") + id + QStringLiteral("\" is already used at ") + *first
            + QStringLiteral("; ids must be unique in a course, because progress is stored by id")));
    return false;
}

bool CourseLoader::listOnce(const QString &path, const QString &manifest, int line, int column, QStringList *listed)
{
    // A file listed twice would be one lesson shown twice, or a lesson and an exercise, sharing one id:
    // said at the second listing, naming the first.
    const QString here = manifest + QStringLiteral(" line ") + QString::number(line);
    const auto first = m_listedAt.constFind(path);
    if (first == m_listedAt.constEnd()) {
        m_listedAt.insert(path, here);
        listed->append(path);
        return true;
    }
    m_diagnostics.append(Diagnostic::error(manifest, line, column,
        QStringLiteral("this file is listed twice: in ") + *first
            + QStringLiteral(" and here; list it once (this listing is left out)")));
    return false;
}
