#include <QTemporaryDir>
#include <QTest>

#include "content/coursepath.h"

#include <QDir>
#include <QFile>

// CoursePath: no course file reference may reach outside its course folder.
class TestCoursePath : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_course;

    void touch(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_course = m_dir.filePath(QStringLiteral("kurs"));
        QVERIFY(QDir().mkpath(m_course + QStringLiteral("/modul/bilder")));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("utanfor"))));
        touch(m_course + QStringLiteral("/modul/bilder/ko.png"));
        touch(m_course + QStringLiteral("/modul/lektion.md"));
        touch(m_dir.filePath(QStringLiteral("hemlig.txt")));
        touch(m_dir.filePath(QStringLiteral("utanfor/fil.png")));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("hemlig.txt")), m_course + QStringLiteral("/ut.png")));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("utanfor")), m_course + QStringLiteral("/utmapp")));
        QVERIFY(QFile::link(m_course + QStringLiteral("/modul/lektion.md"), m_course + QStringLiteral("/in.md")));
        // A loop of links inside the course (a -> b -> a, and one to itself), and a link to nothing.
        QVERIFY(QFile::link(m_course + QStringLiteral("/slinga2"), m_course + QStringLiteral("/slinga1")));
        QVERIFY(QFile::link(m_course + QStringLiteral("/slinga1"), m_course + QStringLiteral("/slinga2")));
        QVERIFY(QFile::link(QStringLiteral("sig-sjalv"), m_course + QStringLiteral("/sig-sjalv")));
        QVERIFY(QFile::link(m_course + QStringLiteral("/finns-inte.png"), m_course + QStringLiteral("/trasig.png")));
    }

    void resolvesInsideTheCourse()
    {
        const CoursePath course(m_course);
        const auto image = course.resolve(QStringLiteral("modul/bilder/ko.png"));
        QVERIFY2(image.ok(), qPrintable(image.error));
        QCOMPARE(image.path, m_course + QStringLiteral("/modul/bilder/ko.png"));
        // Relative to a module folder, and ".." that stays inside the course.
        QVERIFY(course.resolve(QStringLiteral("lektion.md"), m_course + QStringLiteral("/modul")).ok());
        QVERIFY(course.resolve(QStringLiteral("../modul/./lektion.md"), m_course + QStringLiteral("/modul")).ok());
        QVERIFY(course.resolve(QStringLiteral("modul/bilder/k%6F.png")).ok());
        // A link that stays inside is fine.
        QVERIFY(course.resolve(QStringLiteral("in.md")).ok());
    }

    void refusesWhatLeadsOut_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("error");
        QTest::newRow("dot-dot") << QStringLiteral("../hemlig.txt")
                                 << QStringLiteral("\"../hemlig.txt\" leads outside the course folder; files must be inside it");
        QTest::newRow("deep dot-dot") << QStringLiteral("modul/../../kurs/../hemlig.txt")
                                      << QStringLiteral("\"modul/../../kurs/../hemlig.txt\" leads outside the course folder; files must be inside it");
        QTest::newRow("encoded") << QStringLiteral("%2E%2E/hemlig.txt")
                                 << QStringLiteral("\"%2E%2E/hemlig.txt\" leads outside the course folder; files must be inside it");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd")
                                  << QStringLiteral("\"/etc/passwd\" is an absolute path; write it relative to the course folder");
        QTest::newRow("resource") << QStringLiteral(":/x.png")
                                  << QStringLiteral("\":/x.png\" is an absolute path; write it relative to the course folder");
        QTest::newRow("drive") << QStringLiteral("C:/x.png")
                               << QStringLiteral("\"C:/x.png\" is an absolute path; write it relative to the course folder");
        QTest::newRow("backslash") << QStringLiteral("modul\\lektion.md")
                                   << QStringLiteral("\"modul\\lektion.md\" uses \\; separate folders with /");
        QTest::newRow("file link out") << QStringLiteral("ut.png")
                                       << QStringLiteral("\"ut.png\" is a symbolic link to a place outside the course folder");
        QTest::newRow("folder link out") << QStringLiteral("utmapp/fil.png")
                                         << QStringLiteral("\"utmapp/fil.png\" is a symbolic link to a place outside the course folder");
        // Say what it is: a loop is not a way out of the course.
        QTest::newRow("link loop") << QStringLiteral("slinga1/bild.png")
                                   << QStringLiteral("\"slinga1/bild.png\" is a loop of symbolic links (a link that leads "
                                                     "back to itself); it cannot be read");
        QTest::newRow("link to itself") << QStringLiteral("sig-sjalv")
                                        << QStringLiteral("\"sig-sjalv\" is a loop of symbolic links (a link that leads "
                                                          "back to itself); it cannot be read");
        QTest::newRow("link to nothing") << QStringLiteral("trasig.png")
                                         << QStringLiteral("\"trasig.png\" is a symbolic link to nothing (what it points "
                                                           "to does not exist)");
        QTest::newRow("missing") << QStringLiteral("modul/bilder/nej.png") << QStringLiteral("file not found: modul/bilder/nej.png");
        QTest::newRow("empty") << QStringLiteral(" ") << QStringLiteral("the file name is empty");
        QTest::newRow("the folder itself") << QStringLiteral("modul/..")
                                           << QStringLiteral("\"modul/..\" is the course folder itself, not a file in it");
    }

    void refusesWhatLeadsOut()
    {
        QFETCH(QString, reference);
        QFETCH(QString, error);
        const CoursePath course(m_course);
        const auto resolved = course.resolve(reference);
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error, error);
        QVERIFY(resolved.path.isEmpty());
    }

    void containsFollowsLinks()
    {
        const CoursePath course(m_course);
        QVERIFY(course.contains(m_course + QStringLiteral("/modul/lektion.md")));
        QVERIFY(!course.contains(m_course + QStringLiteral("/ut.png")));
        QVERIFY(!course.contains(m_course + QStringLiteral("/../hemlig.txt")));
        QVERIFY(!course.contains(m_dir.filePath(QStringLiteral("kurs2/x"))));   // a sibling with the same prefix
        QVERIFY(course.resolve(QStringLiteral("nej.png"), {}, false).ok());     // may be created later
    }

    void worksForResourcePaths()
    {
        const CoursePath course(QStringLiteral(":/courses/kurs"));
        QCOMPARE(course.resolve(QStringLiteral("../x.md")).error,
                 QStringLiteral("\"../x.md\" leads outside the course folder; files must be inside it"));
        QVERIFY(course.contains(QStringLiteral(":/courses/kurs/a/b.md")));
        QVERIFY(!course.contains(QStringLiteral(":/courses/kurs-2/b.md")));
    }
};

QTEST_GUILESS_MAIN(TestCoursePath)
#include "tst_coursepath.moc"
