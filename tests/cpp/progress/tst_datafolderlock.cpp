#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "progress/datafolderlock.h"

// The data folder's lock: a lock file that names no process (its process was SIGKILLed between
// creating it and writing its id) is left over, not held; a lock this process holds is held.
class TestDataFolderLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptyLockFileIsLeftOver()
    {
        QTemporaryDir dir;
        QFile leftOver(dir.filePath(QStringLiteral("pausa.lock")));
        QVERIFY(leftOver.open(QIODevice::WriteOnly));
        leftOver.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("names no process")));
        DataFolderLock lock(dir.path());
        QCOMPARE(lock.lock(), DataFolderLock::Result::Locked);
    }

    void aLiveHolderIsHeld()
    {
        QTemporaryDir dir;
        DataFolderLock first(dir.path());
        QCOMPARE(first.lock(), DataFolderLock::Result::Locked);
        // A second lock object on the same folder (as a second start would make) is refused, and
        // the holder it names is this process.
        DataFolderLock second(dir.path());
        QCOMPARE(second.lock(), DataFolderLock::Result::HeldByOther);
        QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
    }
};

QTEST_GUILESS_MAIN(TestDataFolderLock)
#include "tst_datafolderlock.moc"
