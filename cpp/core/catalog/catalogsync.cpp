#include "catalogsync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

Q_LOGGING_CATEGORY(lcCatalog, "pausa.catalog", QtWarningMsg)

namespace {

QString cancelledMessage()
{
    return QStringLiteral("cancelled");
}

} // namespace

QString CatalogSync::CourseResult::line() const
{
    switch (outcome) {
    case Outcome::Installed:
        return courseId + QStringLiteral(": installed");
    case Outcome::Updated:
        return courseId + QStringLiteral(": updated");
    case Outcome::Unchanged:
        return courseId + QStringLiteral(": unchanged");
    case Outcome::Removed:
        return courseId + QStringLiteral(": removed");
    case Outcome::Failed:
        break;
    }
    return courseId + QStringLiteral(": failed: ") + message;
}

CatalogSync::CatalogSync(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_subscriptions(dataDir)
    , m_installer(dataDir)
{
    m_network.setAutoDeleteReplies(false);
}

CatalogSync::~CatalogSync()
{
    abortDownloads();
}

bool CatalogSync::failed() const
{
    return !m_error.isEmpty()
        || std::any_of(m_results.begin(), m_results.end(), [](const CourseResult &r) { return r.outcome == Outcome::Failed; });
}

void CatalogSync::fetchCatalog(const QUrl &url)
{
    m_jobs = {Job{url, {}, false}};
    m_listOnly = true;
    begin();
}

void CatalogSync::install(const QUrl &url, const QStringList &courseIds)
{
    m_jobs = {Job{url, courseIds, courseIds.isEmpty()}};
    m_listOnly = false;
    begin();
}

void CatalogSync::syncAll()
{
    m_listOnly = false;
    m_jobs.clear();
    if (m_subscriptions.load()) {
        for (const Subscription &s : std::as_const(m_subscriptions.subscriptions))
            m_jobs.append(Job{s.url, {}, false});
    }
    begin();
}

void CatalogSync::begin()
{
    m_busy = true;
    m_clock.start();
    m_cancelled = false;
    m_skipCleanup = false;
    m_results.clear();
    m_error.clear();
    m_keepObjects.clear();
    m_bytesDone = 0;
    m_bytesTotal = 0;
    m_requests = 0;
    if (!m_subscriptions.load()) {
        QMetaObject::invokeMethod(this, [this] { end(m_subscriptions.error()); }, Qt::QueuedConnection);
        return;
    }
    m_installer.repair();
    QMetaObject::invokeMethod(this, &CatalogSync::runNextJob, Qt::QueuedConnection);
}

void CatalogSync::runNextJob()
{
    if (m_cancelled)
        return;
    if (m_jobs.isEmpty()) {
        if (!m_listOnly) {
            if (!m_skipCleanup) {
                QSet<QByteArray> keep = m_keepObjects;
                for (const InstalledCourse &course : std::as_const(m_subscriptions.installed)) {
                    for (const CatalogFile &file : course.files)
                        keep.insert(file.sha256);
                }
                m_installer.removeObjectsExcept(keep);
            }
            m_subscriptions.lastCheck = QDateTime::currentDateTimeUtc();
            if (!m_subscriptions.save())
                m_error = m_subscriptions.error();
        }
        end(m_error);
        return;
    }
    m_job = m_jobs.takeFirst();
    qCDebug(lcCatalog) << "catalog" << m_job.url << "requested at" << m_clock.elapsed() << "ms";
    m_jobFailures = 0;
    HttpFetch::Request request;
    request.url = m_job.url;
    request.maxBytes = CatalogLimits::maxCatalogBytes;
    request.what = QStringLiteral("the catalog");
    // "Nothing changed" costs one request only when everything picked from this catalog is in place.
    const Subscription *known = m_subscriptions.subscription(m_job.url);
    bool complete = known && !m_listOnly && !known->courseIds.isEmpty();
    for (const QString &id : m_job.courseIds)
        complete = complete && known->courseIds.contains(id);
    if (known) {
        for (const QString &id : known->courseIds)
            complete = complete && m_subscriptions.installedCourse(id) && QFileInfo(m_installer.coursePath(id)).isDir();
    }
    if (complete) {
        request.ifNoneMatch = known->etag;
        request.ifModifiedSince = known->lastModified;
    }
    auto *fetch = new HttpFetch(&m_network, m_timeouts, this);
    m_fetches.append(fetch);
    connect(fetch, &HttpFetch::finished, this, [this, fetch] { onCatalog(fetch, m_job); });
    ++m_requests;
    fetch->start(request);
}

void CatalogSync::onCatalog(HttpFetch *fetch, Job job)
{
    m_fetches.removeOne(fetch);
    fetch->deleteLater();
    if (fetch->status() == HttpFetch::Status::Cancelled)
        return;
    if (fetch->status() == HttpFetch::Status::Failed) {
        failJob(fetch->error());
        return;
    }
    Subscription *known = m_subscriptions.subscription(job.url);
    if (fetch->status() == HttpFetch::Status::NotModified) {
        for (const QString &id : known->courseIds) {
            const InstalledCourse *installed = m_subscriptions.installedCourse(id);
            m_results.append(CourseResult{id, installed ? installed->title : id, Outcome::Unchanged, {}});
        }
        runNextJob();
        return;
    }
    QString error;
    std::optional<Catalog> catalog = Catalog::fromJson(fetch->body(), &error);
    if (!catalog) {
        failJob(error);
        return;
    }
    m_catalog = *catalog;
    if (m_listOnly) {
        end();
        return;
    }
    m_etag = fetch->etag();
    m_lastModified = fetch->lastModified();
    Subscription &subscription = m_subscriptions.subscribe(job.url);
    subscription.publisher = m_catalog.publisher;
    if (job.all) {
        for (const CatalogCourse &course : std::as_const(m_catalog.courses))
            job.courseIds.append(course.id);
    }
    for (const QString &id : std::as_const(job.courseIds)) {
        if (!subscription.courseIds.contains(id))
            subscription.courseIds.append(id);
    }
    m_toInstall.clear();
    qint64 missingBytes = 0;
    QSet<QByteArray> counted;
    for (const QString &id : std::as_const(subscription.courseIds)) {
        const CatalogCourse *course = m_catalog.course(id);
        const InstalledCourse *installed = m_subscriptions.installedCourse(id);
        if (!course) {
            m_results.append(CourseResult{id, installed ? installed->title : id, Outcome::Failed,
                QStringLiteral("the catalog no longer offers this course; the installed version is kept")});
            ++m_jobFailures;
            continue;
        }
        if (installed && installed->version == course->version && QFileInfo(m_installer.coursePath(id)).isDir()) {
            m_results.append(CourseResult{id, course->title, Outcome::Unchanged, {}});
            continue;
        }
        m_toInstall.append(*course);
        for (const CatalogFile &file : course->files) {
            m_keepObjects.insert(file.sha256);
            if (!m_installer.hasObject(file) && !counted.contains(file.sha256)) {
                counted.insert(file.sha256);
                missingBytes += file.bytes;
            }
        }
    }
    m_bytesTotal += missingBytes;
    Q_EMIT progress(m_bytesDone, m_bytesTotal);
    if (const QString full = m_installer.checkFreeSpace(missingBytes); !full.isEmpty() && !m_toInstall.isEmpty()) {
        for (const CatalogCourse &course : std::as_const(m_toInstall))
            addResult(course, Outcome::Failed, full);
        m_toInstall.clear();
    }
    installNext();
}

void CatalogSync::failJob(const QString &message)
{
    m_skipCleanup = true;
    ++m_jobFailures;
    if (m_listOnly) {
        end(message);
        return;
    }
    const Subscription *known = m_subscriptions.subscription(m_job.url);
    const QStringList ids = known && !known->courseIds.isEmpty() ? known->courseIds
                          : m_job.courseIds.isEmpty() ? QStringList{m_job.url.toString()} : m_job.courseIds;
    for (const QString &id : ids)
        m_results.append(CourseResult{id, id, Outcome::Failed, message});
    finishJob();
}

void CatalogSync::finishCourse(const QString &message)
{
    if (m_cancelled)
        return;
    const InstalledCourse *before = m_subscriptions.installedCourse(m_course.id);
    const bool update = before || QFileInfo(m_installer.coursePath(m_course.id)).isDir();
    QString problem = message;
    qCDebug(lcCatalog) << m_course.id << "downloads done in" << m_courseClock.elapsed() << "ms";
    if (problem.isEmpty())
        problem = m_installer.assembleAndCheck(m_course);
    qCDebug(lcCatalog) << m_course.id << "assembled and checked at" << m_courseClock.elapsed() << "ms";
    if (problem.isEmpty())
        problem = m_installer.activate(m_course.id);
    if (!problem.isEmpty()) {
        addResult(m_course, Outcome::Failed, problem);
        ++m_jobFailures;
    } else {
        // Saved once at the end (QSaveFile syncs to disk, which is slow). A process killed before then
        // leaves the file naming the old version: the next sync assembles the new one again from the
        // cached objects and switches to it, which changes nothing on disk.
        m_subscriptions.setInstalled(InstalledCourse{m_course.id, m_job.url, m_course.title, m_course.version, m_course.files});
        addResult(m_course, update ? Outcome::Updated : Outcome::Installed);
    }
    installNext();
}

void CatalogSync::finishJob()
{
    if (Subscription *subscription = m_subscriptions.subscription(m_job.url)) {
        // Validators only for a catalog fully applied: after a failure the next check fetches it again.
        subscription->etag = m_jobFailures == 0 ? m_etag : QByteArray();
        subscription->lastModified = m_jobFailures == 0 ? m_lastModified : QByteArray();
    }
    runNextJob();
}

QString CatalogSync::removeCourse(const QString &courseId)
{
    if (m_busy)
        return QStringLiteral("a download is running; wait for it or cancel it");
    if (!m_subscriptions.load())
        return m_subscriptions.error();
    m_installer.repair();
    if (const QString error = m_installer.remove(courseId); !error.isEmpty())
        return error;
    m_subscriptions.removeInstalled(courseId);
    for (Subscription &subscription : m_subscriptions.subscriptions)
        subscription.courseIds.removeAll(courseId);
    QSet<QByteArray> keep;
    for (const InstalledCourse &course : std::as_const(m_subscriptions.installed)) {
        for (const CatalogFile &file : course.files)
            keep.insert(file.sha256);
    }
    m_installer.removeObjectsExcept(keep);
    m_results = {CourseResult{courseId, courseId, Outcome::Removed, {}}};
    return m_subscriptions.save() ? QString() : m_subscriptions.error();
}

void CatalogSync::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    abortDownloads();
    m_installer.repair();
    end(cancelledMessage());
}

void CatalogSync::addResult(const CatalogCourse &course, Outcome outcome, const QString &message)
{
    m_results.append(CourseResult{course.id, course.title, outcome, message});
}

void CatalogSync::end(const QString &error)
{
    abortDownloads();
    m_error = error;
    if (m_error.isEmpty()) {
        for (const CourseResult &result : std::as_const(m_results)) {
            if (result.outcome == Outcome::Failed) {
                m_error = result.title + QStringLiteral(": ") + result.message;
                break;
            }
        }
    }
    m_busy = false;
    qCDebug(lcCatalog) << "sync done in" << m_clock.elapsed() << "ms," << m_requests << "requests";
    Q_EMIT finished();
}
