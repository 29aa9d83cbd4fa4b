#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

// One GET of a catalog or an object, with every rule a sync needs against a broken or hostile server:
// https only (plain http to loopback only), TLS errors never ignored, no redirect to another host, a
// size limit that cuts the body off the moment it is passed, sha256 and size checked while streaming,
// a timeout for a server that never answers and a minimum rate for one that trickles, and cancel.
class HttpFetch : public QObject
{
    Q_OBJECT

public:
    struct Timeouts
    {
        int noAnswerMs = 30000;      // no byte of an answer for this long: give up
        int rateWindowMs = 15000;    // the minimum rate is measured over windows this long
        qint64 minBytesPerSecond = 2048;
    };
    struct Request
    {
        QUrl url;
        qint64 maxBytes = 0;          // a body past this is cut off at once
        qint64 expectedBytes = -1;    // when known (an object): the exact size
        QByteArray expectedSha256;    // when known (an object): hex
        QByteArray ifNoneMatch;       // validators of a conditional request (a catalog)
        QByteArray ifModifiedSince;
        QIODevice *sink = nullptr;    // the body goes here, else into body()
        QString what;                 // for messages: "the catalog", "lessons/a.md"
    };
    enum class Status { Running, Ok, NotModified, Failed, Cancelled };

    HttpFetch(QNetworkAccessManager *network, const Timeouts &timeouts, QObject *parent = nullptr);
    ~HttpFetch() override;

    void start(const Request &request);
    void cancel();

    Status status() const { return m_status; }
    QString error() const { return m_error; }   // one line, when Failed
    QByteArray body() const { return m_body; }
    QByteArray etag() const { return m_etag; }
    QByteArray lastModified() const { return m_lastModified; }

    // Why Pausa will not fetch `url` at all; empty when it may.
    static QString refusal(const QUrl &url);

Q_SIGNALS:
    void received(qint64 bytes);   // bytes of the body that arrived with this piece
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void onRedirected(const QUrl &url);
    void checkRate();
    void fail(const QString &message);
    void finish(Status status);

    QNetworkAccessManager *m_network;
    Timeouts m_timeouts;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QTimer m_noAnswer;
    QTimer m_rate;
    qint64 m_bytes = 0;
    qint64 m_windowBytes = 0;
    bool m_answered = false;
    Status m_status = Status::Running;
    QString m_error;
    QByteArray m_body;
    QByteArray m_etag;
    QByteArray m_lastModified;
};
