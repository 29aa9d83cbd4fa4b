// CatalogSync's downloads: the objects a course version needs and the cache lacks, a few at a time,
// each into <sha256>.part and renamed to <sha256> once its size and sha256 are verified.
#include "catalogsync.h"

#include <QDir>
#include <QFile>

namespace {

// Requests in flight at once: with HTTP pipelining over Qt's six connections per host, a course of many
// small files is not one round trip per file (bench_sync: pipelining about halved a first sync).
constexpr int parallelDownloads = 16;

} // namespace

void CatalogSync::installNext()
{
    if (m_cancelled)
        return;
    if (m_toInstall.isEmpty()) {
        finishJob();
        return;
    }
    m_course = m_toInstall.takeFirst();
    m_courseClock.start();
    m_courseError.clear();
    m_missing.clear();
    QSet<QByteArray> queued;
    for (const CatalogFile &file : std::as_const(m_course.files)) {
        if (!m_installer.hasObject(file) && !queued.contains(file.sha256)) {
            queued.insert(file.sha256);
            m_missing.append(file);
        }
    }
    if (m_missing.isEmpty() || QDir().mkpath(m_installer.objectsDir()))
        startDownloads();
    else
        finishCourse(QStringLiteral("cannot create %1 on this device").arg(m_installer.objectsDir()));
}

void CatalogSync::startDownloads()
{
    if (m_missing.isEmpty() && m_fetches.isEmpty()) {
        finishCourse({});
        return;
    }
    while (m_fetches.size() < parallelDownloads && !m_missing.isEmpty()) {
        const CatalogFile file = m_missing.takeFirst();
        auto *fetch = new HttpFetch(&m_network, m_timeouts, this);
        auto *part = new QFile(m_installer.objectPath(file.sha256) + QStringLiteral(".part"), fetch);
        if (!part->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            delete fetch;
            m_missing.clear();
            m_courseError = QStringLiteral("cannot save %1 on this device: %2").arg(file.path, part->errorString());
            abortDownloads();
            finishCourse(m_courseError);
            return;
        }
        HttpFetch::Request request;
        request.url = m_job.url.resolved(QUrl(QStringLiteral("objects/") + QString::fromLatin1(file.sha256)));
        request.maxBytes = file.bytes;
        request.expectedBytes = file.bytes;
        request.expectedSha256 = file.sha256;
        request.sink = part;
        request.what = m_course.id + u'/' + file.path;
        m_fetches.append(fetch);
        connect(fetch, &HttpFetch::received, this, [this](qint64 bytes) {
            m_bytesDone += bytes;
            Q_EMIT progress(m_bytesDone, m_bytesTotal);
        });
        connect(fetch, &HttpFetch::finished, this, [this, fetch, file] { onDownloadFinished(fetch, file); });
        ++m_requests;
        fetch->start(request);
    }
}

void CatalogSync::onDownloadFinished(HttpFetch *fetch, const CatalogFile &file)
{
    m_fetches.removeOne(fetch);
    fetch->deleteLater();
    auto *part = fetch->findChild<QFile *>();
    const QString object = m_installer.objectPath(file.sha256);
    bool flushed = part->flush();
    part->close();
    if (fetch->status() == HttpFetch::Status::Ok && !flushed) {
        m_courseError = QStringLiteral("cannot save %1 on this device: %2").arg(file.path, part->errorString());
    } else if (fetch->status() == HttpFetch::Status::Ok) {
        QFile::remove(object);
        if (!QFile::rename(part->fileName(), object))
            m_courseError = QStringLiteral("cannot save %1 on this device").arg(file.path);
    } else if (m_courseError.isEmpty()) {
        m_courseError = fetch->error();
    }
    QFile::remove(part->fileName());
    if (!m_courseError.isEmpty()) {
        m_missing.clear();
        abortDownloads();
        finishCourse(m_courseError);
        return;
    }
    startDownloads();
}

void CatalogSync::abortDownloads()
{
    const QList<HttpFetch *> running = std::exchange(m_fetches, {});
    for (HttpFetch *fetch : running) {
        fetch->disconnect(this);
        fetch->cancel();
        if (auto *part = fetch->findChild<QFile *>()) {
            part->close();
            QFile::remove(part->fileName());
        }
        fetch->deleteLater();
    }
}
