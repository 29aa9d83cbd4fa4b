#include "faultserver.h"

#include <QFile>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray head(int status, const QByteArray &extra)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Test\r\nConnection: close\r\n" + extra + "\r\n";
}

} // namespace

FaultServer::FaultServer(const QString &root, QObject *parent)
    : QObject(parent)
    , m_root(root)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onConnection);
}

bool FaultServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FaultServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort());
}

void FaultServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        auto *request = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, request] {
            delete request;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            if (request->contains("\r\n\r\n"))
                return;   // answered already
            request->append(socket->readAll());
            if (!request->contains("\r\n\r\n"))
                return;
            const QList<QByteArray> line = request->left(request->indexOf("\r\n")).split(' ');
            const QString path = QString::fromUtf8(line.value(1));
            m_requests.append(path);
            answer(socket, path);
        });
    }
}

void FaultServer::answer(QTcpSocket *socket, const QString &path)
{
    const Rule rule = !m_rule.pathSuffix.isEmpty() && path.endsWith(m_rule.pathSuffix) ? m_rule : Rule{};
    QFile file(m_root + path);
    const bool exists = !path.contains(QStringLiteral("..")) && file.open(QIODevice::ReadOnly);
    const QByteArray body = rule.fault == Fault::Replace ? rule.body : exists ? file.readAll() : QByteArray();
    const QByteArray length = "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    switch (rule.fault) {
    case Fault::None:
    case Fault::Replace:
        if (!exists && rule.fault == Fault::None) {
            socket->write(head(404, "Content-Length: 0\r\n"));
        } else {
            socket->write(head(200, length + "ETag: \"test\"\r\n"));
            socket->write(body);
        }
        socket->disconnectFromHost();
        return;
    case Fault::Status:
        socket->write(head(rule.status, "Content-Length: 0\r\n"));
        socket->disconnectFromHost();
        return;
    case Fault::NeverAnswer:
        return;
    case Fault::Truncate:
        socket->write(head(200, length));
        socket->write(body.left(body.size() / 2));
        socket->disconnectFromHost();
        return;
    case Fault::Oversize:
        // No length announced: the body just goes on, past what the catalog declares.
        socket->write(head(200, {}));
        socket->write(body + QByteArray(4 * 1024 * 1024, 'x'));
        socket->disconnectFromHost();
        return;
    case Fault::RedirectAway:
        socket->write(head(302, "Location: http://127.0.0.2:" + QByteArray::number(m_server.serverPort())
                                    + path.toUtf8() + "\r\nContent-Length: 0\r\n"));
        socket->disconnectFromHost();
        return;
    case Fault::Trickle: {
        socket->write(head(200, length));
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, body, sent] {
            if (*sent < body.size())
                socket->write(body.mid((*sent)++, 1));
        });
        timer->start(100);
        return;
    }
    }
}
