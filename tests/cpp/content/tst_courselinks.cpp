#include <QTemporaryDir>
#include <QTest>

#include "content/courselinks.h"
#include "content/coursepath.h"
#include "content/lessonfile.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

// What course content may point at (CourseLinks): images only from the course folder, links only to
// the web, mail and the course's own files; `check` says where anything else is.
class TestCourseLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_course;

    void write(const QString &path, const QByteArray &bytes = QByteArrayLiteral("\x89PNG"))
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QString error(const CourseLinks::Verdict &verdict) { return verdict.ok() ? QStringLiteral("ok") : verdict.error; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_course = m_dir.filePath(QStringLiteral("kurs"));
        QVERIFY(QDir().mkpath(m_course + QStringLiteral("/bilder/mapp.png")));
        write(m_course + QStringLiteral("/bilder/ok.png"));
        write(m_course + QStringLiteral("/bilder/blad.pdf"));
        write(m_dir.filePath(QStringLiteral("hemlig.png")));
        // A pipe would block the app the moment it is read; /dev/zero never ends.
        QCOMPARE(::mkfifo(QFile::encodeName(m_course + QStringLiteral("/bilder/ror.png")).constData(), 0600), 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), m_course + QStringLiteral("/bilder/noll.png")));
        QFile big(m_course + QStringLiteral("/bilder/stor.png"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(CourseLinks::maxImageFileBytes + 1));
    }

    void imagesAreFilesOfTheCourse_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("course file") << QStringLiteral("bilder/ok.png") << QStringLiteral("ok");
        QTest::newRow("web") << QStringLiteral("https://t.example/beacon.png")
                             << QStringLiteral("the image \"https://t.example/beacon.png\" is on the web; the app shows "
                                               "only images in the course folder (it never fetches one): save it there "
                                               "and write its path");
        QTest::newRow("no scheme, other host") << QStringLiteral("//t.example/b.png")
                                               << QStringLiteral("the image \"//t.example/b.png\" is on the web; the app "
                                                                 "shows only images in the course folder (it never "
                                                                 "fetches one): save it there and write its path");
        QTest::newRow("file URL") << QStringLiteral("file:///dev/zero")
                                  << QStringLiteral("the image \"file:///dev/zero\" uses file:; the app shows only images "
                                                    "in the course folder, written as a path relative to it");
        QTest::newRow("data URL") << QStringLiteral("data:image/png;base64,iVBO")
                                  << QStringLiteral("the image \"data:image/png;base64,iVBO\" uses data:; the app shows "
                                                    "only images in the course folder, written as a path relative to it");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd")
                                  << QStringLiteral("\"/etc/passwd\" is an absolute path; write it relative to the course "
                                                    "folder (images and sounds are relative to the course folder)");
        QTest::newRow("outside") << QStringLiteral("../hemlig.png")
                                 << QStringLiteral("\"../hemlig.png\" leads outside the course folder; files must be "
                                                   "inside it (images and sounds are relative to the course folder)");
        QTest::newRow("pipe") << QStringLiteral("bilder/ror.png")
                              << QStringLiteral("\"bilder/ror.png\" is not a regular file (a folder, a pipe or a device)");
        QTest::newRow("link to a device") << QStringLiteral("bilder/noll.png")
                                          << QStringLiteral("\"bilder/noll.png\" is a symbolic link to a place outside "
                                                            "the course folder (images and sounds are relative to the "
                                                            "course folder)");
        QTest::newRow("folder") << QStringLiteral("bilder/mapp.png")
                                << QStringLiteral("\"bilder/mapp.png\" is not a regular file (a folder, a pipe or a device)");
        QTest::newRow("too large") << QStringLiteral("bilder/stor.png")
                                   << QStringLiteral("the image \"bilder/stor.png\" is larger than 16 MB; the app does "
                                                     "not show it");
    }

    void imagesAreFilesOfTheCourse()
    {
        QFETCH(QString, target);
        QFETCH(QString, verdict);
        QCOMPARE(error(CourseLinks::image(CoursePath(m_course), target)), verdict);
    }

    void linksOpenTheWebMailAndCourseFiles()
    {
        const CoursePath course(m_course);
        using Kind = CourseLinks::Verdict::Kind;
        QCOMPARE(CourseLinks::link(course, QStringLiteral("https://example.org/a")).kind, Kind::Web);
        QCOMPARE(CourseLinks::link(course, QStringLiteral("HTTP://example.org")).kind, Kind::Web);
        QCOMPARE(CourseLinks::link(course, QStringLiteral("mailto:kund@example.org")).kind, Kind::Web);
        QCOMPARE(CourseLinks::link(course, QStringLiteral("#rubrik")).kind, Kind::Anchor);
        const CourseLinks::Verdict pdf = CourseLinks::link(course, QStringLiteral("bilder/blad.pdf#page=2"));
        QCOMPARE(pdf.kind, Kind::CourseFile);
        QCOMPARE(pdf.address, m_course + QStringLiteral("/bilder/blad.pdf"));
        for (const char *refused : {"file:///etc/passwd", "javascript:alert(1)", "smb://server/share", "data:text/html,x",
                                    "../hemlig.png", "/etc/passwd", "bilder/ror.png"}) {
            const CourseLinks::Verdict verdict = CourseLinks::link(course, QString::fromLatin1(refused));
            QVERIFY2(!verdict.ok(), refused);
        }
        QCOMPARE(CourseLinks::link(course, QStringLiteral("javascript:alert(1)")).error,
                 QStringLiteral("the link \"javascript:alert(1)\" uses javascript:, which the app does not open; a link "
                                "may be https:, http: or mailto:, or a file in the course folder"));
    }

    // `check` skipped every link with a scheme; now each one that the app would refuse is an error at
    // its line and column, and raw HTML a warning.
    void checkReportsWhatTheAppRefuses()
    {
        const QString lesson = QStringLiteral(
            "---\n"
            "id: lankar\n"
            "title: Länkar\n"
            "---\n"
            "Läs [mer](https://example.org) eller [post](mailto:a@example.org), [här](#rubrik).\n"
            "Inte [lösen](file:///etc/passwd) eller [skript](javascript:alert(1)) eller <smb://server/delat>.\n"
            "\n"
            "![Spårare](https://t.example/b.png)\n"
            "\n"
            "En bild i texten ![noll](file:///dev/zero) och ![ok](bilder/ok.png).\n"
            "Rå HTML: <img src=\"https://t.example/x.png\"> och sedan mer text.\n"
            "![ref][spår] och [r]\n"
            "\n"
            "[spår]: https://t.example/ref.png\n"
            "[r]: ftp://example.org/fil\n"
            "\n"
            "```\n"
            "[i kod](file:///etc/passwd) <b>\n"
            "```\n");
        Diagnostics diagnostics;
        const CoursePath course(m_course);
        QVERIFY(LessonFile::parse(lesson, QStringLiteral("l.md"), LoadDepth::Full, &course, &diagnostics));
        QStringList lines;
        for (const Diagnostic &d : std::as_const(diagnostics))
            lines.append(d.toString());
        const QStringList expected{
            QStringLiteral("l.md:6:14: error: the link \"file:///etc/passwd\" uses file:, which the app does not open; "
                           "a link may be https:, http: or mailto:, or a file in the course folder"),
            QStringLiteral("l.md:6:49: error: the link \"javascript:alert(1)\" uses javascript:, which the app does not "
                           "open; a link may be https:, http: or mailto:, or a file in the course folder"),
            QStringLiteral("l.md:6:77: error: the link \"smb://server/delat\" uses smb:, which the app does not open; a "
                           "link may be https:, http: or mailto:, or a file in the course folder"),
            QStringLiteral("l.md:8:12: error: the image \"https://t.example/b.png\" is on the web; the app shows only "
                           "images in the course folder (it never fetches one): save it there and write its path"),
            QStringLiteral("l.md:10:26: error: the image \"file:///dev/zero\" uses file:; the app shows only images in "
                           "the course folder, written as a path relative to it"),
            QStringLiteral("l.md:11:10: warning: raw HTML is shown as text, not as HTML (write Markdown instead, or \\< "
                           "for a literal <)"),
            QStringLiteral("l.md:12:1: error: the image \"https://t.example/ref.png\" is on the web; the app shows only "
                           "images in the course folder (it never fetches one): save it there and write its path"),
        };
        QCOMPARE(lines.mid(0, 7), expected.mid(0, 7));
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.at(7), QStringLiteral("l.md:15:6: error: the link \"ftp://example.org/fil\" uses ftp:, which the "
                                             "app does not open; a link may be https:, http: or mailto:, or a file in "
                                             "the course folder"));
    }

    // What Qt's Markdown is given: no image but the course's own files, no raw HTML.
    void displayTextLoadsOnlyCourseImages()
    {
        const CoursePath course(m_course);
        QStringList urls;
        const QString okUrl = QUrl::fromLocalFile(m_course + QStringLiteral("/bilder/ok.png")).toString(QUrl::FullyEncoded);
        QCOMPARE(CourseLinks::forDisplay(QStringLiteral("A ![noll](file:///dev/zero) b ![ok *bild*](bilder/ok.png \"t\") c"),
                                         course, &urls),
                 QStringLiteral("A noll b ![ok *bild*](<") + okUrl + QStringLiteral(">) c"));
        QCOMPARE(urls, QStringList{okUrl});
        QCOMPARE(CourseLinks::forDisplay(QStringLiteral("Före <img src=\"https://t.example/x.png\"> efter <!-- k -->"), course),
                 QStringLiteral("Före &lt;img src=\"https://t.example/x.png\"> efter &lt;!-- k -->"));
        QCOMPARE(CourseLinks::forDisplay(QStringLiteral("![spår][r] och ![nej]\n\n[r]: https://t.example/r.png"), course),
                 QStringLiteral("spår och \\![nej]\n\n[r]: https://t.example/r.png"));
        // Links stay (LinkGate decides when one is clicked), and so do code and autolinks.
        const QString kept = QStringLiteral("[a](file:///etc/passwd) <https://example.org> `<b>` 1 < 2\n"
                                            "```\n<i>![x](y.png)\n```");
        QCOMPARE(CourseLinks::forDisplay(kept, course), kept);
    }

    // A GIFT question in Moodle or [html] format is shown as Qt's styled text, which loads every
    // <img> it names: only the course's own image files stay; the rest become their alt text.
    void styledTextLoadsOnlyCourseImages()
    {
        const CoursePath course(m_course);
        const QString okUrl = QUrl::fromLocalFile(m_course + QStringLiteral("/bilder/ok.png")).toString(QUrl::FullyEncoded);
        QCOMPARE(CourseLinks::htmlForDisplay(QStringLiteral("<b>Vad</b> <IMG SRC='https://t.example/b.png' alt=\"spår\"> "
                                                            "<img src=bilder/ok.png alt=ok> <img src=\"bilder/ror.png\">"
                                                            "<img alt=\"x<y\" src=\"file:///dev/zero\"><img src=\"/etc/hemlig.png\""),
                                             course),
                 QStringLiteral("<b>Vad</b> spår <img src=\"") + okUrl + QStringLiteral("\" alt=\"ok\"> x&lt;y"));
        QCOMPARE(CourseLinks::htmlForDisplay(QStringLiteral("Inga bilder: 1 < 2"), course), QStringLiteral("Inga bilder: 1 < 2"));
    }
};

QTEST_GUILESS_MAIN(TestCourseLinks)
#include "tst_courselinks.moc"
