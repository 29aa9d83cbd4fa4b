// `pausa-content publish COURSE_DIR... OUT_DIR`: the full check, then the static publication.
#include "commands.h"

#include "catalog/catalogpublisher.h"
#include "content/courseloader.h"

#include <QDir>
#include <QTextStream>

int runPublish(const QStringList &courseDirs, const QString &outDir, const QString &publisher, QTextStream &out,
               QTextStream &err)
{
    // The same check as `pausa-content check`, diagnostics and summary included; any error refuses.
    if (runCheck(courseDirs, out) != 0) {
        out.flush();
        err << "publish: nothing was written; fix the errors above first\n";
        return 1;
    }
    QStringList folders;
    for (const QString &dir : courseDirs)
        folders += CourseLoader::findCourseFolders(dir, nullptr);
    CatalogPublisher publisher_;
    const std::optional<Catalog> catalog = publisher_.build(folders, publisher);
    for (const Diagnostic &diagnostic : publisher_.diagnostics()) {
        if (diagnostic.isError())
            err << diagnostic.toString() << u'\n';
    }
    if (!catalog) {
        err << "publish: nothing was written; fix the errors above first\n";
        return 1;
    }
    if (!publisher_.write(*catalog, folders, outDir)) {
        err << "publish: " << publisher_.error() << u'\n';
        return 1;
    }
    qint64 bytes = 0;
    for (const CatalogCourse &course : catalog->courses) {
        out << "published " << course.id << ": " << course.files.size() << " files, " << course.bytes
            << " bytes, version " << QString::fromLatin1(course.version.left(12)) << u'\n';
        bytes += course.bytes;
    }
    out << "wrote " << QDir::toNativeSeparators(QDir(outDir).filePath(QStringLiteral("catalog.json")))
        << " and objects/; upload objects/ first and catalog.json last, then send the link to catalog.json\n";
    return 0;
}
