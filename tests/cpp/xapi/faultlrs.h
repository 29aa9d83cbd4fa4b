#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A fault-injecting stand-in for an LRS on 127.0.0.1: each request is answered by the test's
// handler (status, headers, body), or not at all (a timeout). Minimal HTTP/1.1: reads the headers
// and Content-Length body, answers and closes the connection.
class FaultLrs : public QObject
{
public:
    struct Request
    {
        QByteArray method, target;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[k, v] : headers) {
                if (k.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            }
            return {};
        }
    };
    struct Answer
    {
        int status = 200;
        QByteArray body = "[]";
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool silent = false; // never answer (the client times out)
    };
    using Handler = std::function<Answer(const Request &)>;

    explicit FaultLrs(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        m_requests.append(request);
        const Answer answer = m_handler(request);
        if (answer.silent)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\n"
            + "Connection: close\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        for (const auto &[k, v] : answer.headers)
            out += k + ": " + v + "\r\n";
        out += "\r\n" + answer.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
