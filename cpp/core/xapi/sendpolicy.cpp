#include "sendpolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace SendPolicy {

Outcome classify(int status)
{
    switch (status) {
    case 200:
    case 204:
        return Outcome::Sent;
    case 409:
        return Outcome::Conflict;
    case 400:
        return Outcome::Rejected;
    case 401:
    case 403:
        return Outcome::AuthFailed;
    default:
        return Outcome::Retry;
    }
}

int backoffSeconds(int failures, int retryAfterSeconds, double random01)
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const double full = std::min<double>(MaxRetrySeconds, FirstRetrySeconds * std::pow(2.0, exponent));
    const double jittered = full / 2 + (full / 2) * std::clamp(random01, 0.0, 1.0);
    int seconds = static_cast<int>(std::ceil(jittered));
    if (retryAfterSeconds >= 0)
        seconds = std::max(seconds, std::min(retryAfterSeconds, MaxRetrySeconds));
    return std::clamp(seconds, 1, MaxRetrySeconds);
}

int parseRetryAfter(const QByteArray &value, qint64 nowSecsSinceEpoch)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qlonglong>(seconds, MaxRetrySeconds));
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return -1;
    date.setTimeSpec(Qt::UTC);
    const qint64 delta = date.toSecsSinceEpoch() - nowSecsSinceEpoch;
    return static_cast<int>(std::clamp<qint64>(delta, 0, MaxRetrySeconds));
}

QString rejectionReason(int status, const QByteArray &body)
{
    QString reason;
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject())
        reason = json.object().value(QStringLiteral("message")).toString();
    if (reason.isEmpty() && !json.isObject())
        reason = QString::fromUtf8(body.left(500));
    reason = reason.simplified().left(500);
    if (reason.isEmpty())
        reason = QStringLiteral("HTTP %1").arg(status);
    return reason;
}

} // namespace SendPolicy
