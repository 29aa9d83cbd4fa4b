// The send policy against a fault-injecting server (FaultLrs, QTcpServer on 127.0.0.1) through the
// real NetworkLrsTransport: 400 in a batch, 401, 409, 429 with Retry-After, 500, a timeout and a
// refused connection; batches of at most 50 with the xAPI version header and Basic auth.
#include "faultlrs.h"
#include "xapi/networklrstransport.h"
#include "xapi/sendpolicy.h"
#include "xapi/xapisender.h"
#include "xapitestsupport.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class tst_XapiSend : public QObject
{
    Q_OBJECT

    // Runs one pass to its end (Idle, Waiting or Paused).
    static void runPass(XapiSender &sender)
    {
        QSignalSpy finished(&sender, &XapiSender::passFinished);
        sender.sendNow();
        if (finished.isEmpty())
            QVERIFY(finished.wait(10000));
    }

private Q_SLOTS:
    void batchesOfFiftyWithVersionAndAuth()
    {
        ReportingStore r;
        r.queueBreathing(120);
        FaultLrs lrs([](const FaultLrs::Request &) { return FaultLrs::Answer{}; });
        NetworkLrsTransport transport(ReportingStore::config(lrs.port()));
        XapiSender sender(r.store, transport);
        runPass(sender);
        QCOMPARE(sender.state(), XapiSender::State::Idle);
        QCOMPARE(lrs.requests().size(), 3);
        QCOMPARE(statementsIn(lrs.requests()[0].body).size(), 50);
        QCOMPARE(statementsIn(lrs.requests()[1].body).size(), 50);
        QCOMPARE(statementsIn(lrs.requests()[2].body).size(), 20);
        const FaultLrs::Request &first = lrs.requests().first();
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.target, QByteArray("/xAPI/statements"));
        QCOMPARE(first.header("X-Experience-API-Version"), QByteArray("1.0.3"));
        QCOMPARE(first.header("Authorization"), QByteArray("Basic " + QByteArray("pausa-key:pausa-secret").toBase64()));
        const ProgressStore::OutboxCounts counts = r.store.outboxCounts();
        QCOMPARE(counts.sent, 120);
        QCOMPARE(counts.waiting, 0);
        QVERIFY(counts.lastSend.isValid());
    }

    void badStatementInABatchIsMarkedAndTheRestGo()
    {
        ReportingStore r;
        r.queueBreathing(5);
        const QString bad = r.waitingIds().at(2);
        FaultLrs lrs([bad](const FaultLrs::Request &request) {
            const QJsonArray statements = statementsIn(request.body);
            if (statements.size() > 1 && request.body.contains(bad.toUtf8()))
                return FaultLrs::Answer{400, R"({"message":"Invalid statement in batch"})", {}, false};
            if (statements.size() == 1 && statements.first()[QStringLiteral("id")].toString() == bad)
                return FaultLrs::Answer{400, R"({"message":"Expected actor to be an Agent"})", {}, false};
            return FaultLrs::Answer{};
        });
        NetworkLrsTransport transport(ReportingStore::config(lrs.port()));
        XapiSender sender(r.store, transport);
        runPass(sender);
        QCOMPARE(sender.state(), XapiSender::State::Idle);
        const ProgressStore::OutboxCounts counts = r.store.outboxCounts();
        QCOMPARE(counts.sent, 4);
        QCOMPARE(counts.notAccepted, 1);
        QCOMPARE(counts.waiting, 0);
        const QList<ProgressStore::NotAccepted> refused = r.store.notAcceptedStatements();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().id, bad);
        QCOMPARE(refused.first().reason, QStringLiteral("Expected actor to be an Agent"));
        QVERIFY(refused.first().body.contains(bad.toUtf8())); // kept whole, for the export
        QCOMPARE(lrs.requests().size(), 1 + 5); // the batch, then each alone
        // The export keeps it, with the LRS's reason.
        const QString exported = r.dir.filePath(QStringLiteral("export.json"));
        QVERIFY(r.store.exportJson(exported));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray kept = json[QStringLiteral("xapiNotAccepted")].toArray();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0][QStringLiteral("reason")].toString(), QStringLiteral("Expected actor to be an Agent"));
        QCOMPARE(kept[0][QStringLiteral("statement")][QStringLiteral("id")].toString(), bad);
        QCOMPARE(json[QStringLiteral("events")].toArray().size(), 5);
        // Not sent again: a later pass has nothing to do.
        runPass(sender);
        QCOMPARE(lrs.requests().size(), 6);
    }

    void credentialsRefusedPausesUntilResumed()
    {
        for (const int status : {401, 403}) {
            ReportingStore r;
            r.queueBreathing(3);
            int answer = status;
            FaultLrs lrs([&answer](const FaultLrs::Request &) { return FaultLrs::Answer{answer, "{}", {}, false}; });
            NetworkLrsTransport transport(ReportingStore::config(lrs.port()));
            XapiSender sender(r.store, transport);
            runPass(sender);
            QCOMPARE(sender.state(), XapiSender::State::Paused);
            QVERIFY(sender.problem().contains(QStringLiteral("check your organisation link")));
            sender.sendNow(); // paused: nothing goes out
            QCOMPARE(lrs.requests().size(), 1);
            QCOMPARE(r.store.outboxCounts().waiting, 3);
            answer = 200;
            sender.resume(); // the settings changed
            runPass(sender);
            QCOMPARE(sender.state(), XapiSender::State::Idle);
            QCOMPARE(r.store.outboxCounts().sent, 3);
        }
    }

    void conflictMeansAlreadyThere()
    {
        ReportingStore r;
        r.queueBreathing(5);
        const QStringList ids = r.waitingIds();
        const QStringList stored{ids[0], ids[3]}; // the LRS has these two already
        FaultLrs lrs([stored](const FaultLrs::Request &request) {
            if (request.method == "GET") {
                for (const QString &id : stored) {
                    if (request.target.contains(id.toUtf8()))
                        return FaultLrs::Answer{200, "{}", {}, false};
                }
                return FaultLrs::Answer{404, R"({"message":"No Statement found"})", {}, false};
            }
            const QJsonArray statements = statementsIn(request.body);
            if (statements.size() > 1)
                return FaultLrs::Answer{409, R"({"message":"Conflict"})", {}, false};
            // Alone, one it has (a different body under the same id) is a conflict too.
            if (stored.contains(statements.first()[QStringLiteral("id")].toString()))
                return FaultLrs::Answer{409, R"({"message":"Conflict"})", {}, false};
            return FaultLrs::Answer{};
        });
        NetworkLrsTransport transport(ReportingStore::config(lrs.port()));
        XapiSender sender(r.store, transport);
        runPass(sender);
        QCOMPARE(sender.state(), XapiSender::State::Idle);
        QCOMPARE(r.store.outboxCounts().sent, 5);
        QCOMPARE(r.store.outboxCounts().notAccepted, 0);
        int gets = 0, posts = 0;
        for (const FaultLrs::Request &request : lrs.requests()) {
            if (request.method == "GET") {
                ++gets;
                QVERIFY(request.target.startsWith("/xAPI/statements?statementId="));
            } else {
                ++posts;
            }
        }
        QCOMPARE(gets, 5);
        QCOMPARE(posts, 1 + 3); // the batch, then the three the LRS did not have
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        ReportingStore r;
        r.queueBreathing(2);
        FaultLrs lrs([](const FaultLrs::Request &) {
            return FaultLrs::Answer{429, R"({"message":"slow down"})", {{"Retry-After", "120"}}, false};
        });
        NetworkLrsTransport transport(ReportingStore::config(lrs.port()));
        XapiSender sender(r.store, transport);
        sender.setRandom([] { return 0.0; });
        runPass(sender);
        QCOMPARE(sender.state(), XapiSender::State::Waiting);
        QCOMPARE(sender.retryInSeconds(), 120); // the jittered 3 s would be sooner
        QCOMPARE(r.store.outboxCounts().waiting, 2);
        // Not even "Send now" asks before the LRS said to.
        sender.sendNow();
        sender.sendWhenDue();
        QCOMPARE(sender.state(), XapiSender::State::Waiting);
        QCOMPARE(lrs.requests().size(), 1);
    }

    void serverErrorBacksOffWithGrowingDelays()
    {
        ReportingStore r;
        r.queueBreathing(2);
        FaultLrs lrs([](const FaultLrs::Request &) { return FaultLrs::Answer{500, "oops", {}, false}; });
        NetworkLrsTransport transport(ReportingStore::config(lrs.port()));
        XapiSender sender(r.store, transport);
        sender.setRandom([] { return 1.0; });
        QList<int> delays;
        for (int i = 0; i < 3; ++i) {
            runPass(sender);
            QCOMPARE(sender.state(), XapiSender::State::Waiting);
            delays.append(sender.retryInSeconds());
        }
        QCOMPARE(delays, (QList<int>{5, 10, 20}));
        // The automatic triggers leave the back-off alone; "Send now" ends it (there is no Retry-After).
        sender.sendWhenDue();
        QCOMPARE(sender.state(), XapiSender::State::Waiting);
        QCOMPARE(lrs.requests().size(), 3);
        QCOMPARE(r.store.outboxCounts().waiting, 2);
        QVERIFY(sender.problem().contains(QStringLiteral("500")));
    }

    void timeoutAndRefusedConnectionBackOff()
    {
        ReportingStore r;
        r.queueBreathing(1);
        {
            FaultLrs lrs([](const FaultLrs::Request &) { return FaultLrs::Answer{200, "[]", {}, true}; });
            NetworkLrsTransport transport(ReportingStore::config(lrs.port()), 300);
            XapiSender sender(r.store, transport);
            runPass(sender);
            QCOMPARE(sender.state(), XapiSender::State::Waiting);
            QVERIFY(sender.problem().contains(QStringLiteral("could not be reached")));
        }
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        NetworkLrsTransport transport(ReportingStore::config(closedPort));
        XapiSender sender(r.store, transport);
        runPass(sender);
        QCOMPARE(sender.state(), XapiSender::State::Waiting);
        QVERIFY(sender.problem().contains(QStringLiteral("could not be reached")));
        QCOMPARE(r.store.outboxCounts().waiting, 1);
        // Without automatic retries (--send-results) the pass just ends.
        sender.resume();
        sender.setRetryAutomatically(false);
        runPass(sender);
        QCOMPARE(sender.state(), XapiSender::State::Idle);
        QVERIFY(!sender.problem().isEmpty());
    }

    void backoffIsCappedAtAnHour()
    {
        QCOMPARE(SendPolicy::backoffSeconds(1, -1, 0.0), 3);
        QCOMPARE(SendPolicy::backoffSeconds(40, -1, 1.0), 3600);
        QCOMPARE(SendPolicy::backoffSeconds(40, -1, 0.0), 1800);
        QCOMPARE(SendPolicy::backoffSeconds(1, 999999, 0.0), 3600);
        QCOMPARE(SendPolicy::parseRetryAfter("30", 0), 30);
        QCOMPARE(SendPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT",
                                             QDateTime(QDate(2015, 10, 21), QTime(7, 27), Qt::UTC).toSecsSinceEpoch()),
                 60);
        QCOMPARE(SendPolicy::parseRetryAfter("soon", 0), -1);
    }
};

QTEST_GUILESS_MAIN(tst_XapiSend)
#include "tst_xapisend.moc"
