#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// Where results go and as whom: the organisation's LRS and the learner's name there. Comes from the
// organisation's link, pausa://join?lrs=<endpoint>&key=<k>&secret=<s>&homepage=<url>&catalog=<url>,
// or from the fields typed in Settings.
struct XapiConfig
{
    QUrl endpoint;   // the LRS's xAPI base, ending in '/': statements go to <endpoint>statements
    QString key, secret; // Basic auth
    QUrl homepage;   // the organisation's URL: the actor's account homePage
    QUrl catalog;    // the course catalog the link carries (issue #13); not used for sending
    QString learner; // the name the organisation knows the learner by: an employee id or work e-mail

    // Why this endpoint cannot be used ("" when it can): https, or plain http to a loopback address.
    static QString endpointProblem(const QUrl &endpoint);
    // Reads a join link; on failure returns false and says why in *error (the config is untouched).
    bool readJoinLink(const QString &link, QString *error);
    // The endpoint with a trailing '/', so that relative paths resolve under it.
    static QUrl normalizedEndpoint(const QUrl &endpoint);

    // Everything sending needs is there and valid.
    bool isComplete() const;
    // The xAPI actor: mbox for an e-mail address, otherwise account {homePage, name}.
    QJsonObject actor() const;
    // Identifies endpoint + credentials + actor, to notice that the settings changed.
    QString fingerprint() const;
};
