// `pausa-content publish`: refuses a course with errors, writes catalog.json + objects/<sha256>, and the
// same folders give byte-identical output.
#include "catalogtestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace CatalogTest;

namespace {

int runPublish(const QStringList &arguments, QString *output, const QString &workingDirectory = {})
{
    QProcess tool;
    tool.setWorkingDirectory(workingDirectory);
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral(PAUSA_CONTENT), QStringList{QStringLiteral("publish")} + arguments);
    tool.waitForFinished(60000);
    *output = QString::fromUtf8(tool.readAll());
    return tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
}

} // namespace

class TestPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishesObjectsAndCatalog()
    {
        QTemporaryDir work;
        const QString out = work.filePath(QStringLiteral("out"));
        QString output;
        QCOMPARE(runPublish({QStringLiteral("--publisher"), QStringLiteral("Warehouse Ltd"), fixtureCourse(), out}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("published safe-lifting:")), qPrintable(output));
        QString error;
        const std::optional<Catalog> catalog = Catalog::fromJson(readFile(out + QStringLiteral("/catalog.json")), &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->publisher, QStringLiteral("Warehouse Ltd"));
        const CatalogCourse &course = catalog->courses.first();
        QCOMPARE(course.id, QStringLiteral("safe-lifting"));
        QVERIFY(!course.title.isEmpty());
        QCOMPARE(course.language, QStringLiteral("en"));
        QVERIFY(course.files.size() > 10);
        for (const CatalogFile &file : course.files) {
            const QByteArray object = readFile(out + QStringLiteral("/objects/") + QString::fromLatin1(file.sha256));
            QCOMPARE(object, readFile(fixtureCourse() + u'/' + file.path));
            QCOMPARE(QCryptographicHash::hash(object, QCryptographicHash::Sha256).toHex(), file.sha256);
        }
        QVERIFY(course.files.first().path < course.files.last().path);

        // Twice, the second time with relative paths (from the course's parent folder): byte-identical.
        const QString again = work.filePath(QStringLiteral("again"));
        QCOMPARE(runPublish({QStringLiteral("--publisher"), QStringLiteral("Warehouse Ltd"), QStringLiteral("safe-lifting"),
                             QDir(QFileInfo(fixtureCourse()).path()).relativeFilePath(again)},
                            &output, QFileInfo(fixtureCourse()).path()), 0);
        QCOMPARE(filesUnder(again), filesUnder(out));
        for (const QString &file : filesUnder(out))
            QCOMPARE(readFile(again + u'/' + file), readFile(out + u'/' + file));
    }

    void refusesACourseWithErrors()
    {
        QTemporaryDir work;
        const QString course = work.filePath(QStringLiteral("broken"));
        QVERIFY(copyFolder(fixtureCourse(), course));
        QVERIFY(writeFile(course + QStringLiteral("/01-your-back/quiz.gift"), "::Q1:: What? {=yes ~no\n"));
        const QString out = work.filePath(QStringLiteral("out"));
        QString output;
        QCOMPARE(runPublish({course, out}, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("quiz.gift:")) && output.contains(QStringLiteral("error")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("nothing was written")), qPrintable(output));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/catalog.json")));
    }
};

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
