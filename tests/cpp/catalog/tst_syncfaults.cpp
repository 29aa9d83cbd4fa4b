// A hostile or broken server (issue #13 §4): each case gives one clear message, the installed version
// keeps working, and nothing half-written is left behind.
#include "catalogtestsupport.h"
#include "faultserver.h"

#include "content/courseloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimer>

using namespace CatalogTest;

namespace {

const QString lesson = QStringLiteral("01-your-back/02-the-lift.md");

// A catalog with its version and byte totals made consistent again after `edit`.
QByteArray editedCatalog(Catalog catalog, const std::function<void(QList<CatalogFile> &)> &edit)
{
    CatalogCourse &course = catalog.courses.first();
    edit(course.files);
    std::sort(course.files.begin(), course.files.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
    course.bytes = 0;
    for (const CatalogFile &file : course.files)
        course.bytes += file.bytes;
    course.version = CatalogCourse::versionOf(course.files);
    return catalog.toJson();
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<FaultServer> m_server;
    QString m_course;
    QString m_www;
    QString m_data;
    QByteArray m_v1Lesson;
    Catalog m_v2;
    QByteArray m_v2Object;   // the sha256 of the one changed lesson

    QUrl catalogUrl() const { return QUrl(m_server->baseUrl() + QStringLiteral("catalog.json")); }
    QString objectSuffix() const { return QStringLiteral("/objects/") + QString::fromLatin1(m_v2Object); }

    // Syncs with the fault in place; checks the one message and that version 1 is intact.
    void expectFailure(const FaultServer::Rule &rule, const QString &message)
    {
        m_server->setRule(rule);
        CatalogSync sync(m_data);
        sync.setTimeouts(HttpFetch::Timeouts{1500, 1000, 1000});
        QVERIFY(waitFor(sync, [&] { sync.syncAll(); }));
        const QString lines = resultLines(sync);
        QVERIFY(sync.failed());
        QVERIFY2(sync.results().size() == 1 && lines.startsWith(QStringLiteral("safe-lifting: failed: ")), qPrintable(lines));
        QVERIFY2(lines.contains(message), qPrintable(lines));
        QVERIFY2(!sync.results().first().message.contains(u'\n'), qPrintable(lines));
        // The installed version keeps working: version 1's lesson, a course that loads with no error.
        QCOMPARE(readFile(m_data + QStringLiteral("/courses/safe-lifting/") + lesson), m_v1Lesson);
        Diagnostics diagnostics;
        QVERIFY(loadCourse(m_data + QStringLiteral("/courses/safe-lifting"), LoadDepth::Full, &diagnostics));
        QCOMPARE(errorCount(diagnostics), 0);
        // Nothing half-written: no staging folder, no partial download, no object that is not verified.
        QCOMPARE(filesUnder(m_data + QStringLiteral("/courses/.staging")), QStringList());
        const QDir objects(m_data + QStringLiteral("/courses/.objects"));
        for (const QString &name : objects.entryList(QDir::Files | QDir::System | QDir::Hidden)) {
            QVERIFY2(!name.endsWith(QStringLiteral(".part")), qPrintable(name));
            QCOMPARE(QCryptographicHash::hash(readFile(objects.filePath(name)), QCryptographicHash::Sha256).toHex(),
                     name.toLatin1());
        }
        m_server->clearRule();
    }

private Q_SLOTS:
    void init()
    {
        m_work = std::make_unique<QTemporaryDir>();
        m_course = m_work->filePath(QStringLiteral("author"));
        m_www = m_work->filePath(QStringLiteral("www"));
        m_data = m_work->filePath(QStringLiteral("data"));
        QVERIFY(copyFolder(fixtureCourse(), m_course));
        QVERIFY(publish(m_course, m_www));
        m_server = std::make_unique<FaultServer>(m_www);
        QVERIFY(m_server->listen());
        CatalogSync sync(m_data);
        QVERIFY(waitFor(sync, [&] { sync.install(catalogUrl()); }));
        QCOMPARE(resultLines(sync), QStringLiteral("safe-lifting: installed"));
        m_v1Lesson = readFile(m_course + u'/' + lesson);
        // Version 2 changes one lesson.
        const QByteArray edited = m_v1Lesson + "\nBend your knees.\n";
        QVERIFY(writeFile(m_course + u'/' + lesson, edited));
        const std::optional<Catalog> v2 = publish(m_course, m_www);
        QVERIFY(v2);
        m_v2 = *v2;
        m_v2Object = QCryptographicHash::hash(edited, QCryptographicHash::Sha256).toHex();
    }
    void cleanup()
    {
        m_server.reset();
        m_work.reset();
    }

    void catalogOver2MiB()
    {
        expectFailure({QStringLiteral("/catalog.json"), FaultServer::Fault::Replace, 0,
                       QByteArray(CatalogLimits::maxCatalogBytes + 10, ' ')},
                      QStringLiteral("the catalog is too big: the server announces 2097162 bytes, at most 2097152"));
    }
    void catalogOver2MiBWithoutLength()
    {
        expectFailure({QStringLiteral("/catalog.json"), FaultServer::Fault::Oversize, 0, {}},
                      QStringLiteral("the catalog is bigger than 2097152 bytes; the download was stopped"));
    }
    void objectOver20MiB()
    {
        const QByteArray json = editedCatalog(m_v2, [](QList<CatalogFile> &files) { files.first().bytes = 21 * 1024 * 1024; });
        expectFailure({QStringLiteral("/catalog.json"), FaultServer::Fault::Replace, 0, json}, QStringLiteral("is too big: 22020096 bytes"));
    }
    void courseOver200MiB()
    {
        const QByteArray json = editedCatalog(m_v2, [](QList<CatalogFile> &files) {
            for (int i = 0; i < 11; ++i)
                files.append(CatalogFile{QStringLiteral("video/%1.mp4").arg(i), QByteArray(64, 'a'), 20 * 1024 * 1024});
        });
        expectFailure({QStringLiteral("/catalog.json"), FaultServer::Fault::Replace, 0, json},
                      QStringLiteral("course \"safe-lifting\" is too big"));
    }
    void over10000Files()
    {
        const QByteArray json = editedCatalog(m_v2, [](QList<CatalogFile> &files) {
            for (int i = 0; i < 10000; ++i)
                files.append(CatalogFile{QStringLiteral("x/%1").arg(i), QByteArray(64, 'a'), 1});
        });
        expectFailure({QStringLiteral("/catalog.json"), FaultServer::Fault::Replace, 0, json},
                      QStringLiteral("has too many files"));
    }
    void pathLeavesTheCourse()
    {
        const QByteArray json = editedCatalog(m_v2, [](QList<CatalogFile> &files) { files.first().path = QStringLiteral("../../evil.md"); });
        expectFailure({QStringLiteral("/catalog.json"), FaultServer::Fault::Replace, 0, json}, QStringLiteral("leaves its folder"));
        QVERIFY(!QFileInfo::exists(m_data + QStringLiteral("/evil.md")));
    }
    void hashMismatch()
    {
        const QByteArray object = readFile(m_www + objectSuffix());
        QByteArray changed = object;
        changed[0] = changed[0] == 'x' ? 'y' : 'x';
        expectFailure({objectSuffix(), FaultServer::Fault::Replace, 0, changed},
                      QStringLiteral("01-your-back/02-the-lift.md arrived changed or damaged"));
    }
    void sizeMismatch()
    {
        expectFailure({objectSuffix(), FaultServer::Fault::Replace, 0, readFile(m_www + objectSuffix()) + "more"},
                      QStringLiteral("02-the-lift.md is too big: the server announces"));
    }
    void bodyPastTheDeclaredSizeIsCutOff()
    {
        expectFailure({objectSuffix(), FaultServer::Fault::Oversize, 0, {}}, QStringLiteral("the download was stopped"));
    }
    void truncatedBody()
    {
        expectFailure({objectSuffix(), FaultServer::Fault::Truncate, 0, {}}, QStringLiteral("02-the-lift.md was cut short"));
    }
    void invalidJson()
    {
        expectFailure({QStringLiteral("/catalog.json"), FaultServer::Fault::Replace, 0, "{\"format\": 1, \"courses\": ["},
                      QStringLiteral("the catalog is not valid JSON"));
    }
    void unknownFormat()
    {
        expectFailure({QStringLiteral("/catalog.json"), FaultServer::Fault::Replace, 0, "{\"format\": 2, \"courses\": []}"},
                      QStringLiteral("the catalog has an unknown format (2)"));
    }
    void httpErrors_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("catalog 404") << QStringLiteral("/catalog.json") << 404 << QStringLiteral("(HTTP 404 Not Found)");
        QTest::newRow("catalog 500") << QStringLiteral("/catalog.json") << 500 << QStringLiteral("the server failed (HTTP 500)");
        QTest::newRow("catalog 429") << QStringLiteral("/catalog.json") << 429 << QStringLiteral("(HTTP 429 Too Many Requests)");
        QTest::newRow("object 404") << QStringLiteral("objects/") << 404 << QStringLiteral("(HTTP 404 Not Found)");
        QTest::newRow("object 500") << QStringLiteral("objects/") << 500 << QStringLiteral("the server failed (HTTP 500)");
    }
    void httpErrors()
    {
        QFETCH(QString, suffix);
        QFETCH(int, status);
        QFETCH(QString, message);
        expectFailure({suffix == u"objects/" ? objectSuffix() : suffix, FaultServer::Fault::Status, status, {}}, message);
    }
    void connectionRefused()
    {
        m_server->close();
        expectFailure({}, QStringLiteral("the server refused the connection (127.0.0.1:"));
    }
    void serverNeverAnswers()
    {
        expectFailure({QStringLiteral("/catalog.json"), FaultServer::Fault::NeverAnswer, 0, {}},
                      QStringLiteral("the server did not answer within 1.5 seconds"));
    }
    void serverTrickles()
    {
        expectFailure({objectSuffix(), FaultServer::Fault::Trickle, 0, {}}, QStringLiteral("sends safe-lifting/01-your-back/02-the-lift.md too slowly"));
    }
    void redirectToAnotherHost()
    {
        expectFailure({QStringLiteral("/catalog.json"), FaultServer::Fault::RedirectAway, 0, {}},
                      QStringLiteral("sent Pausa on to another address (127.0.0.2)"));
    }
    void fullDisk()
    {
        // The partial download lands on a device that is full (/dev/full: every write fails, ENOSPC).
        const QString part = m_data + QStringLiteral("/courses/.objects/") + QString::fromLatin1(m_v2Object) + QStringLiteral(".part");
        if (!QFile::link(QStringLiteral("/dev/full"), part))
            QSKIP("cannot link to /dev/full here");
        expectFailure({}, QStringLiteral("01-your-back/02-the-lift.md on this device: No space left on device"));
    }
    void plainHttpOnlyToLoopback()
    {
        CatalogSync sync(m_data);
        QVERIFY(waitFor(sync, [&] { sync.install(QUrl(QStringLiteral("http://example.org/catalog.json"))); }));
        QVERIFY(sync.failed());
        QVERIFY2(resultLines(sync).contains(QStringLiteral("must start with https://")), qPrintable(resultLines(sync)));
        QCOMPARE(HttpFetch::refusal(QUrl(QStringLiteral("https://example.org/c.json"))), QString());
        QCOMPARE(HttpFetch::refusal(QUrl(QStringLiteral("http://[::1]:8080/c.json"))), QString());
        QVERIFY(!HttpFetch::refusal(QUrl(QStringLiteral("ftp://example.org/c.json"))).isEmpty());
    }
    void cancelKeepsTheInstalledVersion()
    {
        m_server->setRule({objectSuffix(), FaultServer::Fault::Trickle, 0, {}});
        CatalogSync sync(m_data);
        QVERIFY(waitFor(sync, [&] {
            sync.syncAll();
            QTimer::singleShot(300, &sync, &CatalogSync::cancel);   // while the object trickles in
        }));
        QCOMPARE(sync.error(), QStringLiteral("cancelled"));
        QCOMPARE(readFile(m_data + QStringLiteral("/courses/safe-lifting/") + lesson), m_v1Lesson);
        QCOMPARE(filesUnder(m_data + QStringLiteral("/courses/.staging")), QStringList());
        const QStringList objects = QDir(m_data + QStringLiteral("/courses/.objects")).entryList(QDir::Files | QDir::System);
        QVERIFY2(!objects.join(u' ').contains(QStringLiteral(".part")), qPrintable(objects.join(u' ')));
    }
    void resumesWithVerifiedObjects()
    {
        // Version 3 changes a second lesson. The first try gets that one (verified, kept) while the
        // server never answers for the other; the next try fetches only what is still missing.
        const QString second = QStringLiteral("02-aids/01-use-the-trolley.md");
        QVERIFY(writeFile(m_course + u'/' + second, readFile(m_course + u'/' + second) + "\nAsk for help.\n"));
        QVERIFY(publish(m_course, m_www));
        const QString secondObject = QStringLiteral("/objects/")
            + QString::fromLatin1(QCryptographicHash::hash(readFile(m_course + u'/' + second), QCryptographicHash::Sha256).toHex());
        expectFailure({objectSuffix(), FaultServer::Fault::NeverAnswer, 0, {}}, QStringLiteral("did not answer"));
        QVERIFY(m_server->requests().contains(secondObject));
        const qsizetype before = m_server->requests().size();
        CatalogSync sync(m_data);
        QVERIFY(waitFor(sync, [&] { sync.syncAll(); }));
        QCOMPARE(resultLines(sync), QStringLiteral("safe-lifting: updated"));
        QCOMPARE(m_server->requests().mid(before), (QStringList{QStringLiteral("/catalog.json"), objectSuffix()}));
        QCOMPARE(readFile(m_data + QStringLiteral("/courses/safe-lifting/") + lesson), readFile(m_course + u'/' + lesson));
        QCOMPARE(readFile(m_data + QStringLiteral("/courses/safe-lifting/") + second), readFile(m_course + u'/' + second));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
