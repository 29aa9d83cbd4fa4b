// SIGKILL the headless sync (the real `pausa --sync`) at random moments, 50 times. After each kill a
// restart finds the old or the new version complete, never a mix; a sync then finishes the update;
// and the progress store is untouched and intact.
#include "catalogtestsupport.h"
#include "faultserver.h"

#include "catalog/courseinstaller.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace CatalogTest;

namespace {

constexpr int kills = 50;

// The course folder as {relative path: content}.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &path : filesUnder(folder)) {
        if (QFileInfo(folder + u'/' + path).isFile())
            files.insert(path, readFile(folder + u'/' + path));
    }
    return files;
}

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    // Runs `pausa ARGS`; with killAfterMs >= 0, SIGKILLs it then (if still running). The exit code, or -1 if killed.
    int runPausa(const QStringList &arguments, int killAfterMs, QByteArray *output = nullptr)
    {
        QProcess pausa;
        QEventLoop loop;
        connect(&pausa, &QProcess::finished, &loop, &QEventLoop::quit);
        pausa.start(QStringLiteral(PAUSA_APP), arguments);
        if (killAfterMs >= 0)
            QTimer::singleShot(killAfterMs, &pausa, [&pausa] { pausa.kill(); });   // SIGKILL on Unix
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (pausa.state() != QProcess::NotRunning)
            loop.exec();
        if (output)
            *output = pausa.readAllStandardOutput();
        return pausa.exitStatus() == QProcess::CrashExit ? -1 : pausa.exitCode();
    }

    void makeProgressStore(const QString &path)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, course TEXT, lesson TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO events (course, lesson) VALUES ('safe-lifting', 'the-lift')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("make"));
    }
    bool progressStoreIntact(const QString &path)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            ok = db.open() && query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
                && query.value(0).toString() == u"ok" && query.exec(QStringLiteral("SELECT count(*) FROM events"))
                && query.next() && query.value(0).toInt() == 1;
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return ok;
    }

private Q_SLOTS:
    void killedAnywhereLeavesOldOrNew()
    {
        // Version 1: the fixture. Version 2: one lesson changed and 300 more files, so that a sync takes
        // long enough for the kills to land in every phase (downloads, assembling, the switch, cleanup).
        const QString author = m_work.filePath(QStringLiteral("author"));
        QVERIFY(copyFolder(fixtureCourse(), author));
        QVERIFY(publish(author, m_work.filePath(QStringLiteral("v1"))));
        const QMap<QString, QByteArray> v1 = snapshot(author);
        const QString lesson = author + QStringLiteral("/01-your-back/02-the-lift.md");
        QVERIFY(writeFile(lesson, readFile(lesson) + "\nBend your knees.\n"));
        for (int i = 0; i < 300; ++i)
            QVERIFY(writeFile(author + QStringLiteral("/files/extra-%1.txt").arg(i), QByteArray(4096, char('a' + i % 26))));
        QVERIFY(publish(author, m_work.filePath(QStringLiteral("v2"))));
        const QMap<QString, QByteArray> v2 = snapshot(author);

        FaultServer server(m_work.filePath(QStringLiteral("v1")));
        QVERIFY(server.listen());
        const QString url = server.baseUrl() + QStringLiteral("catalog.json");
        const QString installedV1 = m_work.filePath(QStringLiteral("installed-v1"));
        QByteArray output;
        QCOMPARE(runPausa({QStringLiteral("--data-dir"), installedV1, QStringLiteral("--subscribe"), url, QStringLiteral("--sync")}, -1, &output), 0);
        QCOMPARE(output, QByteArray("safe-lifting: installed\n"));
        makeProgressStore(installedV1 + QStringLiteral("/progress.db"));
        const QByteArray progressBytes = readFile(installedV1 + QStringLiteral("/progress.db"));
        server.setRoot(m_work.filePath(QStringLiteral("v2")));

        // How long a whole update takes here: the kills fall in [0, 1.3 x that].
        const QString timing = m_work.filePath(QStringLiteral("timing"));
        QVERIFY(copyFolder(installedV1, timing));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runPausa({QStringLiteral("--data-dir"), timing, QStringLiteral("--sync")}, -1, &output), 0);
        const int fullRunMs = int(clock.elapsed());
        QCOMPARE(output, QByteArray("safe-lifting: updated\n"));
        QCOMPARE(snapshot(timing + QStringLiteral("/courses/safe-lifting")), v2);

        int sawOld = 0;
        int sawNew = 0;
        for (int run = 0; run < kills; ++run) {
            const QString data = m_work.filePath(QStringLiteral("run-%1").arg(run));
            QVERIFY(copyFolder(installedV1, data));
            const int delay = int(QRandomGenerator::global()->bounded(fullRunMs * 13 / 10 + 1));
            runPausa({QStringLiteral("--data-dir"), data, QStringLiteral("--sync")}, delay);

            // A restart: what the app and the sync do first, then the course folder as the app loads it.
            CourseInstaller(data).repair();
            const QMap<QString, QByteArray> found = snapshot(data + QStringLiteral("/courses/safe-lifting"));
            QVERIFY2(found == v1 || found == v2,
                     qPrintable(QStringLiteral("run %1, killed after %2 ms: a mix of versions (%3 files)").arg(run).arg(delay).arg(found.size())));
            (found == v1 ? sawOld : sawNew) += 1;
            QCOMPARE(readFile(data + QStringLiteral("/progress.db")), progressBytes);

            // The next sync finishes the update, resuming with what was verified before the kill.
            QCOMPARE(runPausa({QStringLiteral("--data-dir"), data, QStringLiteral("--sync")}, -1, &output), 0);
            QVERIFY2(output == "safe-lifting: updated\n" || output == "safe-lifting: unchanged\n", output.constData());
            QCOMPARE(snapshot(data + QStringLiteral("/courses/safe-lifting")), v2);
            QCOMPARE(filesUnder(data + QStringLiteral("/courses/.staging")), QStringList());
            QVERIFY(progressStoreIntact(data + QStringLiteral("/progress.db")));
            QDir(data).removeRecursively();
        }
        qInfo("%d kills: %d left the old version, %d the new one (a whole update takes %d ms)", kills, sawOld, sawNew, fullRunMs);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
