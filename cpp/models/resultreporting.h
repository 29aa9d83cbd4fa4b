#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqml.h>

#include <functional>
#include <memory>

#include "progress/progressstore.h"
#include "xapi/xapisettings.h"

class CourseLibrary;
class ProgressTracker;
class NetworkLrsTransport;
class XapiSender;
class XapiStatementSource;

// Reporting results to the organisation's LRS (issue #14) as Settings shows it: on or off, to which
// LRS and as whom, the counters, and the actions (join link, fields typed in, turn on after the
// consent screen, turn off keeping or deleting the queue, send now). Owns the statement source it
// gives the progress store while on, and the sender. Sends after each event (debounced), when
// asked at start and on resume (main.cpp), and on "Send now"; never blocks.
class ResultReporting : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates result reporting.")

    Q_PROPERTY(bool enabled READ enabled NOTIFY settingsChanged)
    Q_PROPERTY(QString endpoint READ endpoint NOTIFY settingsChanged)
    Q_PROPERTY(QString homepage READ homepage NOTIFY settingsChanged)
    Q_PROPERTY(QString learner READ learner NOTIFY settingsChanged)
    Q_PROPERTY(QString key READ key NOTIFY settingsChanged)
    Q_PROPERTY(bool hasSecret READ hasSecret NOTIFY settingsChanged)
    // The actor as it will be sent ("account emp-1042 at https://example.org" / "mailto:...").
    Q_PROPERTY(QString actorText READ actorText NOTIFY settingsChanged)
    // Everything needed to turn reporting on is filled in.
    Q_PROPERTY(bool ready READ ready NOTIFY settingsChanged)
    // What the consent screen shows: an example statement exactly as it would be sent.
    Q_PROPERTY(QString exampleStatement READ exampleStatement NOTIFY settingsChanged)
    Q_PROPERTY(int sentCount READ sentCount NOTIFY countsChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countsChanged)
    Q_PROPERTY(int notAcceptedCount READ notAcceptedCount NOTIFY countsChanged)
    // One line per statement the LRS did not accept: "verb: the LRS's message".
    Q_PROPERTY(QStringList notAcceptedReasons READ notAcceptedReasons NOTIFY countsChanged)
    Q_PROPERTY(QDateTime lastSend READ lastSend NOTIFY countsChanged)
    Q_PROPERTY(bool sending READ sending NOTIFY statusChanged)
    // The last problem in a sentence for the learner ("... check your organisation link."); or "".
    Q_PROPERTY(QString problem READ problem NOTIFY statusChanged)

public:
    ResultReporting(ProgressTracker &progress, CourseLibrary &library, QObject *parent = nullptr);
    // Where a course was published (CourseSubscriptions::catalogOf): its activities are then named
    // under the catalog's address, <catalog folder>/courses/<id>, instead of urn:pausa:course:<id>.
    void setCatalogLookup(std::function<QUrl(const QString &courseId)> catalogOf);
    ~ResultReporting() override;

    bool enabled() const { return m_settings.enabled; }
    QString endpoint() const { return m_settings.config.endpoint.toString(); }
    QString homepage() const { return m_settings.config.homepage.toString(); }
    QString learner() const { return m_settings.config.learner; }
    QString key() const { return m_settings.config.key; }
    bool hasSecret() const { return !m_settings.config.secret.isEmpty(); }
    QString actorText() const;
    bool ready() const { return m_settings.config.isComplete(); }
    QString exampleStatement() const;
    int sentCount() const { return m_counts.sent; }
    int waitingCount() const { return m_counts.waiting; }
    int notAcceptedCount() const { return m_counts.notAccepted; }
    QStringList notAcceptedReasons() const { return m_reasons; }
    QDateTime lastSend() const { return m_counts.lastSend; }
    bool sending() const;
    QString problem() const;

    // Reads an organisation link (pausa://join?...); "" when taken, else why not.
    Q_INVOKABLE QString applyJoinLink(const QString &link);
    // The fields typed in by hand; an empty secret keeps the saved one. "" when taken, else why not.
    Q_INVOKABLE QString applyFields(const QString &endpoint, const QString &key, const QString &secret,
                                    const QString &homepage, const QString &learner);
    // After the consent screen: starts queueing statements and sends.
    Q_INVOKABLE void turnOn();
    // Stops sending and queueing; keepQueue false deletes what was not sent.
    Q_INVOKABLE void turnOff(bool keepQueue);
    Q_INVOKABLE void sendNow();
    // Sends a few seconds from now, once for a burst of events (unless backing off).
    Q_INVOKABLE void sendSoon();
    // At start and on resume: sends unless backing off.
    void sendWhenDue();

Q_SIGNALS:
    void settingsChanged();
    void countsChanged();
    void statusChanged();

private:
    std::function<QUrl(const QString &courseId)> m_catalogOf;
    void settingsEdited(const XapiConfig &config);
    void rebuild();
    void refreshCounts();
    void save();
    // Takes what another process (pausa --join, a link opened from the desktop) saved meanwhile.
    void reloadIfChanged();

    ProgressTracker &m_progress;
    CourseLibrary &m_library;
    XapiSettings m_settings;
    ProgressStore::OutboxCounts m_counts;
    QStringList m_reasons;
    std::unique_ptr<XapiStatementSource> m_source;
    std::unique_ptr<NetworkLrsTransport> m_transport;
    std::unique_ptr<XapiSender> m_sender;
    QTimer m_debounce;
};
