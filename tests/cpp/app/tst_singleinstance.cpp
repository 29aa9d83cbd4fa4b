// One Pausa per data folder, with the real app: a second start on the folder of a running Pausa hands
// over to it and quits without writing there; a Pausa that was killed leaves nothing that stops the
// next start.
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

QProcess *startPausa(const QString &dataDir, QObject *parent)
{
    auto *pausa = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pausa.instance.info=true"));
    pausa->setProcessEnvironment(env);
    pausa->setProcessChannelMode(QProcess::MergedChannels); // its log and its messages, in one stream
    pausa->setProgram(QStringLiteral(PAUSA_APP));
    pausa->setArguments({QStringLiteral("--data-dir"), dataDir});
    pausa->start();
    return pausa;
}

// The first start is up once its window listens for a second start (it says so in its log).
bool waitUntilListening(QProcess *pausa, QByteArray *log)
{
    while (!log->contains("listening for a second start") && pausa->waitForReadyRead(30000))
        *log += pausa->readAll();
    return log->contains("listening for a second start") && pausa->state() == QProcess::Running;
}

struct FileStamp
{
    qint64 size = -1;
    QDateTime modified;
    bool operator==(const FileStamp &other) const { return size == other.size && modified == other.modified; }
};

FileStamp stamp(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? FileStamp{info.size(), info.lastModified()} : FileStamp{};
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartHandsOverAndTouchesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess *first = startPausa(dir.path(), this);
        QByteArray firstLog;
        QVERIFY2(waitUntilListening(first, &firstLog), firstLog.constData());
        const QString db = dir.filePath(QStringLiteral("progress.db"));
        const FileStamp dbBefore = stamp(db);
        const FileStamp walBefore = stamp(db + QStringLiteral("-wal"));

        QProcess *second = startPausa(dir.path(), this);
        QVERIFY2(second->waitForFinished(15000), "the second start did not quit");
        const QString said = QString::fromLocal8Bit(second->readAll());
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QVERIFY2(second->exitCode() == 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("already open")), qPrintable(said));

        // The first one was asked to show its window, and is still running.
        while (!firstLog.contains("showing the window") && first->waitForReadyRead(5000))
            firstLog += first->readAll();
        QVERIFY2(firstLog.contains("showing the window"), firstLog.constData());
        QCOMPARE(first->state(), QProcess::Running);
        // The second start never wrote to the database (opening the store writes at once).
        QVERIFY(stamp(db) == dbBefore);
        QVERIFY(stamp(db + QStringLiteral("-wal")) == walBefore);

        first->terminate();
        QVERIFY(first->waitForFinished(10000));
    }

    void aKilledPausaDoesNotLockTheFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess *first = startPausa(dir.path(), this);
        QByteArray log;
        QVERIFY2(waitUntilListening(first, &log), log.constData());
        first->kill(); // SIGKILL: the lock file and the socket stay behind
        QVERIFY(first->waitForFinished(5000));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("pausa.lock"))));

        QProcess *next = startPausa(dir.path(), this);
        log.clear();
        QVERIFY2(waitUntilListening(next, &log), log.constData());
        // ...and the start after that hands over to it, through the socket the killed one had.
        QProcess *third = startPausa(dir.path(), this);
        QVERIFY(third->waitForFinished(15000));
        QCOMPARE(third->exitCode(), 0);
        QCOMPARE(next->state(), QProcess::Running);
        next->terminate();
        QVERIFY(next->waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
