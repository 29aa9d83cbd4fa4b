#include "httpfetch.h"

#include <QHostAddress>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == u"localhost" || (!address.isNull() && address.isLoopback());
}

QString httpStatusMessage(int status, const QString &what)
{
    switch (status) {
    case 404:
        return QStringLiteral("%1 is not on the server (HTTP 404 Not Found); check the link").arg(what);
    case 429:
        return QStringLiteral("the server is busy (HTTP 429 Too Many Requests); Pausa tries again later");
    default:
        if (status >= 500)
            return QStringLiteral("the server failed (HTTP %1); Pausa tries again later").arg(status);
        return QStringLiteral("the server refused %1 (HTTP %2)").arg(what).arg(status);
    }
}

} // namespace

HttpFetch::HttpFetch(QNetworkAccessManager *network, const Timeouts &timeouts, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timeouts(timeouts)
{
    m_noAnswer.setSingleShot(true);
    connect(&m_noAnswer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the server did not answer within %1 seconds").arg(m_timeouts.noAnswerMs / 1000.0));
    });
    connect(&m_rate, &QTimer::timeout, this, &HttpFetch::checkRate);
}

HttpFetch::~HttpFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString HttpFetch::refusal(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("this is not a web link: %1").arg(url.toDisplayString().left(200));
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http" && isLoopback(url.host()))
        return {};
    if (url.scheme() == u"http")
        return QStringLiteral("the link must start with https:// (plain http is only allowed to this computer)");
    return QStringLiteral("the link must start with https://");
}

void HttpFetch::start(const Request &request)
{
    m_request = request;
    if (const QString refused = refusal(request.url); !refused.isEmpty()) {
        m_status = Status::Running;
        QMetaObject::invokeMethod(this, [this, refused] { fail(refused); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest get(request.url);
    // Redirects are checked one by one (onRedirected); TLS errors are never ignored (no ignoreSslErrors).
    get.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    get.setMaximumRedirectsAllowed(5);
    // A cache or a compressing server would make the sizes and hashes mean something else.
    get.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Many small objects: several requests in flight per connection, not one round trip each.
    get.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
    get.setRawHeader("Accept-Encoding", "identity");
    if (!request.ifNoneMatch.isEmpty())
        get.setRawHeader("If-None-Match", request.ifNoneMatch);
    if (!request.ifModifiedSince.isEmpty())
        get.setRawHeader("If-Modified-Since", request.ifModifiedSince);
    m_reply = m_network->get(get);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetch::onFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &HttpFetch::onRedirected);
    m_noAnswer.start(m_timeouts.noAnswerMs);
    m_rate.start(m_timeouts.rateWindowMs);
}

void HttpFetch::cancel()
{
    finish(Status::Cancelled);
}

void HttpFetch::onRedirected(const QUrl &url)
{
    const QString refused = refusal(url);
    if (url.host() != m_request.url.host() || !refused.isEmpty()) {
        fail(QStringLiteral("the server sent Pausa on to another address (%1), which Pausa does not follow")
                 .arg(url.host().isEmpty() ? url.toDisplayString().left(200) : url.host()));
        return;
    }
    Q_EMIT m_reply->redirectAllowed();
}

void HttpFetch::onReadyRead()
{
    if (m_status != Status::Running || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        m_reply->readAll();   // an error page or a redirect's body: not kept
        return;
    }
    if (!m_answered) {
        m_answered = true;
        const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > m_request.maxBytes || (m_request.expectedBytes >= 0 && declared > m_request.expectedBytes)) {
            fail(QStringLiteral("%1 is too big: the server announces %2 bytes, at most %3 are allowed")
                     .arg(m_request.what).arg(declared).arg(m_request.expectedBytes >= 0 ? m_request.expectedBytes : m_request.maxBytes));
            return;
        }
    }
    m_noAnswer.start(m_timeouts.noAnswerMs);
    const QByteArray piece = m_reply->readAll();
    m_bytes += piece.size();
    m_windowBytes += piece.size();
    const qint64 limit = m_request.expectedBytes >= 0 ? m_request.expectedBytes : m_request.maxBytes;
    if (m_bytes > limit) {
        fail(QStringLiteral("%1 is bigger than %2 bytes; the download was stopped").arg(m_request.what).arg(limit));
        return;
    }
    m_hash.addData(piece);
    if (m_request.sink) {
        if (m_request.sink->write(piece) != piece.size()) {
            fail(QStringLiteral("cannot save %1 on this device: %2").arg(m_request.what, m_request.sink->errorString()));
            return;
        }
    } else {
        m_body += piece;
    }
    Q_EMIT received(piece.size());
}

void HttpFetch::onFinished()
{
    if (m_status != Status::Running || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200)
        onReadyRead();   // what is left
    if (m_status != Status::Running)
        return;
    if (status == 304 && (!m_request.ifNoneMatch.isEmpty() || !m_request.ifModifiedSince.isEmpty())) {
        finish(Status::NotModified);
        return;
    }
    if (status == 0) {   // no HTTP answer at all
        switch (m_reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            fail(QStringLiteral("the server refused the connection (%1)").arg(m_request.url.authority()));
            return;
        case QNetworkReply::HostNotFoundError:
            fail(QStringLiteral("the server %1 was not found; check the link and the network").arg(m_request.url.host()));
            return;
        case QNetworkReply::SslHandshakeFailedError:
            fail(QStringLiteral("the secure connection to %1 failed: %2").arg(m_request.url.host(), m_reply->errorString()));
            return;
        default:
            fail(QStringLiteral("the download of %1 failed: %2").arg(m_request.what, m_reply->errorString()));
            return;
        }
    }
    if (status != 200) {
        fail(httpStatusMessage(status, m_request.what));
        return;
    }
    if ((m_request.expectedBytes >= 0 && m_bytes != m_request.expectedBytes) || m_reply->error() != QNetworkReply::NoError) {
        fail(QStringLiteral("the download of %1 was cut short (%2 of %3 bytes)")
                 .arg(m_request.what).arg(m_bytes).arg(m_request.expectedBytes >= 0 ? m_request.expectedBytes : m_bytes));
        return;
    }
    if (!m_request.expectedSha256.isEmpty() && m_hash.result().toHex() != m_request.expectedSha256) {
        fail(QStringLiteral("%1 arrived changed or damaged (its sha256 does not match the catalog)").arg(m_request.what));
        return;
    }
    m_etag = m_reply->rawHeader("ETag");
    m_lastModified = m_reply->rawHeader("Last-Modified");
    finish(Status::Ok);
}

void HttpFetch::checkRate()
{
    const double seconds = m_timeouts.rateWindowMs / 1000.0;
    if (m_answered && m_windowBytes < m_timeouts.minBytesPerSecond * seconds) {
        fail(QStringLiteral("the server sends %1 too slowly (%2 bytes in %3 seconds)")
                 .arg(m_request.what).arg(m_windowBytes).arg(seconds));
        return;
    }
    m_windowBytes = 0;
}

void HttpFetch::fail(const QString &message)
{
    if (m_status != Status::Running)
        return;
    m_error = message;
    finish(Status::Failed);
}

void HttpFetch::finish(Status status)
{
    if (m_status != Status::Running)
        return;
    m_status = status;
    m_noAnswer.stop();
    m_rate.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    Q_EMIT finished();
}
