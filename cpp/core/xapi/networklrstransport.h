#pragma once

#include "lrstransport.h"
#include "xapiconfig.h"

#include <QNetworkAccessManager>

class QNetworkReply;

// LrsTransport over QNetworkAccessManager: Basic auth, X-Experience-API-Version: 1.0.3, JSON, and a
// transfer timeout (an LRS that does not answer counts as no answer). Requests run asynchronously
// on the caller's event loop; nothing blocks. The Authorization header is never logged.
class NetworkLrsTransport : public LrsTransport
{
public:
    explicit NetworkLrsTransport(XapiConfig config, int timeoutMs = 30000);

    void postStatements(const QByteArray &jsonArray, Done done) override;
    void getStatement(const QString &id, Done done) override;

private:
    QNetworkRequest request(const QUrl &url) const;
    void watch(QNetworkReply *reply, Done done);

    XapiConfig m_config;
    int m_timeoutMs;
    QNetworkAccessManager m_network;
};
