#include "catalog.h"

#include "content/contentid.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace {

const QString formatKey = QStringLiteral("format");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A string member that must be there (and, when `required`, not be empty).
bool readString(const QJsonObject &object, const QString &key, const QString &where, bool required,
                QString *value, QString *error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() && !required)
        return true;
    if (!v.isString() || (required && v.toString().isEmpty()))
        return fail(error, QStringLiteral("the catalog is invalid: %1 has no \"%2\" text").arg(where, key));
    *value = v.toString();
    return true;
}

// A whole number from 0 to `max`: JSON numbers are doubles, so no fraction and nothing past 2^53.
bool readCount(const QJsonObject &object, const QString &key, const QString &where, qint64 max, qint64 *value,
               QString *error)
{
    const QJsonValue v = object.value(key);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d != static_cast<double>(static_cast<qint64>(d)))
        return fail(error, QStringLiteral("the catalog is invalid: %1 has no whole number \"%2\"").arg(where, key));
    if (d > static_cast<double>(max))
        return fail(error, QStringLiteral("%1 is too big: %2 bytes, at most %3 are allowed")
                               .arg(where).arg(static_cast<qint64>(d)).arg(max));
    *value = static_cast<qint64>(d);
    return true;
}

std::optional<CatalogFile> readFile(const QJsonValue &value, const QString &courseId, QString *error)
{
    const QJsonObject object = value.toObject();
    CatalogFile file;
    QString sha;
    const QString where = QStringLiteral("a file of course \"%1\"").arg(courseId);
    if (!value.isObject() || !readString(object, QStringLiteral("path"), where, true, &file.path, error)
        || !readString(object, QStringLiteral("sha256"), where, true, &sha, error))
        return std::nullopt;
    if (!Catalog::isSafePath(file.path)) {
        fail(error, QStringLiteral("course \"%1\" has a file path that leaves its folder or is not allowed: %2")
                        .arg(courseId, file.path.left(200)));
        return std::nullopt;
    }
    file.sha256 = sha.toLatin1();
    if (!Catalog::isSha256(file.sha256)) {
        fail(error, QStringLiteral("the catalog is invalid: %1 has a sha256 that is not 64 lower-case hex digits")
                        .arg(file.path));
        return std::nullopt;
    }
    if (!readCount(object, QStringLiteral("bytes"), QStringLiteral("the file %1 of course \"%2\"").arg(file.path, courseId),
                   CatalogLimits::maxObjectBytes, &file.bytes, error))
        return std::nullopt;
    return file;
}

std::optional<CatalogCourse> readCourse(const QJsonValue &value, QString *error)
{
    const QJsonObject object = value.toObject();
    CatalogCourse course;
    const QString where = QStringLiteral("a course");
    if (!value.isObject() || !readString(object, QStringLiteral("id"), where, true, &course.id, error))
        return std::nullopt;
    if (!ContentId::isValid(course.id)) {
        fail(error, QStringLiteral("the catalog is invalid: the course id \"%1\" is not lower-case letters, digits "
                                   "and '-'").arg(course.id.left(100)));
        return std::nullopt;
    }
    const QString named = QStringLiteral("course \"%1\"").arg(course.id);
    QString version;
    if (!readString(object, QStringLiteral("title"), named, true, &course.title, error)
        || !readString(object, QStringLiteral("language"), named, false, &course.language, error)
        || !readString(object, QStringLiteral("description"), named, false, &course.description, error)
        || !readString(object, QStringLiteral("version"), named, true, &version, error)
        || !readCount(object, QStringLiteral("bytes"), named, CatalogLimits::maxCourseBytes, &course.bytes, error))
        return std::nullopt;
    const QJsonArray files = object.value(QStringLiteral("files")).toArray();
    if (!object.value(QStringLiteral("files")).isArray() || files.isEmpty()) {
        fail(error, QStringLiteral("the catalog is invalid: %1 has no \"files\" list").arg(named));
        return std::nullopt;
    }
    if (files.size() > CatalogLimits::maxCourseFiles) {
        fail(error, QStringLiteral("%1 has too many files: %2, at most %3 are allowed")
                        .arg(named).arg(files.size()).arg(CatalogLimits::maxCourseFiles));
        return std::nullopt;
    }
    std::optional<QList<CatalogFile>> list = catalogFilesFromJson(files, error, course.id);
    if (!list)
        return std::nullopt;
    course.files = *list;
    qint64 total = 0;
    for (const CatalogFile &file : std::as_const(course.files))
        total += file.bytes;
    if (total > CatalogLimits::maxCourseBytes) {
        fail(error, QStringLiteral("%1 is too big: %2 bytes, at most %3 are allowed")
                        .arg(named).arg(total).arg(CatalogLimits::maxCourseBytes));
        return std::nullopt;
    }
    if (total != course.bytes) {
        fail(error, QStringLiteral("the catalog is invalid: %1 says %2 bytes but its files add up to %3")
                        .arg(named).arg(course.bytes).arg(total));
        return std::nullopt;
    }
    course.version = version.toLatin1();
    if (course.version != CatalogCourse::versionOf(course.files)) {
        fail(error, QStringLiteral("the catalog is invalid: the version of %1 does not match its files").arg(named));
        return std::nullopt;
    }
    return course;
}

} // namespace

QByteArray CatalogCourse::versionOf(const QList<CatalogFile> &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const CatalogFile &file : files) {
        const QByteArray line = file.sha256 + ' ' + QByteArray::number(file.bytes) + ' ' + file.path.toUtf8() + '\n';
        hash.addData(line);
    }
    return hash.result().toHex();
}

const CatalogCourse *Catalog::course(const QString &id) const
{
    for (const CatalogCourse &c : courses) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool Catalog::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.size() > CatalogLimits::maxPathLength || path.startsWith(u'/'))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'\\' || c == u':')
            return false;
    }
    const QList<QStringView> segments = QStringView(path).split(u'/');
    return std::none_of(segments.begin(), segments.end(), [](QStringView segment) {
        return segment.isEmpty() || segment == u"." || segment == u"..";
    });
}

bool Catalog::isSha256(const QByteArray &hex)
{
    return hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

QJsonArray catalogFilesToJson(const QList<CatalogFile> &files)
{
    QJsonArray array;
    for (const CatalogFile &file : files) {
        array.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)},
                                 {QStringLiteral("bytes"), static_cast<double>(file.bytes)}});
    }
    return array;
}

std::optional<QList<CatalogFile>> catalogFilesFromJson(const QJsonArray &array, QString *error, const QString &courseId)
{
    QList<CatalogFile> files;
    files.reserve(array.size());
    for (const QJsonValue &value : array) {
        std::optional<CatalogFile> file = readFile(value, courseId, error);
        if (!file)
            return std::nullopt;
        // Sorted and unique, so that no two entries write one path (and "a" and "a/b" cannot both be files).
        if (!files.isEmpty() && !(files.last().path < file->path)) {
            fail(error, QStringLiteral("the catalog is invalid: the files are not in path order or a path "
                                       "repeats: %1").arg(file->path.left(200)));
            return std::nullopt;
        }
        if (!files.isEmpty() && file->path.startsWith(files.last().path + u'/')) {
            fail(error, QStringLiteral("the catalog is invalid: %1 is both a file and a folder").arg(files.last().path));
            return std::nullopt;
        }
        files.append(*file);
    }
    return files;
}

QByteArray Catalog::toJson() const
{
    QJsonArray list;
    for (const CatalogCourse &course : courses) {
        list.append(QJsonObject{{QStringLiteral("id"), course.id},
                                {QStringLiteral("title"), course.title},
                                {QStringLiteral("language"), course.language},
                                {QStringLiteral("description"), course.description},
                                {QStringLiteral("version"), QString::fromLatin1(course.version)},
                                {QStringLiteral("bytes"), static_cast<double>(course.bytes)},
                                {QStringLiteral("files"), catalogFilesToJson(course.files)}});
    }
    // QJsonObject keeps its keys sorted, so the output depends on the content only.
    const QJsonObject root{{formatKey, format},
                           {QStringLiteral("publisher"), publisher},
                           {QStringLiteral("courses"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Catalog> Catalog::fromJson(const QByteArray &json, QString *error)
{
    if (json.size() > CatalogLimits::maxCatalogBytes) {
        fail(error, QStringLiteral("the catalog is too big: more than %1 bytes").arg(CatalogLimits::maxCatalogBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(error, QStringLiteral("the catalog is not valid JSON (%1 at byte %2)")
                        .arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(formatKey);
    if (!format.isDouble() || format.toDouble() != Catalog::format) {
        fail(error, QStringLiteral("the catalog has an unknown format (%1); this Pausa reads format 1, a newer "
                                   "Pausa may read it")
                        .arg(format.isUndefined() ? QStringLiteral("none") : format.toVariant().toString().left(40)));
        return std::nullopt;
    }
    Catalog catalog;
    if (!readString(root, QStringLiteral("publisher"), QStringLiteral("the catalog"), false, &catalog.publisher, error))
        return std::nullopt;
    const QJsonValue courses = root.value(QStringLiteral("courses"));
    if (!courses.isArray()) {
        fail(error, QStringLiteral("the catalog is invalid: it has no \"courses\" list"));
        return std::nullopt;
    }
    for (const QJsonValue &value : courses.toArray()) {
        std::optional<CatalogCourse> course = readCourse(value, error);
        if (!course)
            return std::nullopt;
        if (catalog.course(course->id)) {
            fail(error, QStringLiteral("the catalog is invalid: the course \"%1\" is listed twice").arg(course->id));
            return std::nullopt;
        }
        catalog.courses.append(*course);
    }
    return catalog;
}
