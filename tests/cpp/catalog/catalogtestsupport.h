#pragma once

#include "catalog/catalog.h"
#include "catalog/catalogsync.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Shared by the catalog tests: course fixtures, publishing, running a sync to its end, and nginx from
// Debian as a real static web host on a free loopback port.
namespace CatalogTest {

// tests/support/courses/safe-lifting, a small course that checks clean.
QString fixtureCourse();
// Copies a folder tree; false when anything could not be copied.
bool copyFolder(const QString &from, const QString &to);
// Writes (replaces) one text file.
bool writeFile(const QString &path, const QByteArray &content);
QByteArray readFile(const QString &path);
// Publishes `courseFolder` into `outFolder`; the catalog, or nothing (with the reason in QTest output).
std::optional<Catalog> publish(const QString &courseFolder, const QString &outFolder);
// A loopback port nothing listens on (just now).
quint16 freePort();
// Runs `start` on `sync` and waits (event loop) for finished(); false when it never finished.
bool waitFor(CatalogSync &sync, const std::function<void()> &start, int timeoutMs = 60000);
// The lines of a sync's results ("id: installed"), for messages.
QString resultLines(const CatalogSync &sync);
// Files under `folder`, relative, sorted (for "nothing half-written is left").
QStringList filesUnder(const QString &folder);

// nginx serving a folder on 127.0.0.1:<free port>, with its own prefix, config and logs in a
// temporary folder; stopped (and the folder removed) by the destructor.
class Nginx
{
public:
    ~Nginx();
    static QString executable();   // empty when nginx is not installed
    bool start(const QString &root, QString *error);
    void stop();
    QString baseUrl() const;      // "http://127.0.0.1:PORT/"
    // "GET /path STATUS" per request served so far, read from the access log.
    QStringList requests() const;

private:
    QTemporaryDir m_prefix;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace CatalogTest
