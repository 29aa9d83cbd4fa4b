#pragma once

#include <QQmlNetworkAccessManagerFactory>

// The QML engine never reaches the network. Course text is untrusted: an image or a style sheet a
// lesson, a quiz question or a breathing description names by http(s) would be fetched the moment it
// is shown (a tracking beacon, and network use while the learner believes they are offline). The
// models already keep such addresses out of what they hand to QML; this is the floor beneath them,
// for every Text, Label and Image at once. Local files and the app's resources load as before.
// Syncing courses and sending results happen in C++ with managers of their own, not through this.
class OfflineNetworkAccess : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
};
