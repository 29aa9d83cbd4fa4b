#include "networklrstransport.h"

#include "sendpolicy.h"
#include "xapilog.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <utility>

NetworkLrsTransport::NetworkLrsTransport(XapiConfig config, int timeoutMs)
    : m_config(std::move(config))
    , m_timeoutMs(timeoutMs)
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QNetworkRequest NetworkLrsTransport::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Experience-API-Version", "1.0.3");
    request.setRawHeader("Authorization",
                         "Basic " + QByteArray(m_config.key.toUtf8() + ':' + m_config.secret.toUtf8()).toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    return request;
}

void NetworkLrsTransport::watch(QNetworkReply *reply, Done done)
{
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
        Reply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        if (reply->hasRawHeader("Retry-After"))
            answer.retryAfterSeconds =
                SendPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentSecsSinceEpoch());
        if (answer.status == 0)
            answer.networkError = reply->errorString();
        reply->deleteLater();
        done(answer);
    });
}

void NetworkLrsTransport::postStatements(const QByteArray &jsonArray, Done done)
{
    const QUrl url = XapiConfig::normalizedEndpoint(m_config.endpoint).resolved(QUrl(QStringLiteral("statements")));
    watch(m_network.post(request(url), jsonArray), std::move(done));
}

void NetworkLrsTransport::getStatement(const QString &id, Done done)
{
    QUrl url = XapiConfig::normalizedEndpoint(m_config.endpoint).resolved(QUrl(QStringLiteral("statements")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("statementId"), id);
    url.setQuery(query);
    watch(m_network.get(request(url)), std::move(done));
}
