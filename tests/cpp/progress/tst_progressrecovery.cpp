// What happens to the learner's record when the file or its location is not as expected:
// damaged, unreadable, read-only, full, from a newer Pausa, or from an older schema version.
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "progressfixture.h"

#include "filedamage.h"

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using Status = ProgressStore::OpenResult::Status;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// A store in dir with a little history, closed again (so the WAL is folded into the file).
bool makeHistory(const QString &dir)
{
    ProgressStore store;
    store.open(dir);
    return ProgressFixture::record(store);
}

} // namespace

class TestProgressRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsDirectoryAndWalFile()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("a/b"));
        ProgressStore store;
        const auto opened = store.open(dir);
        QCOMPARE(opened.status, Status::Created);
        QVERIFY(store.isPersistent());
        QVERIFY(store.recordLessonOpened(QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("l")));
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL (see the comment in ProgressStore::openFile)
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), ProgressStore::schemaVersion());
        query.finish();
        QVERIFY(QFileInfo(dir + QStringLiteral("/progress.db-wal")).size() > 0);
        QVERIFY(store.flush());
        QCOMPARE(QFileInfo(dir + QStringLiteral("/progress.db-wal")).size(), 0); // all in the file now
    }

    void emptyFileCountsAsNew()
    {
        QTemporaryDir tmp;
        QVERIFY(overwrite(tmp.filePath(QStringLiteral("progress.db")), 0, {}));
        ProgressStore store;
        QCOMPARE(store.open(tmp.path()).status, Status::Created);
    }

    void garbageFileIsMovedAside()
    {
        QTemporaryDir tmp;
        QVERIFY(makeHistory(tmp.path()));
        const QString path = tmp.filePath(QStringLiteral("progress.db"));
        QFile::remove(path);
        const QByteArray junk = garbage(8192);
        QVERIFY(overwrite(path, 0, junk));
        QVERIFY(overwrite(path + QStringLiteral("-wal"), 0, garbage(100)));
        QVERIFY(overwrite(path + QStringLiteral("-shm"), 0, garbage(100)));

        ProgressStore store;
        const auto opened = store.open(tmp.path());
        QCOMPARE(opened.status, Status::RecoveredFromCorrupt);
        QVERIFY(QRegularExpression(QStringLiteral("/progress-corrupt-\\d{8}-\\d{6}\\.db$")).match(opened.movedAsidePath).hasMatch());
        QCOMPARE(contents(opened.movedAsidePath), junk); // kept, byte for byte
        QVERIFY(QFile::exists(opened.movedAsidePath + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(opened.movedAsidePath + QStringLiteral("-shm")));
        QVERIFY(opened.message.contains(QFileInfo(opened.movedAsidePath).fileName()));
        QVERIFY(store.isPersistent());
        QVERIFY(store.recentActivity(10).isEmpty()); // a fresh record...
        QVERIFY(store.recordBreathingSession(QStringLiteral("box"), 30, true)); // ...that works
        store.close();
        QCOMPARE(store.open(tmp.path()).status, Status::Ok);
        QCOMPARE(store.breathingSeconds(), 30);

        // A second damaged file in the same second gets its own name.
        store.close();
        QVERIFY(overwrite(path, 0, junk));
        const auto again = store.open(tmp.path());
        QCOMPARE(again.status, Status::RecoveredFromCorrupt);
        QVERIFY(again.movedAsidePath != opened.movedAsidePath);
        QVERIFY(QFile::exists(opened.movedAsidePath));
    }

    void damagedPageIsDetected()
    {
        QTemporaryDir tmp;
        QVERIFY(makeHistory(tmp.path()));
        const QString path = tmp.filePath(QStringLiteral("progress.db"));
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 3 * 4096);
        // The header page stays valid: only quick_check can tell.
        QVERIFY(overwrite(path, 4096, garbage(int(size - 4096))));
        ProgressStore store;
        const auto opened = store.open(tmp.path());
        QCOMPARE(opened.status, Status::RecoveredFromCorrupt);
        QVERIFY(!opened.message.isEmpty());
        QVERIFY(store.isPersistent());
    }

    // IntegrityCheck::Later: open() reads only the header, so damage deeper in may pass it; the
    // separate check finds it and replaceDamagedFile() starts over as open() would have.
    void damageFoundAfterOpening()
    {
        QTemporaryDir tmp;
        QVERIFY(makeHistory(tmp.path()));
        const QString path = tmp.filePath(QStringLiteral("progress.db"));
        QVERIFY(!ProgressStore::isDamaged(path));

        ProgressStore store;
        QCOMPARE(store.open(tmp.path(), ProgressStore::IntegrityCheck::Later).status, Status::Ok);
        QCOMPARE(store.filePath(), path);
        QVERIFY(!ProgressStore::isDamaged(store.filePath()));

        const qint64 size = QFileInfo(path).size();
        QVERIFY(overwrite(path, 4096, garbage(int(size - 4096))));
        QString detail;
        QVERIFY(ProgressStore::isDamaged(path, &detail));
        QVERIFY(!detail.isEmpty());

        const auto replaced = store.replaceDamagedFile();
        QCOMPARE(replaced.status, Status::RecoveredFromCorrupt);
        QVERIFY(!replaced.message.isEmpty());
        QVERIFY(QFile::exists(replaced.movedAsidePath));
        QVERIFY(store.isPersistent());
        QCOMPARE(store.filePath(), path);
        QVERIFY(!ProgressStore::isDamaged(path));
        QVERIFY(store.recordLessonOpened(QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("l")));
    }

    // Something standing where the file should be that SQLite cannot open is not the learner's
    // damaged record: it stays where it is, and the session runs in memory.
    void directoryInPlaceOfTheFileIsLeftAlone()
    {
        QTemporaryDir tmp;
        QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("progress.db")));
        ProgressStore store;
        const auto opened = store.open(tmp.path());
        QCOMPARE(opened.status, Status::UnreadableFallback);
        QVERIFY(!opened.message.isEmpty());
        QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("progress.db"))).isDir());
        QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("progress.db")});
        QVERIFY(store.recordLessonOpened(QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("l")));
    }

    void missingLocationFallsBackToMemory()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("plain-file"));
        QVERIFY(overwrite(file, 0, "x"));
        ProgressStore store;
        const auto opened = store.open(file + QStringLiteral("/data")); // its parent is a file
        QCOMPARE(opened.status, Status::ReadOnlyFallback);
        QVERIFY(!opened.message.isEmpty());
        QVERIFY(!store.isPersistent());
        QVERIFY(store.filePath().isEmpty());
        QVERIFY(store.recordLessonCompleted(QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("l"), 60));
        QCOMPARE(store.moduleProgress(QStringLiteral("c"), {{QStringLiteral("m"), {QStringLiteral("l")}, {}}}, 80)
                     .value(0)
                     .lessonsDone,
                 1);
    }

    void readOnlyDirectoryFallsBackToMemory()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir tmp;
        const QString empty = tmp.filePath(QStringLiteral("empty"));
        const QString existing = tmp.filePath(QStringLiteral("existing"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(makeHistory(existing));
        const QByteArray before = contents(existing + QStringLiteral("/progress.db"));
        QVERIFY(QFile::setPermissions(empty, QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(QFile::setPermissions(existing, QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(QFile::setPermissions(existing + QStringLiteral("/progress.db"), QFile::ReadOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(empty, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QFile::setPermissions(existing, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
#ifdef Q_OS_LINUX
        DacCapabilities capabilities;
        if (geteuid() == 0 && !capabilities.drop())
            QSKIP("running as root and capset refused to drop CAP_DAC_OVERRIDE, so chmod cannot make a directory "
                  "read-only here; missingLocationFallsBackToMemory and the full-disk tests cover the fallback");
#else
        if (geteuid() == 0)
            QSKIP("running as root: chmod cannot make a directory read-only for root");
#endif
        ProgressStore store;
        auto opened = store.open(empty);
        QCOMPARE(opened.status, Status::ReadOnlyFallback);
        QVERIFY(!opened.message.isEmpty());
        QVERIFY(!store.isPersistent());
        QVERIFY(store.recordBreathingSession(QStringLiteral("box"), 30, true));
        QCOMPARE(store.breathingSeconds(), 30);

        opened = store.open(existing);
        QCOMPARE(opened.status, Status::ReadOnlyFallback);
        QVERIFY(!store.isPersistent());
        QCOMPARE(store.breathingSeconds(), 165); // the history is there for the session...
        QVERIFY(store.recordBreathingSession(QStringLiteral("box"), 30, true)); // ...and it goes on
        QCOMPARE(store.breathingSeconds(), 195);
        store.close();
        QCOMPARE(contents(existing + QStringLiteral("/progress.db")), before);
#else
        QSKIP("POSIX permissions only");
#endif
    }

    void fullDiskDuringASession()
    {
        QTemporaryDir tmp;
        ProgressStore store;
        QCOMPARE(store.open(tmp.path()).status, Status::Created);
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        // SQLite's own page limit answers SQLITE_FULL exactly as a full disk does.
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        query.finish();

        const QString bulky = QStringLiteral("{\"text\":\"%1\"}").arg(QString(1500, u'x'));
        const qint64 attempt = store.startQuizAttempt(QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("q"));
        int saved = 0;
        bool failed = false;
        for (int i = 0; i < 200 && !failed; ++i) {
            if (store.recordQuizAnswer(attempt, QStringLiteral("q%1").arg(i), 1, bulky))
                ++saved;
            else
                failed = true;
        }
        QVERIFY(attempt > 0);
        QVERIFY(failed);
        QVERIFY2(store.lastError().contains(QStringLiteral("full")), qPrintable(store.lastError()));
        QCOMPARE(store.attemptAnswers(attempt).size(), saved); // nothing half-written
        QCOMPARE(store.recentActivity(1000).size(), saved + 1);

        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        query.finish();
        QVERIFY(store.recordQuizAnswer(attempt, QStringLiteral("after"), 1, bulky));
        QVERIFY(store.lastError().isEmpty());
    }

    void fullDiskAtOpen()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir tmp;
        QVERIFY(makeHistory(tmp.path()));
        // RLIMIT_FSIZE makes every write that would grow a file fail (EFBIG), as a full disk would.
        rlimit saved{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &saved) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny = saved;
        tiny.rlim_cur = 1;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
        ProgressStore store;
        const auto opened = store.open(tmp.path());
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QCOMPARE(opened.status, Status::ReadOnlyFallback);
        QVERIFY(!opened.message.isEmpty());
        QVERIFY(!store.isPersistent());
        QCOMPARE(store.breathingSeconds(), 165); // the history is readable in the session
        QVERIFY(store.recordBreathingSession(QStringLiteral("box"), 5, false));
        QCOMPARE(store.breathingSeconds(), 170);
#else
        QSKIP("needs RLIMIT_FSIZE");
#endif
    }

    void newerSchemaIsLeftUntouched()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("progress.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE hologram (id INTEGER PRIMARY KEY, note TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO hologram (note) VALUES ('from 2031')")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray bytes = contents(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        const QStringList files = entries(tmp.path());

        ProgressStore store;
        const auto opened = store.open(tmp.path());
        QCOMPARE(opened.status, Status::NewerSchemaFallback);
        QVERIFY(opened.message.contains(QStringLiteral("newer version")));
        QVERIFY(opened.movedAsidePath.isEmpty());
        QVERIFY(!store.isPersistent());
        QVERIFY(store.recordLessonOpened(QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("l")));
        QCOMPARE(store.resumePoint(QStringLiteral("c")).lessonId, QStringLiteral("l"));
        store.close();

        QCOMPARE(contents(path), bytes);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(entries(tmp.path()), files); // nothing moved, nothing created beside it
    }

    void fixtureOpensWithTheSameFigures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("version 1") << QStringLiteral(PAUSA_TEST_DATA "/progress-v1.db");
        QTest::newRow("version 2") << QStringLiteral(PAUSA_TEST_DATA "/progress-v2.db");
    }

    void fixtureOpensWithTheSameFigures()
    {
        QFETCH(QString, fixture);
        QTemporaryDir tmp;
        QVERIFY(QFile::copy(fixture, tmp.filePath(QStringLiteral("progress.db"))));
        QFile::setPermissions(tmp.filePath(QStringLiteral("progress.db")), QFile::ReadOwner | QFile::WriteOwner);
        ProgressStore old;
        const auto opened = old.open(tmp.path());
        QCOMPARE(opened.status, Status::Ok);
        QVERIFY(old.isPersistent());
        {
            QSqlQuery query(QSqlDatabase::database(old.connectionName()));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), ProgressStore::schemaVersion());
        }

        // The figures the fixture history stands for (see progressfixture.cpp)...
        const auto modules = old.moduleProgress(ProgressFixture::courseId(), ProgressFixture::structure(), 80);
        QCOMPARE(modules.size(), 2);
        QCOMPARE(modules[0].lessonsDone, 2);
        QCOMPARE(modules[0].attempts, 2);
        QCOMPARE(modules[0].bestScore.value_or(-1), 100.0);
        QCOMPARE(modules[0].percentComplete, 75.0);
        QCOMPARE(modules[0].secondsSpent, 300 + 240 + 200 + 180);
        QCOMPARE(modules[0].lastActivity, ProgressFixture::at(8, 10));
        QCOMPARE(modules[1].lastActivity, ProgressFixture::at(9, 10));
        const auto resume = old.resumePoint(ProgressFixture::courseId());
        QCOMPARE(resume.kind, ProgressStore::ResumePoint::Kind::Lesson);
        QCOMPARE(resume.lessonId, QStringLiteral("andas-forst"));
        QCOMPARE(resume.cardIndex, 2);
        QCOMPARE(old.streakDays(QDate(2026, 1, 10)), 5);
        QCOMPARE(old.breathingSeconds(), 165);
        QCOMPARE(old.recentActivity(1000).size(), 22);

        // ...and exactly what the same history recorded by today's code reads as.
        QTemporaryDir freshDir;
        ProgressStore fresh;
        QCOMPARE(fresh.open(freshDir.path()).status, Status::Created);
        QVERIFY(ProgressFixture::record(fresh));
        QCOMPARE(ProgressFixture::describe(old), ProgressFixture::describe(fresh));

        // And the old file takes new events.
        QVERIFY(old.recordLessonCompleted(ProgressFixture::courseId(), QStringLiteral("lugnet"),
                                          QStringLiteral("andas-forst"), 100));
        QCOMPARE(old.resumePoint(ProgressFixture::courseId()).lessonId, QStringLiteral("tre-typer"));
    }
};

QTEST_GUILESS_MAIN(TestProgressRecovery)
#include "tst_progressrecovery.moc"
