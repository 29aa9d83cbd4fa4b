// Against a real LRS (TestLrs: Learning Locker's xapi-statements, or PAUSA_TEST_LRS): what Pausa
// sends is stored as sent, reads back the same with GET /statements, is valid xAPI 1.0.3, and
// sending again never makes a second statement. The crash test SIGKILLs `pausa --send-results`
// 100 times at random moments; the LRS then holds every statement exactly once.
#include "progress/progressconnection.h"
#include "testlrs.h"
#include "xapi/networklrstransport.h"
#include "xapi/xapisender.h"
#include "xapi/xapisettings.h"
#include "xapitestsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QUuid>

#include <csignal>

namespace {

// A learner name of this run alone, so that an organisation's own LRS (PAUSA_TEST_LRS) with other
// statements in it still lets the test read back exactly its own.
QJsonObject uniqueActor(XapiConfig *config)
{
    config->homepage = QUrl(QStringLiteral("https://pausa.example.org"));
    config->learner = QStringLiteral("pausa-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return config->actor();
}

// The statement as stored minus what the LRS adds.
QJsonObject asSent(QJsonObject statement)
{
    for (const char *added : {"stored", "authority", "version"})
        statement.remove(QLatin1String(added));
    return statement;
}

void runPass(XapiSender &sender)
{
    QSignalSpy finished(&sender, &XapiSender::passFinished);
    sender.sendNow();
    if (finished.isEmpty())
        QVERIFY(finished.wait(60000));
}

} // namespace

class tst_XapiLrs : public QObject
{
    Q_OBJECT

    TestLrs m_lrs;

    XapiConfig lrsConfig() const
    {
        XapiConfig c;
        c.endpoint = m_lrs.endpoint();
        c.key = m_lrs.key();
        c.secret = m_lrs.secret();
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = m_lrs.start(); !why.isEmpty()) {
            // CI installs node and the LRS (install-deps.sh, npm ci): a missing one there is a failure.
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
    }

    void cleanupTestCase() { m_lrs.stop(); }

    void aCourseThroughReadsBackAndValidates()
    {
        const Course course = sampleCourse();
        XapiConfig config = lrsConfig();
        const QJsonObject actor = uniqueActor(&config);
        ReportingStore r(coursesOf(course), actor, QUuid::createUuid().toString());
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 30));
        QVERIFY(r.store.recordLessonCompleted(course.id, QStringLiteral("m1"), QStringLiteral("l1"), 95, at));
        qint64 attempt = r.store.startQuizAttempt(course.id, QStringLiteral("m1"), QStringLiteral("m1"), at);
        QVERIFY(r.store.recordQuizAnswer(attempt, QStringLiteral("q1"), 0, QStringLiteral("[\"true\", \"é\\\"\"]"),
                                         at.addSecs(10)));
        QVERIFY(r.store.finishQuizAttempt(attempt, 0, false, 20, at.addSecs(20)));
        attempt = r.store.startQuizAttempt(course.id, QStringLiteral("m1"), QStringLiteral("m1"), at.addSecs(30));
        QVERIFY(r.store.recordQuizAnswer(attempt, QStringLiteral("q1"), 1, QStringLiteral("[\"false\"]"), at.addSecs(40)));
        QVERIFY(r.store.finishQuizAttempt(attempt, 100, true, 15, at.addSecs(50))); // + the course completed
        QVERIFY(r.store.recordBreathingSession(QStringLiteral("box"), 120, true, QDateTime(QDate(2026, 7, 1), QTime(7, 5))));
        QVERIFY(r.store.recordBreathingSession(QStringLiteral("course-breath"), 61, true, at.addSecs(60)));

        QJsonArray queued;
        QHash<QString, QJsonObject> byId;
        for (const auto &s : r.store.waitingStatements(1000)) {
            const QJsonObject statement = QJsonDocument::fromJson(s.body).object();
            queued.append(statement);
            byId.insert(s.id, statement);
        }
        QCOMPARE(queued.size(), 8);
        const QString invalid = TestLrs::validate(queued, r.dir.path());
        QVERIFY2(invalid.isEmpty(), qPrintable(invalid));

        NetworkLrsTransport transport(config);
        XapiSender sender(r.store, transport);
        runPass(sender);
        QCOMPARE(sender.state(), XapiSender::State::Idle);
        QVERIFY2(sender.problem().isEmpty(), qPrintable(sender.problem()));
        QCOMPARE(r.store.outboxCounts().sent, 8);
        QCOMPARE(r.store.outboxCounts().notAccepted, 0);

        const QList<QJsonObject> stored = m_lrs.statementsOf(actor);
        QCOMPARE(stored.size(), 8);
        for (const QJsonObject &statement : stored) {
            const QString id = statement.value(QStringLiteral("id")).toString();
            QVERIFY2(byId.contains(id), qPrintable(id));
            QCOMPARE(asSent(statement), byId.value(id));
        }

        // Everything sent again (as after a kill before the marks were saved): still eight.
        {
            ProgressConnection side(QStringLiteral("resend"));
            QVERIFY(side.openFile(r.store.filePath(), false));
            QVERIFY(side.exec(QStringLiteral("UPDATE xapi_outbox SET state = 0")));
        }
        runPass(sender);
        QCOMPARE(r.store.outboxCounts().sent, 8);
        QCOMPARE(m_lrs.statementsOf(actor).size(), 8);
    }

    void killedSenderSendsEachStatementExactlyOnce()
    {
        constexpr int Statements = 3000;
        constexpr int Kills = 100;
        QTemporaryDir home;
        const QString dataDir = home.filePath(QStringLiteral("data"));
        XapiSettings settings;
        settings.enabled = true;
        settings.config = lrsConfig();
        const QJsonObject actor = uniqueActor(&settings.config);
        settings.installationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QStringList expected;
        {
            ProgressStore store;
            store.open(dataDir);
            XapiStatementSource source(StatementBuilder(actor, settings.installationId), {});
            store.setStatementSource(&source);
            const QDateTime from(QDate(2026, 11, 2), QTime(6, 0));
            for (int i = 0; i < Statements; ++i)
                QVERIFY(store.recordBreathingSession(QStringLiteral("box"), 60, true, from.addSecs(60 * i)));
            for (const auto &s : store.waitingStatements(Statements))
                expected.append(s.id);
        }
        QCOMPARE(expected.size(), Statements);
        // The app's settings file, where `pausa` reads them (XDG_CONFIG_HOME/Pausa/Pausa.conf).
        const QString configHome = home.filePath(QStringLiteral("config"));
        {
            QSettings file(configHome + QStringLiteral("/Pausa/Pausa.conf"), QSettings::IniFormat);
            QVERIFY(settings.save(file));
            QCOMPARE(QFile::permissions(file.fileName()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        const QStringList arguments{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--send-results")};

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill delays from seed %u", seed);
        QRandomGenerator random(seed);
        // The test reads the outbox beside the sender through a read-only connection of its own (WAL
        // readers never block the writer).
        const auto waitingNow = [&dataDir] {
            ProgressConnection reader(QStringLiteral("crash-test-reader"));
            if (!reader.openFile(dataDir + QStringLiteral("/progress.db"), true))
                return -1;
            const std::optional<QVariant> n = reader.scalar(QStringLiteral("SELECT count(*) FROM xapi_outbox WHERE state = 0"));
            return n ? n->toInt() : -1;
        };
        int killedMidway = 0; // killed with statements still waiting, after it had sent some
        int waiting = Statements;
        QElapsedTimer clock;
        int rounds = 1;
        for (int i = 0; i < Kills; ++i) {
            if (waiting == 0) {
                // All sent before the hundredth kill: everything goes again, as if every mark had been
                // lost (the LRS must still end with one statement per id).
                ProgressConnection writer(QStringLiteral("crash-test-requeue"));
                QVERIFY(writer.openFile(dataDir + QStringLiteral("/progress.db"), false));
                QVERIFY(writer.exec(QStringLiteral("UPDATE xapi_outbox SET state = 0")));
                waiting = Statements;
                ++rounds;
            }
            QProcess sender;
            sender.setProcessEnvironment(env);
            sender.start(QStringLiteral(PAUSA_APP), arguments);
            QVERIFY(sender.waitForStarted(10000));
            clock.start();
            // Every fourth kill at any moment (starting, opening, sending); the others once the run has
            // sent something, a random few milliseconds into the next batch or its marking.
            if (i % 4 == 0) {
                QThread::msleep(random.bounded(0, 400));
            } else {
                while (sender.state() == QProcess::Running && waitingNow() >= waiting && clock.elapsed() < 20000)
                    QThread::msleep(2);
                QThread::msleep(random.bounded(0, 40));
            }
            const bool killed = sender.state() == QProcess::Running;
            if (killed)
                ::kill(static_cast<pid_t>(sender.processId()), SIGKILL);
            QVERIFY(sender.waitForFinished(30000));
            const int left = waitingNow();
            QVERIFY(left >= 0);
            QVERIFY(left <= waiting); // a kill never makes a sent statement wait again
            if (killed && left > 0 && left < waiting)
                ++killedMidway;
            waiting = left;
        }
        qInfo("%d of %d kills came while sending, with statements left; %d rounds through the queue", killedMidway,
              Kills, rounds);
        QVERIFY(killedMidway >= Kills / 2); // the kills really interrupted sends

        QProcess last;
        last.setProcessEnvironment(env);
        last.setProcessChannelMode(QProcess::MergedChannels);
        last.start(QStringLiteral(PAUSA_APP), arguments);
        QVERIFY(last.waitForFinished(120000));
        const QString output = QString::fromUtf8(last.readAll());
        QVERIFY2(last.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("waiting 0, not accepted 0")), qPrintable(output));

        const QList<QJsonObject> stored = m_lrs.statementsOf(actor);
        QHash<QString, int> times;
        for (const QJsonObject &statement : stored)
            ++times[statement.value(QStringLiteral("id")).toString()];
        QCOMPARE(stored.size(), Statements);
        for (const QString &id : expected)
            QVERIFY2(times.value(id) == 1, qPrintable(id + QStringLiteral(" stored %1 times").arg(times.value(id))));
    }
};

QTEST_GUILESS_MAIN(tst_XapiLrs)
#include "tst_xapilrs.moc"
