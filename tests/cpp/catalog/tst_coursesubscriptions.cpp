// The "Add courses" model over a loopback catalog: list a catalog's courses, install the selected ones
// (progress, coursesInstalled), cancel, check for updates, remove; one line when something fails.
#include "catalogtestsupport.h"
#include "coursesubscriptions.h"
#include "faultserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace CatalogTest;

class TestCourseSubscriptions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    QVariant role(const CourseSubscriptions &model, int row, CourseSubscriptions::Roles role)
    {
        return model.data(model.index(row), role);
    }

private Q_SLOTS:
    void installUpdateRemove()
    {
        const QString www = m_work.filePath(QStringLiteral("www"));
        const QString author = m_work.filePath(QStringLiteral("author"));
        QVERIFY(copyFolder(fixtureCourse(), author));
        QVERIFY(publish(author, www));
        FaultServer server(www);
        QVERIFY(server.listen());
        const QString link = server.baseUrl() + QStringLiteral("catalog.json");

        CourseSubscriptions model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataDir(m_work.filePath(QStringLiteral("data")));
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy busy(&model, &CourseSubscriptions::busyChanged);
        QSignalSpy installed(&model, &CourseSubscriptions::coursesInstalled);

        model.openCatalog(link);
        QVERIFY(model.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 30000);
        QCOMPARE(model.message(), QString());
        QCOMPARE(model.publisher(), QStringLiteral("Test publisher"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(role(model, 0, CourseSubscriptions::CourseIdRole).toString(), QStringLiteral("safe-lifting"));
        QCOMPARE(role(model, 0, CourseSubscriptions::LanguageRole).toString(), QStringLiteral("en"));
        QVERIFY(role(model, 0, CourseSubscriptions::BytesRole).toDouble() > 0);
        QCOMPARE(role(model, 0, CourseSubscriptions::InstalledRole).toBool(), false);
        QCOMPARE(role(model, 0, CourseSubscriptions::SelectedRole).toBool(), true);   // new courses start picked
        QVERIFY(model.anySelected());

        model.installSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 30000);
        QCOMPARE(installed.size(), 1);
        QVERIFY(!model.failed());
        QCOMPARE(model.bytesDone(), model.bytesTotal());
        QVERIFY(model.bytesTotal() > 0);
        QCOMPARE(role(model, 0, CourseSubscriptions::InstalledRole).toBool(), true);
        QCOMPARE(role(model, 0, CourseSubscriptions::UpdateAvailableRole).toBool(), false);
        // Where it came from: reported results name its activities under this address.
        QCOMPARE(model.catalogOf(QStringLiteral("safe-lifting")).toString(), link);
        QVERIFY(model.catalogOf(QStringLiteral("besvarliga-kunder")).isEmpty());

        // A new version: listed as an update; "check for updates now" installs it.
        QVERIFY(writeFile(author + QStringLiteral("/01-your-back/02-the-lift.md"),
                          readFile(author + QStringLiteral("/01-your-back/02-the-lift.md")) + "\nMore.\n"));
        QVERIFY(publish(author, www));
        model.openCatalog(link);
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 30000);
        QCOMPARE(role(model, 0, CourseSubscriptions::UpdateAvailableRole).toBool(), true);
        model.checkForUpdates();
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 30000);
        QCOMPARE(installed.size(), 2);
        QCOMPARE(role(model, 0, CourseSubscriptions::UpdateAvailableRole).toBool(), false);

        // A broken server: one line.
        server.setRule({QStringLiteral("/catalog.json"), FaultServer::Fault::Status, 500, {}});
        model.openCatalog(link);
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 30000);
        QVERIFY(model.failed());
        QVERIFY2(model.message().contains(QStringLiteral("HTTP 500")) && !model.message().contains(u'\n'), qPrintable(model.message()));
        server.clearRule();

        model.showInstalled();
        QCOMPARE(model.rowCount(), 1);
        model.removeCourse(QStringLiteral("safe-lifting"));
        QCOMPARE(installed.size(), 3);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!QFileInfo::exists(m_work.filePath(QStringLiteral("data/courses/safe-lifting"))));
        QVERIFY(model.catalogOf(QStringLiteral("safe-lifting")).isEmpty());
    }

    void refusesPlainHttpElsewhere()
    {
        CourseSubscriptions model;
        model.setDataDir(m_work.filePath(QStringLiteral("data2")));
        model.openCatalog(QStringLiteral("http://example.org/catalog.json"));
        QVERIFY(!model.busy());
        QVERIFY(model.failed());
        QVERIFY(model.message().contains(QStringLiteral("https://")));
    }
};

QTEST_GUILESS_MAIN(TestCourseSubscriptions)
#include "tst_coursesubscriptions.moc"
