#include "xapiconfig.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

bool isEmail(const QString &name)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(name).hasMatch();
}

bool isLoopback(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString XapiConfig::endpointProblem(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return QStringLiteral("The LRS address is not a valid URL.");
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == QStringLiteral("https"))
        return {};
    if (scheme == QStringLiteral("http") && isLoopback(endpoint.host()))
        return {};
    if (scheme == QStringLiteral("http"))
        return QStringLiteral("The LRS address must start with https:// (plain http only reaches this device).");
    return QStringLiteral("The LRS address must start with https://.");
}

QUrl XapiConfig::normalizedEndpoint(const QUrl &endpoint)
{
    QUrl url = endpoint;
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

bool XapiConfig::readJoinLink(const QString &link, QString *error)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (url.scheme() != QStringLiteral("pausa") || (url.host() != QStringLiteral("join")
                                                     && url.path() != QStringLiteral("join"))) {
        *error = QStringLiteral("This is not a Pausa organisation link (pausa://join?...).");
        return false;
    }
    const QUrlQuery query(url);
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
    };
    XapiConfig read = *this;
    if (query.hasQueryItem(QStringLiteral("lrs"))) {
        read.endpoint = normalizedEndpoint(QUrl(value("lrs"), QUrl::StrictMode));
        if (const QString problem = endpointProblem(read.endpoint); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        read.key = value("key");
        read.secret = value("secret");
    }
    if (query.hasQueryItem(QStringLiteral("homepage")))
        read.homepage = QUrl(value("homepage"), QUrl::StrictMode);
    if (query.hasQueryItem(QStringLiteral("catalog")))
        read.catalog = QUrl(value("catalog"), QUrl::StrictMode);
    if (!query.hasQueryItem(QStringLiteral("lrs")) && !query.hasQueryItem(QStringLiteral("catalog"))) {
        *error = QStringLiteral("The link names neither an LRS nor a course catalog.");
        return false;
    }
    *this = read;
    return true;
}

bool XapiConfig::isComplete() const
{
    if (!endpointProblem(endpoint).isEmpty() || learner.trimmed().isEmpty())
        return false;
    return isEmail(learner.trimmed()) || (homepage.isValid() && !homepage.host().isEmpty());
}

QJsonObject XapiConfig::actor() const
{
    const QString name = learner.trimmed();
    if (isEmail(name))
        return {{QStringLiteral("objectType"), QStringLiteral("Agent")},
                {QStringLiteral("mbox"), QString(QStringLiteral("mailto:") + name)}};
    return {{QStringLiteral("objectType"), QStringLiteral("Agent")},
            {QStringLiteral("account"),
             QJsonObject{{QStringLiteral("homePage"), homepage.toString()}, {QStringLiteral("name"), name}}}};
}

QString XapiConfig::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {endpoint.toString(), key, secret, homepage.toString(), learner})
        hash.addData(QByteArray(part.toUtf8() + '\n'));
    return QString::fromLatin1(hash.result().toHex());
}
