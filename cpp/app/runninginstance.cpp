#include "runninginstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>
#include <QWindow>

Q_LOGGING_CATEGORY(lcInstance, "pausa.instance")

namespace {

const QByteArray ShowRequest = QByteArrayLiteral("show\n");

} // namespace

RunningInstance::RunningInstance(const QString &dataFolder, QObject *parent)
    : QObject(parent)
    , m_name(serverName(dataFolder))
{
}

QString RunningInstance::serverName(const QString &dataFolder)
{
    // The folder's path can be long and hold any character; a socket name cannot.
    const QByteArray path = QDir(dataFolder).canonicalPath().toUtf8();
    return QStringLiteral("pausa-")
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(24));
}

void RunningInstance::listen(QWindow *window)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // This process holds the folder's lock, so a socket of that name is left over from a Pausa that
    // was killed: remove it, or listen() fails with "address in use".
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        qCWarning(lcInstance) << "cannot listen on" << m_name << m_server->errorString();
        return;
    }
    qCInfo(lcInstance) << "listening for a second start on" << m_name;
    connect(m_server, &QLocalServer::newConnection, this, [this, window] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [socket, window] {
                if (!socket->readAll().contains(ShowRequest))
                    return;
                qCInfo(lcInstance) << "a second start on this data folder: showing the window";
                window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
                window->show();
                window->raise();
                window->requestActivate();
                socket->write("shown\n");
            });
        }
    });
}

bool RunningInstance::askToShowWindow(int timeoutMs) const
{
    // The first start may still be on its way to its window (two quick double-clicks): keep trying
    // until it listens or the time is up.
    QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    for (;;) {
        socket.connectToServer(m_name);
        if (socket.waitForConnected(int(deadline.remainingTime())))
            break;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
    socket.write(ShowRequest);
    if (!socket.waitForBytesWritten(int(qMax<qint64>(deadline.remainingTime(), 200))))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 200))))
        answer += socket.readAll();
    return answer.startsWith("shown");
}
