// The app's QML engine never reaches the network: an image named by http in course text is not
// fetched. A loopback server stands in for the tracking beacon and counts the connections it gets.
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTcpServer>
#include <QTest>

#include "offlinenetworkaccess.h"

namespace {

const QByteArray ImageQml = QByteArrayLiteral("import QtQuick\n"
                                              "Item {\n"
                                              "  property alias status: image.status\n"
                                              "  property alias source: image.source\n"
                                              "  Image { id: image }\n"
                                              "  Text { objectName: 'styled'; textFormat: Text.StyledText }\n"
                                              "}\n");

// Shows an image from url (and the same image inside styled text) in a fresh engine; returns the
// connections the server got meanwhile.
int connectionsWhileShowing(QTcpServer &server, const QUrl &url, bool offline, int *imageStatus)
{
    OfflineNetworkAccess factory;
    QQmlEngine engine;
    if (offline)
        engine.setNetworkAccessManagerFactory(&factory);
    QQmlComponent component(&engine);
    component.setData(ImageQml, QUrl());
    std::unique_ptr<QObject> item(component.create());
    if (!item)
        return -1;
    int connections = 0;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, &connections] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++connections;
            socket->close();
        }
    });
    item->findChild<QObject *>(QStringLiteral("styled"))
        ->setProperty("text", QStringLiteral("Hej <img src=\"%1\"> du").arg(url.toString()));
    item->setProperty("source", url);
    // Loading (or refusing) takes a moment; a fetch would have connected well within it.
    if (!QTest::qWaitFor([&item] { return item->property("status").toInt() != 2; /* Image.Loading */ }, 5000))
        return -1;
    QTest::qWait(300);
    *imageStatus = item->property("status").toInt();
    server.disconnect();
    return connections;
}

} // namespace

class TestOfflineNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remoteImagesAreNeverFetched()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/beacon.png").arg(server.serverPort()));
        int status = -1;
        // Without the factory the engine does connect: the test can tell.
        QVERIFY(connectionsWhileShowing(server, url, false, &status) > 0);
        QCOMPARE(connectionsWhileShowing(server, url, true, &status), 0);
        QCOMPARE(status, 3); // Image.Error
    }
};

QTEST_MAIN(TestOfflineNetwork)
#include "tst_offlinenetwork.moc"
