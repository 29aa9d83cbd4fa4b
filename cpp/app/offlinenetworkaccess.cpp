#include "offlinenetworkaccess.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcOffline, "pausa.offline")

namespace {

class OfflineManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        const QString scheme = request.url().scheme();
        if (scheme == u"file" || scheme == u"qrc" || scheme == u"data")
            return QNetworkAccessManager::createRequest(op, request, outgoingData);
        qCWarning(lcOffline) << "not fetched:" << request.url().toDisplayString(QUrl::RemoveUserInfo);
        // An unknown scheme fails at once with ProtocolUnknownError: the Image or Text shows it could
        // not load, and no connection is ever made.
        QNetworkRequest refused(request);
        refused.setUrl(QUrl(QStringLiteral("pausa-offline:refused")));
        return QNetworkAccessManager::createRequest(op, refused, outgoingData);
    }
};

} // namespace

QNetworkAccessManager *OfflineNetworkAccess::create(QObject *parent)
{
    return new OfflineManager(parent);
}
