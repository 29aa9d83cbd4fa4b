#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "content/courselinks.h"
#include "content/coursepath.h"
#include "app.h"
#include "breathingpatternmodel.h"
#include "courselibrary.h"
#include "linkgate.h"
#include "markdownblocks.h"

#include <sys/stat.h>

// Course content is untrusted: what the models hand the view loads no image but the course's own
// files, takes no raw HTML, and opens no link but the web, mail and the course's files.
class TestContentSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_course;
    QList<QUrl> m_opened;

    QVariantMap block(const QVariantList &blocks, int index) { return blocks.value(index).toMap(); }

    // A one-module course `id` in root (course.md, m1/module.md, bilder/liten.png and `files` under m1);
    // returns its folder, or an empty string when a file could not be written.
    QString writeCourse(const QTemporaryDir &root, const QString &id, const QByteArray &moduleMd,
                        const QList<std::pair<QString, QByteArray>> &files)
    {
        const QString course = root.filePath(id);
        const auto write = [](const QString &path, const QByteArray &text) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };
        bool ok = QDir().mkpath(course + QStringLiteral("/m1")) && QDir().mkpath(course + QStringLiteral("/bilder"))
            && QFile::copy(m_course + QStringLiteral("/bilder/liten.png"), course + QStringLiteral("/bilder/liten.png"))
            && write(course + QStringLiteral("/course.md"),
                     "---\nid: " + id.toUtf8() + "\ntitle: Kurs\nlanguage: sv\nmodules:\n  - m1\n---\nEn kurs.\n")
            && write(course + QStringLiteral("/m1/module.md"), moduleMd);
        for (const auto &[name, text] : files)
            ok = ok && write(course + QStringLiteral("/m1/") + name, text);
        return ok ? course : QString();
    }

public Q_SLOTS:
    void record(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void initTestCase()
    {
        m_course = m_dir.filePath(QStringLiteral("kurs"));
        QVERIFY(QDir().mkpath(m_course + QStringLiteral("/bilder")));
        QVERIFY(QFile::copy(QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/data/testkurs/bilder/liten.png"),
                            m_course + QStringLiteral("/bilder/liten.png")));
        QCOMPARE(::mkfifo(QFile::encodeName(m_course + QStringLiteral("/bilder/ror.png")).constData(), 0600), 0);
        // Whatever asks the system to open a URL in this test lands here, never in a browser.
        for (const char *scheme : {"https", "http", "mailto", "file", "javascript", "smb"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), this, "record");
    }

    void cleanupTestCase()
    {
        for (const char *scheme : {"https", "http", "mailto", "file", "javascript", "smb"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    // A pipe as a lesson image froze the app (its size was read from it); a web image was fetched when
    // the card was shown; /dev/zero inline crashed it. None of them gets a source now.
    void imagesComeFromTheCourseFolderOnly()
    {
        const QVariantList blocks = MarkdownBlocks::blocks(
            QStringLiteral("![Rör](bilder/ror.png)\n\n![Spårare](https://t.example/b.png)\n\n![Liten](bilder/liten.png)\n\n"
                           "I texten ![noll](file:///dev/zero) och ![spår](http://t.example/p.gif) och ![ok](bilder/liten.png)."),
            m_course);
        QCOMPARE(blocks.size(), 4);
        for (int i : {0, 1}) {
            QCOMPARE(block(blocks, i).value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
            QVERIFY(block(blocks, i).value(QStringLiteral("source")).toUrl().isEmpty());
        }
        QCOMPARE(block(blocks, 1).value(QStringLiteral("target")).toString(), QStringLiteral("https://t.example/b.png"));
        const QUrl small = block(blocks, 2).value(QStringLiteral("source")).toUrl();
        QCOMPARE(small, QUrl::fromLocalFile(m_course + QStringLiteral("/bilder/liten.png")));
        QCOMPARE(block(blocks, 2).value(QStringLiteral("size")).toSize(), QSize(80, 40));

        const QString text = block(blocks, 3).value(QStringLiteral("text")).toString();
        QVERIFY2(!text.contains(QStringLiteral("dev/zero")) && !text.contains(QStringLiteral("t.example")), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("I texten noll och spår och ![ok](<file:")), qPrintable(text));
        QVERIFY(MarkdownBlocks::loadsOnly(text, {small.toString(QUrl::FullyEncoded)}));
        QVERIFY(!MarkdownBlocks::loadsOnly(text, {}));
    }

    // Raw HTML is text: Qt took "<img …>" as HTML (loading its image) and lost what followed it.
    void rawHtmlIsShownAsText()
    {
        const QString card = QStringLiteral("Före <img src=\"https://t.example/x.png\"> efter.\n\n<div>Sista</div> stycket.");
        QVERIFY(!MarkdownBlocks::loadsOnly(card, {}));   // as it was written: HTML that takes effect
        const QString text = MarkdownBlocks::blocks(card, m_course).value(0).toMap().value(QStringLiteral("text")).toString();
        QVERIFY(MarkdownBlocks::loadsOnly(text, {}));
        QTextDocument document;
        document.setMarkdown(text);
        QCOMPARE(document.toPlainText(),
                 QStringLiteral("Före <img src=\"https://t.example/x.png\"> efter.\n<div>Sista</div> stycket."));
    }

    // Should the rewriting ever miss something, Qt's own reading catches it: the text is shown literally.
    // (Here the rewrite reads the second line's backticks as a code span; Qt reads the first two as one
    // over both lines, and the image after it as an image.)
    void whatTheRewriteMissesIsShownLiterally()
    {
        const QString card = QStringLiteral("`a\nb` ![x](file:///dev/zero) `");
        QVERIFY(!MarkdownBlocks::loadsOnly(CourseLinks::forDisplay(card, CoursePath(m_course)), {}));
        const QString text = MarkdownBlocks::displayText(card, m_course);
        QVERIFY(MarkdownBlocks::loadsOnly(text, {}));
        QTextDocument document;
        document.setMarkdown(text);
        QVERIFY2(document.toPlainText().contains(QStringLiteral("![x](file:///dev/zero) `")), qPrintable(document.toPlainText()));
    }

    void linksOpenOnlyToTheWebMailAndCourseFiles()
    {
        const QUrl folder = MarkdownBlocks::folderUrl(m_course);
        LinkGate gate;
        for (const char *refused : {"file:///etc/passwd", "javascript:alert(1)", "smb://server/share", "../x.png",
                                    "/etc/passwd", "bilder/ror.png", "https://", "data:text/html,<b>x</b>"}) {
            QCOMPARE(gate.action(QString::fromLatin1(refused), folder), LinkGate::Action::Refuse);
            QCOMPARE(gate.address(QString::fromLatin1(refused), folder), QString::fromLatin1(refused));
            QVERIFY2(!gate.open(QString::fromLatin1(refused), folder), refused);
        }
        QVERIFY(m_opened.isEmpty());
        QCOMPARE(gate.action(QStringLiteral("#rubrik"), folder), LinkGate::Action::None);

        QCOMPARE(gate.action(QStringLiteral("https://example.org/sida?a=1"), folder), LinkGate::Action::Open);
        QCOMPARE(gate.address(QStringLiteral(" https://example.org/sida?a=1"), folder),
                 QStringLiteral("https://example.org/sida?a=1"));
        QVERIFY(gate.open(QStringLiteral("https://example.org/sida?a=1"), folder));
        QVERIFY(gate.open(QStringLiteral("mailto:kund@example.org"), folder));
        QVERIFY(gate.open(QStringLiteral("www.example.org"), folder));
        // A relative link is a course file (against the course folder), also when Qt has resolved it.
        QVERIFY(gate.open(QStringLiteral("bilder/liten.png"), folder));
        QVERIFY(gate.open(folder.resolved(QUrl(QStringLiteral("bilder/liten.png"))).toString(), folder));
        const QUrl file = QUrl::fromLocalFile(m_course + QStringLiteral("/bilder/liten.png"));
        QCOMPARE(m_opened, (QList<QUrl>{QUrl(QStringLiteral("https://example.org/sida?a=1")),
                                        QUrl(QStringLiteral("mailto:kund@example.org")),
                                        QUrl(QStringLiteral("http://www.example.org")), file, file}));
        // A course inside the app (resources) has no file the system could open.
        QVERIFY(!gate.open(QStringLiteral("bilder/liten.png"), MarkdownBlocks::folderUrl(QStringLiteral(":/lessons/kurs"))));
    }

    // A course's breathing description is Markdown too: its images come from the course folder only.
    void breathingDescriptionsLoadOnlyCourseImages()
    {
        QTemporaryDir root;
        const QString course = writeCourse(
            root, QStringLiteral("andkurs"),
            "---\nid: m1\ntitle: M1\nsummary: S.\nlessons:\n  - a.md\nbreathing:\n  - andas.md\n---\n",
            {{QStringLiteral("a.md"), "---\nid: a\ntitle: A\n---\nText.\n"},
             {QStringLiteral("andas.md"), "---\nid: kursandning\ntitle: Kursandning\npattern: inhale 4, exhale 6\n"
                                          "minutes: 1\n---\nAndas. ![spår](https://t.example/b.png) ![liten](bilder/liten.png)\n"}});
        QVERIFY(!course.isEmpty());
        App app(nullptr);
        app.library()->load({root.path()});
        BreathingPatternModel *patterns = app.breathingPatterns();
        QString description;
        for (int row = 0; row < patterns->rowCount(); ++row) {
            const QModelIndex index = patterns->index(row);
            if (patterns->data(index, BreathingPatternModel::PatternIdRole).toString() == u"kursandning")
                description = patterns->data(index, BreathingPatternModel::DescriptionRole).toString();
        }
        QVERIFY2(description.startsWith(QStringLiteral("Andas. spår ")), qPrintable(description));
        QVERIFY(!description.contains(QStringLiteral("t.example")));
        QVERIFY(description.contains(QUrl::fromLocalFile(course + QStringLiteral("/bilder/liten.png")).toString(QUrl::FullyEncoded)));
    }

    // A question in Moodle's format is styled text everywhere it shows: its options, pairs and
    // feedback load only the course's own images too, not only its stem.
    void styledQuizTextLoadsOnlyCourseImages()
    {
        QTemporaryDir root;
        // GIFT: "=" and ":" inside the HTML are escaped, as Moodle writes them.
        const QString course = writeCourse(
            root, QStringLiteral("quizkurs"), "---\nid: m1\ntitle: M1\nquiz: quiz.gift\n---\n",
            {{QStringLiteral("quiz.gift"),
              "::q1::Vilken? <img src\\=\"https\\://t.example/s.png\" alt\\=\"stam\"> {\n"
              "=Den <img src\\=\"bilder/liten.png\" alt\\=\"liten\"> #Ja <img src\\=\"file\\:///dev/zero\" alt\\=\"noll\">\n"
              "~Den andra <img src\\=\"https\\://t.example/a.png\" alt\\=\"spår\"> #Nej\n"
              "####Allmänt <img src\\=\"//t.example/g.png\" alt\\=\"g\">\n}\n\n"
              "::q2::Para ihop. {\n=A <img src\\=\"https\\://t.example/l.png\" alt\\=\"v\"> -> B\n=C -> D\n=E -> F\n}\n"}});
        QVERIFY(!course.isEmpty());
        CourseLibrary library;
        library.load({root.path()});
        const QList<Question> &questions = library.quiz(QStringLiteral("quizkurs"), QStringLiteral("m1"));
        QCOMPARE(questions.size(), 2);
        const QString okUrl = QUrl::fromLocalFile(course + QStringLiteral("/bilder/liten.png")).toString(QUrl::FullyEncoded);
        const Question &q1 = questions.first();
        QCOMPARE(q1.stem, QStringLiteral("Vilken? stam"));
        QCOMPARE(q1.choices.at(0).text, QStringLiteral("Den <img src=\"") + okUrl + QStringLiteral("\" alt=\"liten\">"));
        QCOMPARE(q1.choices.at(0).feedback, QStringLiteral("Ja noll"));
        QCOMPARE(q1.choices.at(1).text, QStringLiteral("Den andra spår"));
        QCOMPARE(q1.generalFeedback, QStringLiteral("Allmänt g"));
        QCOMPARE(questions.at(1).pairs.first().left, QStringLiteral("A v"));
    }
};

QTEST_MAIN(TestContentSafety)
#include "tst_contentsafety.moc"
