#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

// catalog.json, format 1: what a publication offers (lessons/README.md documents it). Read with strict
// validation and the limits below, so a hostile server can neither make the app fill its memory or disk
// nor place a file outside a course folder; written byte-identically for the same content.
namespace CatalogLimits {
constexpr qint64 maxCatalogBytes = 2 * 1024 * 1024;      // catalog.json itself
constexpr qint64 maxObjectBytes = 20 * 1024 * 1024;      // one course file
constexpr qint64 maxCourseBytes = 200 * 1024 * 1024;     // all files of one course
constexpr int maxCourseFiles = 10000;
constexpr int maxPathLength = 1024;
}

struct CatalogFile
{
    QString path;        // relative to the course folder, "/" separated, checked by isSafePath
    QByteArray sha256;   // 64 lower-case hex digits: also the object's name
    qint64 bytes = 0;

    bool operator==(const CatalogFile &other) const
    {
        return path == other.path && sha256 == other.sha256 && bytes == other.bytes;
    }
};

struct CatalogCourse
{
    QString id;
    QString title;
    QString language;
    QString description;
    QByteArray version;         // versionOf(files)
    qint64 bytes = 0;           // the sum of the files' bytes
    QList<CatalogFile> files;   // sorted by path

    // The sha256 (hex) of the file list, one "sha256 bytes path\n" line per file in path order: any
    // change to any file gives a new version, the same files the same one.
    static QByteArray versionOf(const QList<CatalogFile> &files);
};

struct Catalog
{
    static constexpr int format = 1;
    QString publisher;
    QList<CatalogCourse> courses;   // sorted by id

    const CatalogCourse *course(const QString &id) const;

    // The JSON text; the same catalog always gives the same bytes.
    QByteArray toJson() const;
    // Reads and validates `json`; nothing, and one line in `error`, when anything is wrong or past a limit.
    static std::optional<Catalog> fromJson(const QByteArray &json, QString *error);

    // A relative path that stays inside its folder on every system: "/" separated, no "", "." or ".."
    // segment, no leading "/", no backslash, colon or control character, at most maxPathLength.
    static bool isSafePath(const QString &path);
    static bool isSha256(const QByteArray &hex);
};

// One course's files as JSON (the subscription file keeps the installed version's list this way).
QJsonArray catalogFilesToJson(const QList<CatalogFile> &files);
std::optional<QList<CatalogFile>> catalogFilesFromJson(const QJsonArray &array, QString *error,
                                                       const QString &courseId = QStringLiteral("?"));
