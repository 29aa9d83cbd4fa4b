// Progress that used to be lost with no word to the learner (issue 19): a file the app may not read
// was moved aside as "damaged"; a few damaged pages in the event history threw the intact summaries
// away with it; a WAL deleted or a file cut to nothing while the app ran left a later start with
// less and no message.
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "crashscript.h"
#include "filedamage.h"
#include "progressfixture.h"

using Status = ProgressStore::OpenResult::Status;

namespace {

QStringList corruptCopies(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("progress-corrupt-*")}, QDir::Files | QDir::Dirs);
}

// A long history: `lessons` lessons opened, read card by card (cardsEach cards) and completed, day
// after day, so the event log spans a few hundred pages while the summaries stay small.
bool makeLongHistory(const QString &dir, int lessons, int cardsEach)
{
    ProgressStore store;
    store.open(dir);
    for (int l = 0; l < lessons; ++l) {
        const QString lesson = QStringLiteral("lesson-%1").arg(l);
        const QDateTime day = ProgressFixture::at(1 + l % 28, 8);
        if (!store.recordLessonOpened(QStringLiteral("c"), QStringLiteral("m"), lesson, day))
            return false;
        for (int card = 1; card <= cardsEach; ++card) {
            if (!store.recordCardReached(QStringLiteral("c"), QStringLiteral("m"), lesson, card, day.addSecs(card)))
                return false;
        }
        if (!store.recordLessonCompleted(QStringLiteral("c"), QStringLiteral("m"), lesson, 60, day.addSecs(600)))
            return false;
    }
    return store.flush();
}

qint64 scalar(const QString &path, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    return value;
}

} // namespace

class TestProgressLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

#ifdef Q_OS_LINUX
    // A healthy file the app may not read (its permissions changed) is not damaged: it stays where
    // it is, byte for byte, the learner is told why nothing is shown, and once the permissions are
    // back the history is all there.
    void unreadableFileStaysWhereItIs()
    {
        QTemporaryDir tmp;
        ProgressStore before;
        before.open(tmp.path());
        QVERIFY(ProgressFixture::record(before));
        const QString figures = ProgressFixture::describe(before);
        before.close();
        const QString path = tmp.filePath(QStringLiteral("progress.db"));
        const QByteArray bytes = contents(path);
        QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
        {
            DacCapabilities capabilities;
            QVERIFY(capabilities.drop());
            ProgressStore store;
            const auto opened = store.open(tmp.path());
            QCOMPARE(opened.status, Status::UnreadableFallback);
            QVERIFY2(opened.message.contains(QStringLiteral("read")), qPrintable(opened.message));
            QVERIFY(opened.movedAsidePath.isEmpty());
        }
        QVERIFY(corruptCopies(tmp.path()).isEmpty());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(contents(path), bytes);
        ProgressStore after;
        QCOMPARE(after.open(tmp.path()).status, Status::Ok);
        QCOMPARE(ProgressFixture::describe(after), figures);
    }
#endif

    // 8 KB of random bytes in the middle of the event log: the file is set aside, and everything that
    // still reads is kept in the new one: every summary (so all 40 lessons still show as done), and
    // the events before and after the damaged pages. The learner is told what was kept.
    void damagedEventPagesKeepTheRest()
    {
        QTemporaryDir tmp;
        QVERIFY(makeLongHistory(tmp.path(), 40, 500));
        const QString path = tmp.filePath(QStringLiteral("progress.db"));
        const qint64 events = scalar(path, QStringLiteral("SELECT count(*) FROM event"));
        QVERIFY2(QFileInfo(path).size() / 4096 > 250, qPrintable(QString::number(QFileInfo(path).size())));
        // A page in the middle of the event log's leaves (SQLite's dbstat table says which are its).
        const qint64 page = scalar(path, QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'event' AND pagetype = 'leaf' "
                                                        "ORDER BY pageno LIMIT 1 OFFSET (SELECT count(*) / 2 FROM dbstat "
                                                        "WHERE name = 'event' AND pagetype = 'leaf')"));
        QVERIFY(page > 1);
        QVERIFY(overwrite(path, (page - 1) * 4096, garbage(8192)));
        QVERIFY(ProgressStore::isDamaged(path));

        ProgressStore store;
        const auto opened = store.open(tmp.path());
        QCOMPARE(opened.status, Status::RecoveredFromCorrupt);
        QVERIFY(QFile::exists(opened.movedAsidePath));
        QVERIFY2(opened.message.contains(QStringLiteral("40")), qPrintable(opened.message));
        QVERIFY(!ProgressStore::isDamaged(path));

        const ProgressStore::ModuleStructure module{QStringLiteral("m"), [] {
                                                        QStringList ids;
                                                        for (int l = 0; l < 40; ++l)
                                                            ids.append(QStringLiteral("lesson-%1").arg(l));
                                                        return ids;
                                                    }(),
                                                    {}};
        const auto progress = store.moduleProgress(QStringLiteral("c"), {module}, 80);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().lessonsDone, 40);
        QCOMPARE(store.streakDays(QDate(2026, 1, 28)), 28);
        store.close();

        const qint64 kept = scalar(path, QStringLiteral("SELECT count(*) FROM event"));
        QVERIFY2(kept < events && kept > events * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2 events kept").arg(kept).arg(events)));
        // From both sides of the damage: the first and the last event are there.
        QCOMPARE(scalar(path, QStringLiteral("SELECT min(id) FROM event")), 1);
        QCOMPARE(scalar(path, QStringLiteral("SELECT max(id) FROM event")), events);
        QCOMPARE(opened.salvagedRows > kept, true); // the summaries too
    }

    // Another program deletes the WAL while a session is saving, and the app is then killed: what
    // the session saved is gone (SQLite cannot keep what was deleted), but the next start says so.
    void walDeletedWhileRunningIsReported()
    {
        QTemporaryDir tmp;
        ProgressStore first;
        first.open(tmp.path());
        QVERIFY(ProgressFixture::record(first));
        first.close();

        QProcess session;
        session.setProgram(QStringLiteral(PROGRESS_SESSION_HELPER));
        session.setArguments({tmp.path()});
        session.start();
        QVERIFY(session.waitForStarted(5000));
        QByteArray output;
        const auto waitFor = [&](const QByteArray &line) {
            while (!output.contains(line) && session.waitForReadyRead(10000))
                output += session.readAllStandardOutput();
            return output.contains(line);
        };
        QVERIFY(waitFor("ready\n"));
        session.write("1\n2\n3\n");
        QVERIFY(waitFor("3\n"));
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("progress.db-wal"))));
        session.write("4\n");
        QVERIFY(waitFor("4\n"));
        session.kill();
        QVERIFY(session.waitForFinished(5000));

        ProgressStore next;
        const auto opened = next.open(tmp.path());
        QCOMPARE(opened.status, Status::Ok);
        QVERIFY(opened.lostEvents >= 4);
        QVERIFY2(opened.message.contains(QStringLiteral("missing")), qPrintable(opened.message));
        // Said once: the start after that is quiet.
        next.close();
        QVERIFY(next.open(tmp.path()).message.isEmpty());
    }

    // The file cut to 0 bytes while the app runs: saves fail from then on; the next start finds an
    // empty file and says that progress is missing rather than showing a quiet zero.
    void fileCutToNothingIsReported()
    {
        QTemporaryDir tmp;
        {
            ProgressStore store;
            store.open(tmp.path());
            QVERIFY(ProgressFixture::record(store));
            QVERIFY(store.flush());
            QVERIFY(QFile::resize(tmp.filePath(QStringLiteral("progress.db")), 0));
            store.recordLessonOpened(QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("after"));
        }
        ProgressStore next;
        const auto opened = next.open(tmp.path());
        QVERIFY(opened.lostEvents > 10);
        QVERIFY2(!opened.message.isEmpty(), "no word about the lost progress");
    }

    // A reset is not a loss.
    void resetIsNotReportedAsLoss()
    {
        QTemporaryDir tmp;
        {
            ProgressStore store;
            store.open(tmp.path());
            QVERIFY(ProgressFixture::record(store));
            QVERIFY(store.reset());
        }
        ProgressStore next;
        const auto opened = next.open(tmp.path());
        QCOMPARE(opened.lostEvents, 0);
        QVERIFY(opened.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProgressLoss)
#include "tst_progressloss.moc"
