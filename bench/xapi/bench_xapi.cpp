// bench_xapi: the sender's cost over the network's. 10,000 statements queued in a progress store go
// to the local LRS (Learning Locker's xapi-statements in memory, as in the tests) through XapiSender:
// batches of 50 read from the outbox, posted, and marked sent. The baseline posts the same number of
// batches of the same size with a bare QNetworkAccessManager loop and no store. Each run gets a fresh
// LRS, so both start empty. Prints "BENCH xapi_flush_10k_vs_raw_ratio" (target <= 1.3).
#include "testlrs.h"
#include "xapi/networklrstransport.h"
#include "xapi/sendpolicy.h"
#include "xapi/xapisender.h"
#include "xapi/xapistatementsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int Statements = 10000;

XapiConfig configFor(const TestLrs &lrs)
{
    XapiConfig c;
    c.endpoint = lrs.endpoint();
    c.key = lrs.key();
    c.secret = lrs.secret();
    return c;
}

// Fills a store's outbox with n breathing-session statements; returns their bodies in batches of 50.
QList<QByteArray> queue(ProgressStore &store, const QString &installation)
{
    XapiStatementSource source(
        StatementBuilder(QJsonObject{{QStringLiteral("mbox"), QStringLiteral("mailto:bench@example.org")}},
                         installation),
        {});
    store.setStatementSource(&source);
    const QDateTime from(QDate(2026, 1, 5), QTime(7, 0));
    for (int i = 0; i < Statements; ++i)
        store.recordBreathingSession(QStringLiteral("box"), 60, true, from.addSecs(120 * i));
    store.setStatementSource(nullptr);
    QList<QByteArray> batches;
    QByteArray batch;
    int inBatch = 0;
    for (const auto &s : store.waitingStatements(Statements)) {
        batch += (inBatch == 0 ? "[" : ",") + s.body;
        if (++inBatch == SendPolicy::MaxBatch) {
            batches << batch + ']';
            batch.clear();
            inBatch = 0;
        }
    }
    if (inBatch > 0)
        batches << batch + ']';
    return batches;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    ProgressStore senderStore, rawStore;
    senderStore.open(dir.filePath(QStringLiteral("sender")));
    rawStore.open(dir.filePath(QStringLiteral("raw")));
    queue(senderStore, QStringLiteral("bench-sender"));
    const QList<QByteArray> rawBatches = queue(rawStore, QStringLiteral("bench-raw")); // other ids

    double rawMs = 0, senderMs = 0;
    {
        TestLrs lrs;
        if (const QString why = lrs.start(); !why.isEmpty()) {
            std::fprintf(stderr, "bench_xapi: %s\n", qPrintable(why));
            return 1;
        }
        NetworkLrsTransport transport(configFor(lrs));
        QElapsedTimer timer;
        timer.start();
        int next = 0, failed = 0;
        QEventLoop loop;
        std::function<void()> post = [&] {
            if (next == rawBatches.size())
                return loop.quit();
            transport.postStatements(rawBatches.at(next++), [&](const LrsTransport::Reply &reply) {
                failed += reply.status == 200 ? 0 : 1;
                post();
            });
        };
        QTimer::singleShot(0, &loop, post);
        loop.exec();
        rawMs = double(timer.nsecsElapsed()) / 1e6;
        if (failed > 0) {
            std::fprintf(stderr, "bench_xapi: %d raw batches failed\n", failed);
            return 1;
        }
    }
    {
        TestLrs lrs;
        if (const QString why = lrs.start(); !why.isEmpty()) {
            std::fprintf(stderr, "bench_xapi: %s\n", qPrintable(why));
            return 1;
        }
        NetworkLrsTransport transport(configFor(lrs));
        XapiSender sender(senderStore, transport);
        QEventLoop loop;
        QObject::connect(&sender, &XapiSender::passFinished, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        QTimer::singleShot(0, &sender, &XapiSender::sendNow);
        loop.exec();
        senderMs = double(timer.nsecsElapsed()) / 1e6;
        const ProgressStore::OutboxCounts counts = senderStore.outboxCounts();
        if (counts.sent != Statements) {
            std::fprintf(stderr, "bench_xapi: sent %d of %d (%s)\n", counts.sent, Statements,
                         qPrintable(sender.problem()));
            return 1;
        }
    }
    std::printf("bench_xapi: %d statements in %lld batches: sender %.0f ms, bare client %.0f ms\n", Statements,
                static_cast<long long>(rawBatches.size()), senderMs, rawMs);
    std::printf("BENCH xapi_flush_10k_ms %.1f\n", senderMs);
    std::printf("BENCH xapi_flush_10k_vs_raw_ratio %.4f\n", senderMs / rawMs);
    return 0;
}
