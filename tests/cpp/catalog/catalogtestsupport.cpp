#include "catalogtestsupport.h"

#include "catalog/catalogpublisher.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <unistd.h>

namespace CatalogTest {

QString fixtureCourse()
{
    return QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/courses/safe-lifting");
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile::remove(path);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<Catalog> publish(const QString &courseFolder, const QString &outFolder)
{
    CatalogPublisher publisher;
    std::optional<Catalog> catalog = publisher.build({courseFolder}, QStringLiteral("Test publisher"));
    for (const Diagnostic &d : publisher.diagnostics()) {
        if (d.isError())
            qWarning().noquote() << d.toString();
    }
    if (catalog && !publisher.write(*catalog, {courseFolder}, outFolder)) {
        qWarning().noquote() << publisher.error();
        return std::nullopt;
    }
    return catalog;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool waitFor(CatalogSync &sync, const std::function<void()> &start, int timeoutMs)
{
    QEventLoop loop;
    bool done = false;
    const QMetaObject::Connection connection = QObject::connect(&sync, &CatalogSync::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start();
    if (!done)
        loop.exec();
    QObject::disconnect(connection);
    return done;
}

QString resultLines(const CatalogSync &sync)
{
    QStringList lines;
    for (const CatalogSync::CourseResult &result : sync.results())
        lines.append(result.line());
    if (!sync.error().isEmpty())
        lines.append(QStringLiteral("error: ") + sync.error());
    return lines.join(u'\n');
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

Nginx::~Nginx()
{
    stop();
}

QString Nginx::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
}

bool Nginx::start(const QString &root, QString *error)
{
    const QDir prefix(m_prefix.path());
    prefix.mkpath(QStringLiteral("tmp"));
    m_port = freePort();
    const QString p = prefix.absolutePath();
    // Running as root, nginx's workers would become "nobody" and could not read a private temp folder.
    const QByteArray user = ::geteuid() == 0 ? QByteArray("user root;\n") : QByteArray();
    const QByteArray config = user + "daemon off;\nworker_processes 1;\npid " + p.toUtf8() + "/nginx.pid;\n"
        "error_log " + p.toUtf8() + "/error.log;\nevents { worker_connections 64; }\n"
        "http {\n  access_log " + p.toUtf8() + "/access.log;\n"
        "  client_body_temp_path " + p.toUtf8() + "/tmp;\n  proxy_temp_path " + p.toUtf8() + "/tmp;\n"
        "  fastcgi_temp_path " + p.toUtf8() + "/tmp;\n  uwsgi_temp_path " + p.toUtf8() + "/tmp;\n"
        "  scgi_temp_path " + p.toUtf8() + "/tmp;\n"
        "  server { listen 127.0.0.1:" + QByteArray::number(m_port) + "; root " + root.toUtf8() + "; }\n}\n";
    if (!writeFile(prefix.filePath(QStringLiteral("nginx.conf")), config)) {
        *error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    m_process->start(executable(), {QStringLiteral("-p"), p, QStringLiteral("-e"), prefix.filePath(QStringLiteral("error.log")),
                                    QStringLiteral("-c"), prefix.filePath(QStringLiteral("nginx.conf"))});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("nginx did not start: ") + m_process->errorString();
        return false;
    }
    // Ready when it accepts a connection.
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(100))
            return true;
        if (m_process->state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    *error = QStringLiteral("nginx does not listen: ") + QString::fromUtf8(readFile(prefix.filePath(QStringLiteral("error.log"))));
    return false;
}

void Nginx::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();   // SIGTERM: nginx's fast shutdown
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString Nginx::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
}

QStringList Nginx::requests() const
{
    QStringList requests;
    const QList<QByteArray> lines = readFile(QDir(m_prefix.path()).filePath(QStringLiteral("access.log"))).split('\n');
    for (const QByteArray &line : lines) {
        // 127.0.0.1 - - [date] "GET /path HTTP/1.1" 200 123 "-" "agent"
        const int open = line.indexOf('"');
        const int close = line.indexOf('"', open + 1);
        if (open < 0 || close < 0)
            continue;
        const QList<QByteArray> request = line.mid(open + 1, close - open - 1).split(' ');
        const QByteArray status = line.mid(close + 2).split(' ').value(0);
        if (request.size() >= 2)
            requests.append(QString::fromUtf8(request[0] + ' ' + request[1] + ' ' + status));
    }
    return requests;
}

} // namespace CatalogTest
