#pragma once

#include "catalog.h"
#include "courseinstaller.h"
#include "httpfetch.h"
#include "subscriptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

// Logging for catalog sync ("pausa.catalog"): QT_LOGGING_RULES="pausa.catalog.debug=true" shows each phase's time.
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)

// The sync engine: fetches catalogs (conditionally: "nothing changed" costs one request), downloads
// only the objects the device lacks into the object cache, assembles and checks each new version beside
// the installed one and activates it atomically (CourseInstaller). One operation at a time; every
// operation ends with finished(). Used by the headless `pausa --sync` and by the app's model.
class CatalogSync : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Installed, Updated, Unchanged, Removed, Failed };
    struct CourseResult
    {
        QString courseId;
        QString title;
        Outcome outcome = Outcome::Unchanged;
        QString message;   // why it failed
        QString line() const;   // "id: installed", "id: failed: reason"
    };

    explicit CatalogSync(const QString &dataDir, QObject *parent = nullptr);
    ~CatalogSync() override;

    void setTimeouts(const HttpFetch::Timeouts &timeouts) { m_timeouts = timeouts; }
    Subscriptions &subscriptions() { return m_subscriptions; }
    CourseInstaller &installer() { return m_installer; }
    bool isBusy() const { return m_busy; }

    // Fetches `url` (unconditionally) so that its courses can be listed: catalog() when it worked.
    void fetchCatalog(const QUrl &url);
    // Subscribes to `url` and installs or updates `courseIds` of it (all its courses when empty).
    void install(const QUrl &url, const QStringList &courseIds = {});
    // Every subscription: installs or updates the courses picked from it.
    void syncAll();
    // Removes an installed course's folder, and it from its subscription; empty or why not. The
    // learner's progress (progress.db, by course id) is not touched: deleting it too is the caller's.
    QString removeCourse(const QString &courseId);
    void cancel();

    const Catalog &catalog() const { return m_catalog; }   // of the last catalog fetched
    const QList<CourseResult> &results() const { return m_results; }
    QString error() const { return m_error; }                // one line when anything failed
    bool failed() const;
    int requestCount() const { return m_requests; }           // HTTP requests of the last operation

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished();

private:
    struct Job
    {
        QUrl url;
        QStringList courseIds;   // empty: the subscription's choice; all when new
        bool all = false;
    };
    void begin();
    void runNextJob();
    void onCatalog(HttpFetch *fetch, Job job);
    void installNext();
    void startDownloads();
    void onDownloadFinished(HttpFetch *fetch, const CatalogFile &file);
    void finishCourse(const QString &message);
    void abortDownloads();
    void failJob(const QString &message);
    void finishJob();
    void end(const QString &error = {});
    void addResult(const CatalogCourse &course, Outcome outcome, const QString &message = {});

    QString m_dataDir;
    QNetworkAccessManager m_network;
    HttpFetch::Timeouts m_timeouts;
    Subscriptions m_subscriptions;
    CourseInstaller m_installer;
    bool m_busy = false;
    bool m_cancelled = false;
    bool m_listOnly = false;
    bool m_skipCleanup = false;         // a catalog could not be read: its objects' use is unknown
    int m_jobFailures = 0;
    QList<Job> m_jobs;
    Job m_job;
    Catalog m_catalog;
    QByteArray m_etag;
    QByteArray m_lastModified;
    QList<CatalogCourse> m_toInstall;   // of the current job
    CatalogCourse m_course;             // being installed
    QList<CatalogFile> m_missing;       // its objects still to download
    QList<HttpFetch *> m_fetches;       // running
    QString m_courseError;
    QList<CourseResult> m_results;
    QString m_error;
    QSet<QByteArray> m_keepObjects;     // wanted by a course that failed: kept for the next try
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
    int m_requests = 0;
    QElapsedTimer m_courseClock;        // since the current course's downloads began
    QElapsedTimer m_clock;              // since the operation began
};
