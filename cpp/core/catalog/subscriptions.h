#pragma once

#include "catalog.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// What the learner subscribed to and what is installed, kept in <data dir>/subscriptions.json (written
// atomically with QSaveFile). Deliberately not in progress.db: losing this file loses no progress, only
// the list of catalogs (the installed folders stay and still load).
struct Subscription
{
    QUrl url;                 // the catalog.json link
    QByteArray etag;          // validators of the last catalog whose courses all synced, for a conditional GET
    QByteArray lastModified;
    QString publisher;
    QStringList courseIds;    // the courses the learner picked from this catalog
};

struct InstalledCourse
{
    QString id;
    QUrl url;                 // the catalog it came from
    QString title;
    QByteArray version;
    QList<CatalogFile> files; // what the folder holds: objects these name are kept
};

class Subscriptions
{
public:
    explicit Subscriptions(const QString &dataDir);

    // Reads the file; a missing file is an empty list. false (error()) when it exists but cannot be used.
    bool load();
    bool save();
    QString error() const { return m_error; }
    QString filePath() const { return m_path; }

    QList<Subscription> subscriptions;
    QList<InstalledCourse> installed;
    QDateTime lastCheck;      // the last background or on-demand check, UTC

    Subscription *subscription(const QUrl &url);
    InstalledCourse *installedCourse(const QString &id);
    // Adds `url` if new; returns it.
    Subscription &subscribe(const QUrl &url);
    void setInstalled(const InstalledCourse &course);
    void removeInstalled(const QString &id);

private:
    QString m_path;
    QString m_error;
};
