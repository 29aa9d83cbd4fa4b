#include "subscriptions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

Subscriptions::Subscriptions(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("subscriptions.json")))
{
}

bool Subscriptions::load()
{
    subscriptions.clear();
    installed.clear();
    lastCheck = {};
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024) {
        m_error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toInt() != 1) {
        m_error = QStringLiteral("%1 is damaged or from a newer Pausa; subscribe to your catalogs again").arg(m_path);
        return false;
    }
    lastCheck = QDateTime::fromString(text(root, "lastCheck"), Qt::ISODate);
    for (const QJsonValue &value : root.value(QStringLiteral("subscriptions")).toArray()) {
        const QJsonObject o = value.toObject();
        Subscription s;
        s.url = QUrl(text(o, "url"));
        s.etag = text(o, "etag").toUtf8();
        s.lastModified = text(o, "lastModified").toUtf8();
        s.publisher = text(o, "publisher");
        for (const QJsonValue &id : o.value(QStringLiteral("courses")).toArray())
            s.courseIds.append(id.toString());
        if (s.url.isValid())
            subscriptions.append(s);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("installed")).toArray()) {
        const QJsonObject o = value.toObject();
        InstalledCourse c;
        c.id = text(o, "id");
        c.url = QUrl(text(o, "url"));
        c.title = text(o, "title");
        c.version = text(o, "version").toLatin1();
        QString error;
        const std::optional<QList<CatalogFile>> files = catalogFilesFromJson(o.value(QStringLiteral("files")).toArray(), &error, c.id);
        if (files)
            c.files = *files;
        if (!c.id.isEmpty())
            installed.append(c);
    }
    return true;
}

bool Subscriptions::save()
{
    QJsonArray subscriptionList;
    for (const Subscription &s : std::as_const(subscriptions)) {
        subscriptionList.append(QJsonObject{{QStringLiteral("url"), s.url.toString()},
                                            {QStringLiteral("etag"), QString::fromUtf8(s.etag)},
                                            {QStringLiteral("lastModified"), QString::fromUtf8(s.lastModified)},
                                            {QStringLiteral("publisher"), s.publisher},
                                            {QStringLiteral("courses"), QJsonArray::fromStringList(s.courseIds)}});
    }
    QJsonArray installedList;
    for (const InstalledCourse &c : std::as_const(installed)) {
        installedList.append(QJsonObject{{QStringLiteral("id"), c.id},
                                         {QStringLiteral("url"), c.url.toString()},
                                         {QStringLiteral("title"), c.title},
                                         {QStringLiteral("version"), QString::fromLatin1(c.version)},
                                         {QStringLiteral("files"), catalogFilesToJson(c.files)}});
    }
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("lastCheck"), lastCheck.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("subscriptions"), subscriptionList},
                           {QStringLiteral("installed"), installedList}};
    QSaveFile file(m_path);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_error = QStringLiteral("cannot save %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

Subscription *Subscriptions::subscription(const QUrl &url)
{
    for (Subscription &s : subscriptions) {
        if (s.url == url)
            return &s;
    }
    return nullptr;
}

InstalledCourse *Subscriptions::installedCourse(const QString &id)
{
    for (InstalledCourse &c : installed) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

Subscription &Subscriptions::subscribe(const QUrl &url)
{
    if (Subscription *s = subscription(url))
        return *s;
    subscriptions.append(Subscription{url, {}, {}, {}, {}});
    return subscriptions.last();
}

void Subscriptions::setInstalled(const InstalledCourse &course)
{
    if (InstalledCourse *c = installedCourse(course.id))
        *c = course;
    else
        installed.append(course);
}

void Subscriptions::removeInstalled(const QString &id)
{
    installed.removeIf([&id](const InstalledCourse &c) { return c.id == id; });
}
