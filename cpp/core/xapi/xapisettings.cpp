#include "xapisettings.h"

#include "xapilog.h"

#include <QFile>
#include <QSettings>
#include <QUuid>

XapiSettings XapiSettings::load(QSettings &settings)
{
    XapiSettings s;
    settings.beginGroup(QStringLiteral("xapi"));
    s.enabled = settings.value(QStringLiteral("enabled"), false).toBool();
    s.config.endpoint = QUrl(settings.value(QStringLiteral("endpoint")).toString());
    s.config.key = settings.value(QStringLiteral("key")).toString();
    s.config.secret = settings.value(QStringLiteral("secret")).toString();
    s.config.homepage = QUrl(settings.value(QStringLiteral("homepage")).toString());
    s.config.catalog = QUrl(settings.value(QStringLiteral("catalog")).toString());
    s.config.learner = settings.value(QStringLiteral("learner")).toString();
    s.installationId = settings.value(QStringLiteral("installationId")).toString();
    s.refusedFingerprint = settings.value(QStringLiteral("refusedFingerprint")).toString();
    settings.endGroup();
    if (s.installationId.isEmpty())
        s.installationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return s;
}

bool XapiSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("xapi"));
    settings.setValue(QStringLiteral("enabled"), enabled);
    settings.setValue(QStringLiteral("endpoint"), config.endpoint.toString());
    settings.setValue(QStringLiteral("key"), config.key);
    settings.setValue(QStringLiteral("secret"), config.secret);
    settings.setValue(QStringLiteral("homepage"), config.homepage.toString());
    settings.setValue(QStringLiteral("catalog"), config.catalog.toString());
    settings.setValue(QStringLiteral("learner"), config.learner);
    settings.setValue(QStringLiteral("installationId"), installationId);
    settings.setValue(QStringLiteral("refusedFingerprint"), refusedFingerprint);
    settings.endGroup();
    settings.sync();
    // The file holds the LRS secret: the owner alone may read it.
    // (On Linux and Android QSettings is an INI file; elsewhere the platform's store protects it.)
    if (QFile::exists(settings.fileName())
        && !QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qCWarning(lcXapi) << "could not restrict the settings file to its owner:" << settings.fileName();
    return settings.status() == QSettings::NoError;
}
