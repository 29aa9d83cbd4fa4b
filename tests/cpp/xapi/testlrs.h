#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

// The real LRS the integration tests talk to: Learning Locker's statements service (npm
// xapi-statements@5.0.1, pinned in tests/support/lrs/package-lock.json, installed by `npm ci` from
// the test set-up), started in memory on a free loopback port and stopped after. It accepts any
// Basic auth and listens on every interface: for tests only. With PAUSA_TEST_LRS (and
// PAUSA_TEST_LRS_KEY, PAUSA_TEST_LRS_SECRET) the tests use that LRS instead.
class TestLrs
{
public:
    TestLrs() = default;
    ~TestLrs() { stop(); }

    // "" when running; otherwise why not (the test skips or fails with it).
    QString start()
    {
        if (const QString external = qEnvironmentVariable("PAUSA_TEST_LRS"); !external.isEmpty()) {
            m_endpoint = QUrl(external.endsWith(u'/') ? external : external + u'/');
            m_key = qEnvironmentVariable("PAUSA_TEST_LRS_KEY");
            m_secret = qEnvironmentVariable("PAUSA_TEST_LRS_SECRET");
            return {};
        }
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            return QStringLiteral("node is not installed (scripts/install-deps.sh installs nodejs and npm)");
        const QString script = lrsFolder() + QStringLiteral("/node_modules/xapi-statements/dist/index.js");
        if (!QFile::exists(script))
            return QStringLiteral("%1 is missing: run `npm ci` in tests/support/lrs (the build does it)").arg(script);
        quint16 port = 0;
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return QStringLiteral("no free port");
            port = probe.serverPort();
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[k, v] : {std::pair{"AUTH_REPO", "test"}, {"EVENTS_REPO", "test"}, {"MODELS_REPO", "memory"},
                                   {"STORAGE_REPO", "memory"}, {"SERVICE_AWAIT_UPDATES", "true"}})
            env.insert(QLatin1String(k), QLatin1String(v));
        env.insert(QStringLiteral("EXPRESS_PORT"), QString::number(port));
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(lrsFolder());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(node, {script});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("node did not start: %1").arg(m_process.errorString());
        m_endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(port));
        m_key = QStringLiteral("pausa-test");
        m_secret = QStringLiteral("pausa-test-secret");
        for (int i = 0; i < 150; ++i) { // up to 30 s on a busy machine
            if (get(QStringLiteral("about")).first == 200)
                return {};
            if (m_process.state() != QProcess::Running)
                break;
            QThread::msleep(200);
        }
        return QStringLiteral("the LRS did not answer: %1").arg(QString::fromUtf8(m_process.readAll().right(2000)));
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    QUrl endpoint() const { return m_endpoint; }
    QString key() const { return m_key; }
    QString secret() const { return m_secret; }

    // A blocking GET under the endpoint (tests only): status and body.
    std::pair<int, QByteArray> get(const QString &relative) const
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_endpoint.resolved(QUrl(relative)));
        request.setRawHeader("X-Experience-API-Version", "1.0.3");
        request.setRawHeader("Authorization", "Basic " + QByteArray(m_key.toUtf8() + ':' + m_secret.toUtf8()).toBase64());
        request.setTransferTimeout(20000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    // Every statement the LRS holds for this actor, following "more" links.
    QList<QJsonObject> statementsOf(const QJsonObject &actor) const
    {
        QList<QJsonObject> all;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("agent"), QString::fromUtf8(QJsonDocument(actor).toJson(QJsonDocument::Compact)));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        QString next = QStringLiteral("statements?") + query.toString(QUrl::FullyEncoded);
        while (!next.isEmpty()) {
            const auto [status, body] = get(next);
            if (status != 200) {
                qWarning("GET %s: %d %s", qPrintable(next), status, body.left(300).constData());
                break;
            }
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            for (const QJsonValue &s : page.value(QStringLiteral("statements")).toArray())
                all.append(s.toObject());
            QString more = page.value(QStringLiteral("more")).toString();
            // xapi-statements 5.0.1 writes the agent filter into its "more" link as "[object Object]".
            more.replace(QStringLiteral("agent=[object Object]"),
                         QStringLiteral("agent=") + QString::fromLatin1(QUrl::toPercentEncoding(
                             QString::fromUtf8(QJsonDocument(actor).toJson(QJsonDocument::Compact)))));
            // "more" is a path from the server root (/xAPI/statements?...): resolve from the host.
            next = more.isEmpty() ? QString() : m_endpoint.resolved(QUrl(more)).toString();
        }
        return all;
    }

    static QString lrsFolder() { return QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/lrs"); }

    // Runs tests/support/lrs/validate.js over the statements: "" when all are valid xAPI 1.0.3.
    static QString validate(const QJsonArray &statements, const QString &scratchDir)
    {
        const QString file = scratchDir + QStringLiteral("/statements.json");
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(file);
        out.write(QJsonDocument(statements).toJson());
        out.close();
        QProcess node;
        node.setWorkingDirectory(lrsFolder());
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(QStandardPaths::findExecutable(QStringLiteral("node")), {QStringLiteral("validate.js"), file});
        if (!node.waitForFinished(60000))
            return QStringLiteral("the validator did not finish");
        const QString output = QString::fromUtf8(node.readAll());
        return node.exitCode() == 0 ? QString() : output;
    }

private:
    QProcess m_process;
    QUrl m_endpoint;
    QString m_key, m_secret;
};
