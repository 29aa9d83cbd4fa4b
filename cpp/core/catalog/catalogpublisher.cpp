#include "catalogpublisher.h"

#include "content/courseloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// The sha256 (hex) of a file, read in pieces; empty when it cannot be read.
QByteArray sha256Of(const QString &path, qint64 *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    *bytes = file.size();
    return hash.result().toHex();
}

} // namespace

QStringList CatalogPublisher::courseFiles(const QString &folder, Diagnostics *diagnostics)
{
    QStringList files;
    // Absolute, so that relative course paths ("pausa-content publish my-course out") give relative names.
    const QDir root(QFileInfo(folder).absoluteFilePath());
    QDirIterator it(root.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = root.relativeFilePath(info.filePath());
        if (relative.split(u'/').first().startsWith(u'.') || info.fileName().startsWith(u'.'))
            continue;
        if (info.isSymLink()) {
            diagnostics->append(Diagnostic::error(info.filePath(), 0, 0,
                QStringLiteral("a symbolic link cannot be published; put the file itself in the course folder")));
            continue;
        }
        if (info.isDir())
            continue;
        if (!info.isFile() || !Catalog::isSafePath(relative)) {
            diagnostics->append(Diagnostic::error(info.filePath(), 0, 0,
                QStringLiteral("this file cannot be published: its name has a character a catalog cannot "
                               "carry (a colon, backslash or control character), or it is not a regular file")));
            continue;
        }
        files.append(relative);
    }
    files.sort();
    return files;
}

std::optional<Catalog> CatalogPublisher::build(const QStringList &courseFolders, const QString &publisher)
{
    m_diagnostics.clear();
    Catalog catalog;
    catalog.publisher = publisher;
    bool failed = false;
    for (const QString &folder : courseFolders) {
        CourseLoader loader(LoadDepth::Full);
        const std::optional<Course> course = loader.loadCourse(QDir::cleanPath(folder));
        Diagnostics found = loader.takeDiagnostics();
        const QStringList paths = courseFiles(folder, &found);
        m_diagnostics += found;
        if (!course || errorCount(found) > 0) {
            failed = true;
            continue;
        }
        if (catalog.course(course->id)) {
            m_diagnostics.append(Diagnostic::error(folder, 0, 0,
                QStringLiteral("a course with the id \"%1\" is published already, from another folder").arg(course->id)));
            failed = true;
            continue;
        }
        CatalogCourse entry;
        entry.id = course->id;
        entry.title = course->title;
        entry.language = course->language;
        entry.description = course->description;
        for (const QString &path : paths) {
            CatalogFile file;
            file.path = path;
            file.sha256 = sha256Of(QDir(folder).filePath(path), &file.bytes);
            const QString where = QDir(folder).filePath(path);
            if (file.sha256.isEmpty()) {
                m_diagnostics.append(Diagnostic::error(where, 0, 0, QStringLiteral("cannot be read")));
                failed = true;
            } else if (file.bytes > CatalogLimits::maxObjectBytes) {
                m_diagnostics.append(Diagnostic::error(where, 0, 0,
                    QStringLiteral("this file is over 20 MiB, more than the app downloads; make it smaller")));
                failed = true;
            }
            entry.bytes += file.bytes;
            entry.files.append(file);
        }
        if (entry.files.size() > CatalogLimits::maxCourseFiles || entry.bytes > CatalogLimits::maxCourseBytes) {
            m_diagnostics.append(Diagnostic::error(folder, 0, 0,
                QStringLiteral("the course has %1 files of %2 bytes; the app downloads at most 10,000 files and "
                               "200 MiB per course").arg(entry.files.size()).arg(entry.bytes)));
            failed = true;
        }
        entry.version = CatalogCourse::versionOf(entry.files);
        catalog.courses.append(entry);
    }
    if (failed)
        return std::nullopt;
    std::sort(catalog.courses.begin(), catalog.courses.end(),
              [](const CatalogCourse &a, const CatalogCourse &b) { return a.id < b.id; });
    return catalog;
}

bool CatalogPublisher::write(const Catalog &catalog, const QStringList &courseFolders, const QString &outFolder)
{
    const QDir out(outFolder);
    if (!out.mkpath(QStringLiteral("objects"))) {
        m_error = QStringLiteral("cannot create the folder %1").arg(out.filePath(QStringLiteral("objects")));
        return false;
    }
    // The course folders in catalog order: build() checked each, so ids and folders pair up by loading.
    for (const QString &folder : courseFolders) {
        const std::optional<Course> loaded = loadCatalog(QDir::cleanPath(folder));
        const CatalogCourse *course = loaded ? catalog.course(loaded->id) : nullptr;
        if (!course)
            continue;
        for (const CatalogFile &file : course->files) {
            const QString target = out.filePath(QStringLiteral("objects/") + QString::fromLatin1(file.sha256));
            if (QFileInfo(target).size() == file.bytes && QFileInfo(target).isFile())
                continue;   // named by its content: the same name is the same bytes
            QFile source(QDir(folder).filePath(file.path));
            QSaveFile object(target);
            if (!source.open(QIODevice::ReadOnly) || !object.open(QIODevice::WriteOnly)
                || object.write(source.readAll()) != file.bytes || !object.commit()) {
                m_error = QStringLiteral("cannot write %1: %2").arg(target, object.errorString());
                return false;
            }
        }
    }
    QSaveFile catalogFile(out.filePath(QStringLiteral("catalog.json")));
    const QByteArray json = catalog.toJson();
    if (!catalogFile.open(QIODevice::WriteOnly) || catalogFile.write(json) != json.size() || !catalogFile.commit()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(catalogFile.fileName(), catalogFile.errorString());
        return false;
    }
    return true;
}
