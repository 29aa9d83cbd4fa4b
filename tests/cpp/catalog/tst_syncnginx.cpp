// Syncing against a real static web host: nginx from Debian serving a published folder on a free
// loopback port. Install, update one lesson (only that object is fetched), no change (one 304), remove;
// and the headless `pausa --subscribe URL --sync` with no display.
#include "catalogtestsupport.h"

#include "catalog/courseinstaller.h"
#include "content/courseloader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace CatalogTest;

class TestSyncNginx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    Nginx m_nginx;
    QString m_course;   // the author's copy
    QString m_www;      // the publication nginx serves
    QString m_data;     // the learner's data folder
    std::optional<Catalog> m_published;

    QUrl catalogUrl() const { return QUrl(m_nginx.baseUrl() + QStringLiteral("catalog.json")); }
    QString installed(const QString &path) const { return m_data + QStringLiteral("/courses/safe-lifting/") + path; }
    QStringList cachedObjects() const
    {
        return QDir(m_data + QStringLiteral("/courses/.objects")).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }
    QStringList objectsOf(const Catalog &catalog) const
    {
        QStringList names;
        for (const CatalogFile &file : catalog.courses.first().files)
            names.append(QString::fromLatin1(file.sha256));
        names.removeDuplicates();
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (Nginx::executable().isEmpty())
            QSKIP("nginx is not installed (scripts/install-deps.sh installs nginx-light)");
        m_course = m_work.filePath(QStringLiteral("author/safe-lifting"));
        m_www = m_work.filePath(QStringLiteral("www"));
        m_data = m_work.filePath(QStringLiteral("data"));
        QVERIFY(copyFolder(fixtureCourse(), m_course));
        m_published = publish(m_course, m_www);
        QVERIFY(m_published);
        QString error;
        QVERIFY2(m_nginx.start(m_www, &error), qPrintable(error));
    }

    void install()
    {
        CatalogSync sync(m_data);
        QVERIFY(waitFor(sync, [&] { sync.install(catalogUrl()); }));
        QCOMPARE(resultLines(sync), QStringLiteral("safe-lifting: installed"));
        // A plain course folder: every published file, byte for byte, and it loads with no error.
        for (const CatalogFile &file : m_published->courses.first().files)
            QCOMPARE(readFile(installed(file.path)), readFile(m_course + u'/' + file.path));
        Diagnostics diagnostics;
        QVERIFY(loadCourse(installed({}), LoadDepth::Full, &diagnostics));
        QCOMPARE(errorCount(diagnostics), 0);
        // One catalog, then each object once.
        const QStringList requests = m_nginx.requests();
        QCOMPARE(requests.first(), QStringLiteral("GET /catalog.json 200"));
        QCOMPARE(requests.size(), 1 + objectsOf(*m_published).size());
        QCOMPARE(cachedObjects(), objectsOf(*m_published));
        QCOMPARE(filesUnder(m_data + QStringLiteral("/courses/.staging")), QStringList());
    }

    void updateOneLesson()
    {
        const QString lesson = QStringLiteral("01-your-back/02-the-lift.md");
        const QByteArray edited = readFile(m_course + u'/' + lesson) + "\nBend your knees, not your back.\n";
        QVERIFY(writeFile(m_course + u'/' + lesson, edited));
        const QString catalogFile = m_www + QStringLiteral("/catalog.json");
        const QDateTime published = QFileInfo(catalogFile).lastModified();
        const std::optional<Catalog> republished = publish(m_course, m_www);
        QVERIFY(republished);
        // nginx's ETag is the file's modification time (in seconds) and size: a catalog republished within
        // the same second at the same size would look unchanged, as it would to any HTTP cache.
        QFile touched(catalogFile);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(published.addSecs(10), QFileDevice::FileModificationTime));
        const QByteArray newObject = QCryptographicHash::hash(edited, QCryptographicHash::Sha256).toHex();
        const qsizetype before = m_nginx.requests().size();

        CatalogSync sync(m_data);
        QVERIFY(waitFor(sync, [&] { sync.syncAll(); }));
        QCOMPARE(resultLines(sync), QStringLiteral("safe-lifting: updated"));
        QCOMPARE(m_nginx.requests().mid(before),
                 (QStringList{QStringLiteral("GET /catalog.json 200"),
                              QStringLiteral("GET /objects/") + QString::fromLatin1(newObject) + QStringLiteral(" 200")}));
        QCOMPARE(readFile(installed(lesson)), edited);
        // The old lesson's object is used by no version any more: removed.
        QCOMPARE(cachedObjects(), objectsOf(*republished));
        m_published = republished;
    }

    void noChangeCostsOne304()
    {
        const qsizetype before = m_nginx.requests().size();
        CatalogSync sync(m_data);
        QVERIFY(waitFor(sync, [&] { sync.syncAll(); }));
        QCOMPARE(resultLines(sync), QStringLiteral("safe-lifting: unchanged"));
        QCOMPARE(m_nginx.requests().mid(before), QStringList{QStringLiteral("GET /catalog.json 304")});
        QCOMPARE(sync.requestCount(), 1);
    }

    void headlessSyncNeedsNoDisplay()
    {
        // A second data folder, prepared as an administrator would: no DISPLAY, no platform plugin.
        const QString data = m_work.filePath(QStringLiteral("laptop"));
        QProcess pausa;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        pausa.setProcessEnvironment(environment);
        const QStringList arguments{QStringLiteral("--data-dir"), data, QStringLiteral("--subscribe"), catalogUrl().toString(),
                                    QStringLiteral("--sync")};
        pausa.start(QStringLiteral(PAUSA_APP), arguments);
        QVERIFY(pausa.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(pausa.readAllStandardOutput()), QStringLiteral("safe-lifting: installed\n"));
        QCOMPARE(pausa.exitCode(), 0);
        pausa.start(QStringLiteral(PAUSA_APP), {QStringLiteral("--data-dir"), data, QStringLiteral("--sync")});
        QVERIFY(pausa.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(pausa.readAllStandardOutput()), QStringLiteral("safe-lifting: unchanged\n"));
        QCOMPARE(pausa.exitCode(), 0);
    }

    void removeKeepsProgress()
    {
        const QString progress = m_data + QStringLiteral("/progress.db");
        QVERIFY(writeFile(progress, "stand-in for the learner's progress"));
        CatalogSync sync(m_data);
        QCOMPARE(sync.removeCourse(QStringLiteral("safe-lifting")), QString());
        QVERIFY(!QFileInfo::exists(installed({})));
        QCOMPARE(cachedObjects(), QStringList());
        QCOMPARE(CourseInstaller::installedCourseFolders(m_data), QStringList());
        QCOMPARE(readFile(progress), QByteArray("stand-in for the learner's progress"));
        // Not subscribed to it any more: a sync leaves it away.
        QVERIFY(waitFor(sync, [&] { sync.syncAll(); }));
        QVERIFY(!QFileInfo::exists(installed({})));
    }

    void cleanupTestCase() { m_nginx.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncNginx)
#include "tst_syncnginx.moc"
