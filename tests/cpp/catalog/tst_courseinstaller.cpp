// The installer's start-up repair: what a sync killed at each step leaves is put right, so the app
// finds the old or the new version of a course, never a half-switched one.
#include "catalogtestsupport.h"

#include "catalog/courseinstaller.h"

#include <QDir>
#include <QTest>

using namespace CatalogTest;

class TestCourseInstaller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repairRestoresTheOldVersionBetweenTwoRenames()
    {
        // The two-rename switch (systems without RENAME_EXCHANGE) killed between its renames: the
        // installed folder is gone, the old version waits as .staging/<id>.old.
        QTemporaryDir data;
        const QString courses = data.filePath(QStringLiteral("courses"));
        QVERIFY(copyFolder(fixtureCourse(), courses + QStringLiteral("/.staging/safe-lifting.old")));
        QVERIFY(copyFolder(fixtureCourse(), courses + QStringLiteral("/.staging/safe-lifting")));   // the new one
        CourseInstaller installer(data.path());
        installer.repair();
        QCOMPARE(snapshotNames(courses + QStringLiteral("/safe-lifting")), snapshotNames(fixtureCourse()));
        QCOMPARE(filesUnder(courses + QStringLiteral("/.staging")), QStringList());
        QCOMPARE(CourseInstaller::installedCourseFolders(data.path()), QStringList{courses + QStringLiteral("/safe-lifting")});
    }

    void repairDropsALeftoverOldVersionWhenTheNewOneIsIn()
    {
        QTemporaryDir data;
        const QString courses = data.filePath(QStringLiteral("courses"));
        QVERIFY(copyFolder(fixtureCourse(), courses + QStringLiteral("/safe-lifting")));
        QVERIFY(writeFile(courses + QStringLiteral("/safe-lifting/new.txt"), "new"));
        QVERIFY(copyFolder(fixtureCourse(), courses + QStringLiteral("/.staging/safe-lifting.old")));
        CourseInstaller(data.path()).repair();
        QCOMPARE(readFile(courses + QStringLiteral("/safe-lifting/new.txt")), QByteArray("new"));
        QCOMPARE(filesUnder(courses + QStringLiteral("/.staging")), QStringList());
    }

    void removeTakesTheFolderAway()
    {
        QTemporaryDir data;
        const QString courses = data.filePath(QStringLiteral("courses"));
        QVERIFY(copyFolder(fixtureCourse(), courses + QStringLiteral("/safe-lifting")));
        CourseInstaller installer(data.path());
        QCOMPARE(installer.remove(QStringLiteral("safe-lifting")), QString());
        QVERIFY(!QFileInfo::exists(courses + QStringLiteral("/safe-lifting")));
        QCOMPARE(filesUnder(courses + QStringLiteral("/.staging")), QStringList());
    }

private:
    static QStringList snapshotNames(const QString &folder) { return filesUnder(folder); }
};

QTEST_GUILESS_MAIN(TestCourseInstaller)
#include "tst_courseinstaller.moc"
