// The FSRS scheduler against ts-fsrs 5.4.2: data/histories.json and data/expected.json were made by
// tests/support/fsrs/make-vectors.mjs (fuzz off, short-term on and off, six step/retention set-ups);
// every card after every review must match: state, reps, lapses, scheduled days and learning step
// equal, due to the minute, stability and difficulty within 1e-6.
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "review/fsrsreplay.h"
#include "review/fsrsscheduler.h"

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PAUSA_TEST_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 minuteOf(const QJsonValue &time)
{
    return QDateTime::fromString(time.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch() / 60000;
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray out, err;
};

ToolRun runTool(const QStringList &args)
{
    QProcess tool;
    tool.start(QStringLiteral(PAUSA_REVIEW_TOOL), args);
    tool.waitForFinished(60000);
    return {tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1, tool.readAllStandardOutput(),
            tool.readAllStandardError()};
}

} // namespace

class TestFsrsVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTsFsrs()
    {
        const QByteArray histories = readData(QStringLiteral("histories.json"));
        const QJsonArray expected =
            QJsonDocument::fromJson(readData(QStringLiteral("expected.json"))).object().value(u"histories").toArray();
        QVERIFY(!histories.isEmpty());
        QVERIFY(expected.size() >= 50);
        const FsrsReplay::Result result = FsrsReplay::replay(histories);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonArray actual = QJsonDocument::fromJson(result.json).object().value(u"histories").toArray();
        QCOMPARE(actual.size(), expected.size());
        int reviews = 0;
        bool sawShortTermOff = false;
        for (int h = 0; h < expected.size(); ++h) {
            const QJsonObject want = expected.at(h).toObject();
            const QJsonObject got = actual.at(h).toObject();
            QCOMPARE(got.value(u"id").toString(), want.value(u"id").toString());
            const QJsonArray wantAfter = want.value(u"after").toArray();
            const QJsonArray gotAfter = got.value(u"after").toArray();
            QCOMPARE(gotAfter.size(), wantAfter.size());
            for (int r = 0; r < wantAfter.size(); ++r) {
                const QJsonObject w = wantAfter.at(r).toObject();
                const QJsonObject g = gotAfter.at(r).toObject();
                const QByteArray where = want.value(u"id").toString().toUtf8() + " review " + QByteArray::number(r);
                QVERIFY2(g.value(u"state") == w.value(u"state"), where.constData());
                QVERIFY2(g.value(u"reps") == w.value(u"reps"), where.constData());
                QVERIFY2(g.value(u"lapses") == w.value(u"lapses"), where.constData());
                QVERIFY2(g.value(u"scheduled_days") == w.value(u"scheduled_days"), where.constData());
                QVERIFY2(g.value(u"learning_steps") == w.value(u"learning_steps"), where.constData());
                QVERIFY2(minuteOf(g.value(u"due")) == minuteOf(w.value(u"due")),
                         qPrintable(QString::fromUtf8(where) + u' ' + g.value(u"due").toString() + u" != "
                                    + w.value(u"due").toString()));
                QVERIFY2(qAbs(g.value(u"stability").toDouble() - w.value(u"stability").toDouble()) <= 1e-6,
                         where.constData());
                QVERIFY2(qAbs(g.value(u"difficulty").toDouble() - w.value(u"difficulty").toDouble()) <= 1e-6,
                         where.constData());
                ++reviews;
            }
        }
        const QJsonArray input = QJsonDocument::fromJson(histories).object().value(u"histories").toArray();
        for (const QJsonValue &history : input)
            sawShortTermOff |= !history.toObject().value(u"config").toObject().value(u"enable_short_term").toBool();
        QVERIFY(sawShortTermOff);
        QVERIFY2(reviews >= 500, QByteArray::number(reviews).constData());
    }

    // The built tool prints what the library computes, so anyone can compare another implementation.
    void toolPrintsTheReplay()
    {
        const ToolRun run = runTool({QStringLiteral("replay"), QStringLiteral(PAUSA_TEST_DATA "/histories.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QCOMPARE(run.out, FsrsReplay::replay(readData(QStringLiteral("histories.json"))).json);
    }

    void malformedFileNamesThePath_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"histories":[{"id":"a","created":"2026-01-05T09:00:00.000Z","reviews":[)";
        QTest::newRow("not json") << QByteArray("{\"histories\": [") << QStringLiteral("$: not JSON");
        QTest::newRow("no histories") << QByteArray("{}") << QStringLiteral("$.histories: expected an array");
        QTest::newRow("rating 5") << head + R"({"review_at":"2026-01-05T09:00:00.000Z","rating":5}]}]})"
                                  << QStringLiteral("$.histories[0].reviews[0].rating: expected 1, 2, 3 or 4");
        QTest::newRow("bad time") << head + R"({"review_at":"2026-01-05T09:00:00.000Z","rating":3},)"
                                            R"({"review_at":"yesterday","rating":3}]}]})"
                                  << QStringLiteral("$.histories[0].reviews[1].review_at: expected an ISO 8601");
        QTest::newRow("backwards") << head + R"({"review_at":"2026-01-05T09:00:00.000Z","rating":3},)"
                                             R"({"review_at":"2026-01-04T09:00:00.000Z","rating":3}]}]})"
                                   << QStringLiteral("$.histories[0].reviews[1].review_at: earlier than");
        QTest::newRow("short w")
            << QByteArray(R"({"histories":[{"config":{"w":[1,2]},"created":"2026-01-05T09:00:00Z","reviews":[]}]})")
            << QStringLiteral("$.histories[0].config.w: expected 21 numbers");
        QTest::newRow("bad step")
            << QByteArray(R"({"histories":[{"config":{"learning_steps":["1x"]},"created":"2026-01-05T09:00:00Z","reviews":[]}]})")
            << QStringLiteral("$.histories[0].config.learning_steps[0]: expected a step");
    }

    void malformedFileNamesThePath()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("h.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(input);
        file.close();
        const ToolRun run = runTool({QStringLiteral("replay"), file.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    // Fuzz on: deterministic per seed (a replay gives the same dates), different seeds spread the
    // interval within ts-fsrs's range, and short intervals are never fuzzed.
    void fuzzIsDeterministicAndSpreads()
    {
        FsrsConfig config;
        config.enableFuzz = true;
        const FsrsScheduler fuzzed(config);
        const FsrsScheduler plain;
        const qint64 start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        FsrsCard card = plain.next(FsrsCard::createNew(start), start, FsrsRating::Easy);
        const qint64 later = card.dueMs;
        const int unfuzzed = plain.next(card, later, FsrsRating::Good).scheduledDays;
        QVERIFY(unfuzzed > 20);
        QSet<int> seen;
        for (quint64 seed = 0; seed < 200; ++seed) {
            const int days = fuzzed.next(card, later, FsrsRating::Good, seed).scheduledDays;
            QCOMPARE(fuzzed.next(card, later, FsrsRating::Good, seed).scheduledDays, days);
            QVERIFY2(qAbs(days - unfuzzed) <= 1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * (unfuzzed - 20) + 1,
                     QByteArray::number(days).constData());
            seen.insert(days);
        }
        QVERIFY(seen.size() >= 3);
        // The first Good of a new card is a 10-minute learning step: nothing to fuzz.
        QCOMPARE(fuzzed.next(FsrsCard::createNew(start), start, FsrsRating::Good, 7).dueMs,
                 plain.next(FsrsCard::createNew(start), start, FsrsRating::Good).dueMs);
    }
};

QTEST_GUILESS_MAIN(TestFsrsVectors)
#include "tst_fsrsvectors.moc"
