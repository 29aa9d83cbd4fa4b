// catalog.json format 1: written byte-identically, read strictly, with the limits of a hostile server.
#include "catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

CatalogFile file(const QString &path, char fill, qint64 bytes)
{
    return CatalogFile{path, QByteArray(64, fill), bytes};
}

Catalog sample()
{
    CatalogCourse course;
    course.id = QStringLiteral("safe-lifting");
    course.title = QStringLiteral("Safe lifting");
    course.language = QStringLiteral("en");
    course.description = QStringLiteral("Lift with your legs.");
    course.files = {file(QStringLiteral("01/a.md"), 'a', 10), file(QStringLiteral("course.md"), 'b', 20)};
    course.bytes = 30;
    course.version = CatalogCourse::versionOf(course.files);
    Catalog catalog;
    catalog.publisher = QStringLiteral("Warehouse Ltd");
    catalog.courses = {course};
    return catalog;
}

// The sample's JSON with `edit` applied to its first course.
QByteArray withCourse(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(sample().toJson()).object();
    QJsonArray courses = root.value(QStringLiteral("courses")).toArray();
    QJsonObject course = courses.first().toObject();
    edit(course);
    courses[0] = course;
    root.insert(QStringLiteral("courses"), courses);
    return QJsonDocument(root).toJson();
}

// Files as JSON, with a version and byte total that match them (so only the tested rule can fail).
void setFiles(QJsonObject &course, const QList<CatalogFile> &files)
{
    qint64 total = 0;
    for (const CatalogFile &f : files)
        total += f.bytes;
    course.insert(QStringLiteral("files"), catalogFilesToJson(files));
    course.insert(QStringLiteral("bytes"), double(total));
    course.insert(QStringLiteral("version"), QString::fromLatin1(CatalogCourse::versionOf(files)));
}

} // namespace

class TestCatalogFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsByteIdentical()
    {
        const QByteArray json = sample().toJson();
        QString error;
        const std::optional<Catalog> read = Catalog::fromJson(json, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->publisher, QStringLiteral("Warehouse Ltd"));
        QCOMPARE(read->courses.size(), 1);
        QCOMPARE(read->courses.first().files, sample().courses.first().files);
        QCOMPARE(read->toJson(), json);
        QVERIFY(json.contains("\"format\": 1"));
    }

    void versionFollowsEveryFile()
    {
        QList<CatalogFile> files = sample().courses.first().files;
        const QByteArray before = CatalogCourse::versionOf(files);
        files[1].sha256 = QByteArray(64, 'c');
        QVERIFY(CatalogCourse::versionOf(files) != before);
        QCOMPARE(CatalogCourse::versionOf(sample().courses.first().files), before);
    }

    void refusesBrokenCatalogs_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"format\": 1,") << QStringLiteral("not valid JSON");
        QTest::newRow("format 2") << QByteArray("{\"format\": 2, \"courses\": []}") << QStringLiteral("unknown format (2)");
        QTest::newRow("no format") << QByteArray("{\"courses\": []}") << QStringLiteral("unknown format (none)");
        QTest::newRow("over 2 MiB") << QByteArray(CatalogLimits::maxCatalogBytes + 1, ' ') << QStringLiteral("too big");
        QTest::newRow("bad id") << withCourse([](QJsonObject &c) { c.insert(QStringLiteral("id"), QStringLiteral("../x")); })
                                << QStringLiteral("course id");
        QTest::newRow("version mismatch")
            << withCourse([](QJsonObject &c) { c.insert(QStringLiteral("version"), QStringLiteral("00")); })
            << QStringLiteral("version of course");
        QTest::newRow("bytes mismatch")
            << withCourse([](QJsonObject &c) { c.insert(QStringLiteral("bytes"), 31); }) << QStringLiteral("add up to 30");
        QTest::newRow("object over 20 MiB")
            << withCourse([](QJsonObject &c) { setFiles(c, {file(QStringLiteral("big.mp4"), 'a', CatalogLimits::maxObjectBytes + 1)}); })
            << QStringLiteral("big.mp4 of course \"safe-lifting\" is too big");
        QTest::newRow("course over 200 MiB") << withCourse([](QJsonObject &c) {
            QList<CatalogFile> files;
            for (int i = 0; i < 11; ++i)
                files.append(file(QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0')), 'a', CatalogLimits::maxObjectBytes));
            setFiles(c, files);
        }) << QStringLiteral("course \"safe-lifting\" is too big");
        QTest::newRow("over 10,000 files") << withCourse([](QJsonObject &c) {
            QList<CatalogFile> files;
            for (int i = 0; i <= CatalogLimits::maxCourseFiles; ++i)
                files.append(file(QStringLiteral("f%1").arg(i, 5, 10, QLatin1Char('0')), 'a', 1));
            setFiles(c, files);
        }) << QStringLiteral("too many files: 10001");
        for (const QString &path : {QStringLiteral("../etc/passwd"), QStringLiteral("/etc/passwd"), QStringLiteral("a/../../b"),
                                    QStringLiteral("a//b"), QStringLiteral("C:/x"), QStringLiteral("a\\b"), QStringLiteral("./a")}) {
            QTest::newRow(qPrintable(QStringLiteral("path ") + path))
                << withCourse([path](QJsonObject &c) { setFiles(c, {file(path, 'a', 1)}); })
                << QStringLiteral("leaves its folder");
        }
        QTest::newRow("bad sha256") << withCourse([](QJsonObject &c) { setFiles(c, {CatalogFile{QStringLiteral("a"), "ABC", 1}}); })
                                    << QStringLiteral("64 lower-case hex");
        QTest::newRow("repeated path") << withCourse([](QJsonObject &c) {
            setFiles(c, {file(QStringLiteral("a"), 'a', 1), file(QStringLiteral("a"), 'b', 1)});
        }) << QStringLiteral("path repeats");
        QTest::newRow("file and folder") << withCourse([](QJsonObject &c) {
            setFiles(c, {file(QStringLiteral("a"), 'a', 1), file(QStringLiteral("a/b"), 'b', 1)});
        }) << QStringLiteral("both a file and a folder");
    }
    void refusesBrokenCatalogs()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Catalog::fromJson(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestCatalogFormat)
#include "tst_catalogformat.moc"
