#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1 for the sync tests: serves the files of a folder, except that
// requests whose path ends with a rule's suffix get the rule's fault (an HTTP error, no answer, a
// trickle, a truncated or oversized body, other bytes, a redirect to another host). One request per
// connection ("Connection: close").
class FaultServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault { None, Status, NeverAnswer, Trickle, Truncate, Oversize, Replace, RedirectAway };
    struct Rule
    {
        QString pathSuffix;
        Fault fault = Fault::None;
        int status = 0;      // for Status
        QByteArray body;     // for Replace
    };

    explicit FaultServer(const QString &root, QObject *parent = nullptr);
    bool listen();
    void close() { m_server.close(); }
    QString baseUrl() const;
    void setRoot(const QString &root) { m_root = root; }
    void setRule(const Rule &rule) { m_rule = rule; }
    void clearRule() { m_rule = {}; }
    QStringList requests() const { return m_requests; }

private:
    void onConnection();
    void answer(QTcpSocket *socket, const QString &path);

    QTcpServer m_server;
    QString m_root;
    Rule m_rule;
    QStringList m_requests;
};
