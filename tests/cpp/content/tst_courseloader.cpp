#include <QTemporaryDir>
#include <QTest>

#include "content/courseloader.h"
#include "content/lessonfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

// CourseLoader: whole course folders, the good fixture course and one broken in every way.
class TestCourseLoader : public QObject
{
    Q_OBJECT

private:
    const QString m_data = QStringLiteral(PAUSA_TEST_DATA);

    static QStringList messages(const Diagnostics &diagnostics, bool errorsOnly = false)
    {
        QStringList out;
        for (const auto &d : diagnostics) {
            if (!errorsOnly || d.isError())
                out.append(d.toString());
        }
        return out;
    }

    static void write(const QString &path, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }

    static void copyFolder(const QString &from, const QString &to)
    {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = to + source.mid(from.size());
            QVERIFY(QDir().mkpath(QFileInfo(target).path()));
            QVERIFY(QFile::copy(source, target));
        }
    }

    // A one-module course whose first lesson has `lessonText`; returns its folder.
    static QString smallCourse(const QTemporaryDir &dir, const QByteArray &lessonText)
    {
        const QString course = dir.filePath(QStringLiteral("kurs"));
        write(course + QStringLiteral("/course.md"),
              "---\nid: kurs\ntitle: Kurs\nlanguage: sv\nmodules:\n  - m\n---\nOm kursen.\n");
        write(course + QStringLiteral("/m/module.md"),
              "---\nid: m\ntitle: M\nsummary: S\nlessons:\n  - l.md\nquiz: q.gift\n---\n");
        write(course + QStringLiteral("/m/q.gift"), "::q1::Ja? {T}\n");
        write(course + QStringLiteral("/m/l.md"), lessonText);
        return course;
    }

    void verifyGoodCourse(const Course &course, const QString &folder)
    {
        QCOMPARE(course.id, QStringLiteral("testkurs"));
        QCOMPARE(course.title, QStringLiteral("Testkurs: \"allt\" som går"));
        QCOMPARE(course.language, QStringLiteral("sv"));
        QCOMPARE(course.passMark, 75);
        QCOMPARE(course.description, QStringLiteral("En liten kurs för testerna."));
        QCOMPARE(course.path, folder);
        QCOMPARE(course.modules.size(), 2);

        const CourseModule &first = course.modules[0];
        QCOMPARE(first.id, QStringLiteral("forsta"));
        QCOMPARE(first.summary, QStringLiteral("Två lektioner, en quiz och en andningsövning."));
        QCOMPARE(first.folder, folder + QStringLiteral("/01-forsta"));
        QVERIFY(!first.failed);
        QCOMPARE(first.lessons.size(), 2);
        QCOMPARE(first.lessons[0].id, QStringLiteral("hej"));
        QCOMPARE(first.lessons[0].title, QStringLiteral("Hej och välkommen"));
        QCOMPARE(first.lessons[0].path, folder + QStringLiteral("/01-forsta/01-hej.md"));
        QCOMPARE(first.lessons[0].wordCount, 37);
        QCOMPARE(first.lessons[0].cardCount, 3);
        QCOMPARE(first.lessons[0].minutes, 0.2);
        QCOMPARE(first.lessons[0].bodyLine, 6);
        QCOMPARE(first.lessons[1].id, QStringLiteral("kod"));   // BOM and CRLF
        QCOMPARE(first.lessons[1].wordCount, 15);
        QCOMPARE(first.lessons[1].cardCount, 2);
        QCOMPARE(first.quizPath, folder + QStringLiteral("/01-forsta/quiz.gift"));
        QCOMPARE(first.breathing.size(), 1);
        QCOMPARE(first.breathing[0].id, QStringLiteral("fyrkant"));
        QCOMPARE(first.breathing[0].suggestedCycles, 6);
        QCOMPARE(first.breathing[0].phases.size(), 4);

        const CourseModule &last = course.modules[1];
        QCOMPARE(last.id, QStringLiteral("slutprov"));
        QVERIFY(last.lessons.isEmpty());
        QVERIFY(last.hasQuiz());
        QVERIFY(!last.failed);
    }

private Q_SLOTS:
    void loadsTheCatalogueWithoutBodies()
    {
        const QString folder = m_data + QStringLiteral("/good-course");
        Diagnostics diagnostics;
        const std::optional<Course> course = loadCatalog(folder, &diagnostics);
        QVERIFY(course);
        verifyGoodCourse(*course, folder);
        for (const auto &module : course->modules) {
            QVERIFY(!module.quizLoaded);
            QVERIFY(module.quiz.isEmpty());
            for (const auto &lesson : module.lessons)
                QVERIFY2(!lesson.body, qPrintable(lesson.id));
        }
        QCOMPARE(messages(diagnostics),
                 QStringList{folder + QStringLiteral("/01-forsta/01-hej.md:4:1: warning: unknown key \"author\" is "
                                                     "ignored (known keys here: id, title)")});
    }

    void fullLoadSplitsBodiesAndParsesQuizzes()
    {
        const QString folder = m_data + QStringLiteral("/good-course");
        Diagnostics diagnostics;
        const std::optional<Course> course = loadCourse(folder, LoadDepth::Full, &diagnostics);
        QVERIFY(course);
        verifyGoodCourse(*course, folder);
        QCOMPARE(diagnostics.size(), 1);
        const Lesson &hej = course->modules[0].lessons[0];
        QVERIFY(hej.body);
        QCOMPARE(hej.body->cards.size(), 3);
        QVERIFY(hej.body->cards[0].startsWith(QStringLiteral("# Hej\n\nDet här är")));
        QCOMPARE(hej.body->cards[2], QStringLiteral("Sista kortet."));
        QVERIFY(hej.body->markdown.startsWith(QStringLiteral("# Hej\n")));
        const Lesson &kod = course->modules[0].lessons[1];
        QCOMPARE(kod.body->cards, QStringList({QStringLiteral("Ett kort med kod:\n\n```\n---\nkod inne i ett block\n```"),
                                               QStringLiteral("Andra kortet, med *** som linje.\n\n***\n\nSlut.")}));
        QVERIFY(course->modules[0].quizLoaded);
        QCOMPARE(course->modules[0].quiz.size(), 2);
        QCOMPARE(course->modules[0].quiz[0].id, QStringLiteral("scenario"));
        QCOMPARE(course->modules[1].quiz.size(), 1);
        QCOMPARE(course->questionCount(), 3);
        QCOMPARE(course->lessonCount(), 2);
    }

    // A photo saved at full size is a warning at the line and column of its link.
    void warnsAboutALargeImage()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("good-course"));
        copyFolder(m_data + QStringLiteral("/good-course"), folder);
        write(folder + QStringLiteral("/bilder/prick.png"), QByteArray(LessonFile::maxImageBytes + 1, 'x'));
        Diagnostics diagnostics;
        QVERIFY(loadCourse(folder, LoadDepth::Full, &diagnostics));
        const QStringList found = messages(diagnostics).filter(QStringLiteral("prick.png"));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.constFirst().startsWith(folder + QStringLiteral("/01-forsta/01-hej.md:10:13: warning: the image "
                                                                       "'bilder/prick.png' is 0.6 MB")),
                 qPrintable(found.constFirst()));
        write(folder + QStringLiteral("/bilder/prick.png"), QByteArray(LessonFile::maxImageBytes, 'x'));
        diagnostics.clear();
        QVERIFY(loadCourse(folder, LoadDepth::Full, &diagnostics));
        QVERIFY(messages(diagnostics).filter(QStringLiteral("prick.png")).isEmpty());
    }

    void catalogueReadsBodiesOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("good-course"));
        copyFolder(m_data + QStringLiteral("/good-course"), folder);
        const std::optional<Course> course = loadCatalog(folder);
        QVERIFY(course);
        const Lesson lesson = course->modules[0].lessons[0];
        QVERIFY(!lesson.body);
        // Nothing of the text was kept: what loadLessonBody returns is what the file holds now.
        write(lesson.path, "---\nid: hej\ntitle: Hej\n---\nNytt kort.\n\n---\n\nOch ett till.\n");
        Diagnostics diagnostics;
        const LessonBody body = loadLessonBody(lesson, &diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(body.cards, QStringList({QStringLiteral("Nytt kort."), QStringLiteral("Och ett till.")}));
        QCOMPARE(body.markdown, QStringLiteral("Nytt kort.\n\n---\n\nOch ett till.\n"));

        // Quizzes the same way.
        const CourseModule &module = course->modules[0];
        QVERIFY(!module.quizLoaded);
        const QList<Question> quiz = loadModuleQuiz(module, &diagnostics);
        QCOMPARE(quiz.size(), 2);
        QCOMPARE(quiz[1].id, QStringLiteral("sant-falskt"));
        QVERIFY(diagnostics.isEmpty());

        QVERIFY(QFile::remove(lesson.path));
        const LessonBody gone = loadLessonBody(lesson, &diagnostics);
        QVERIFY(gone.cards.isEmpty());
        QCOMPARE(messages(diagnostics), QStringList{lesson.path + QStringLiteral(":0:0: error: file not found")});
    }

    void reportsEveryErrorAndKeepsTheGoodModules()
    {
        const QString folder = m_data + QStringLiteral("/broken-course");
        CourseLoader loader(LoadDepth::Full);
        const std::optional<Course> course = loader.loadCourse(folder);
        QVERIFY(course);
        const QString p = folder + u'/';
        QCOMPARE(messages(loader.diagnostics(), true), QStringList({
            p + QStringLiteral("course.md:5:12: error: pass_mark must be a whole number from 0 to 100 (a percentage), found \"120\"; 80 is used"),
            p + QStringLiteral("02-dubblett/01-b.md:2:1: error: the id \"a-lektion\" is already used at ") + p
                + QStringLiteral("01-hel/01-a.md:2; ids must be unique in a course, because progress is stored by id"),
            p + QStringLiteral("03-utanfor/module.md:5:5: error: \"../../good-course/01-forsta/01-hej.md\" leads outside the course folder; files must be inside it"),
            p + QStringLiteral("03-utanfor/module.md:6:5: error: \"/etc/passwd\" is an absolute path; write it relative to the course folder"),
            p + QStringLiteral("03-utanfor/module.md:7:7: error: file not found: quiz.gift"),
            p + QStringLiteral("course.md:11:5: error: file not found: 04-finns-inte"),
            p + QStringLiteral("05-andning/andas.md:4:20: error: unknown phase \"breathe\": use inhale, hold or exhale"),
            p + QStringLiteral("06-oavslutad/01-d.md:1:1: error: the front matter block opened here is never closed: add a line with only --- after its last key"),
            p + QStringLiteral("07-utan-titel/01-e.md:3:1: error: the required key \"title\" is missing; add a line \"title: …\" to the front matter"),
            p + QStringLiteral("08-latin1/01-f.md:5:10: error: this is not valid UTF-8 text (the first bad byte is here); save the file as UTF-8 in your editor"),
            p + QStringLiteral("09-lankar/01-g.md:5:7: error: \"../utanfor.png\" leads outside the course folder; files must be inside it (images and sounds are relative to the course folder)"),
            p + QStringLiteral("09-lankar/01-g.md:6:8: error: \"/etc/hostname\" is an absolute path; write it relative to the course folder (images and sounds are relative to the course folder)"),
            p + QStringLiteral("09-lankar/01-g.md:7:11: error: file not found: bilder/saknas.png (images and sounds are relative to the course folder)"),
            p + QStringLiteral("09-lankar/01-g.md:8:8: error: \"%2e%2e/x.mp3\" leads outside the course folder; files must be inside it (images and sounds are relative to the course folder)"),
        }));
        const QStringList warnings = messages(loader.diagnostics());
        QVERIFY(warnings.contains(p + QStringLiteral("course.md:6:1: warning: unknown key \"author\" is ignored (known keys here: id, language, modules, pass_mark, title)")));
        QVERIFY(warnings.contains(p + QStringLiteral("01-hel/extra.md:0:0: warning: this file is not listed in module.md (lessons, quiz or breathing), so learners never see it")));
        QVERIFY(warnings.contains(p + QStringLiteral("02-dubblett/module.md:6:1: warning: the module has no quiz; add \"quiz: quiz.gift\" so learners can test what they read")));

        QCOMPARE(course->passMark, 80);
        QCOMPARE(course->modules.size(), 9);
        QList<bool> failed;
        for (const auto &module : course->modules)
            failed.append(module.failed);
        QCOMPARE(failed, QList<bool>({false, true, true, true, true, true, true, true, false}));
        // The good modules are complete; a failed module says why, for the app to show.
        QCOMPARE(course->modules[0].lessons.size(), 1);
        QCOMPARE(course->modules[0].quiz.size(), 1);
        QCOMPARE(course->modules[8].lessons.size(), 1);
        QCOMPARE(course->modules[3].folder, p + QStringLiteral("04-finns-inte"));
        QCOMPARE(course->modules[3].error, p + QStringLiteral("course.md:11:5: file not found: 04-finns-inte"));
        QCOMPARE(course->modules[4].error, p + QStringLiteral("05-andning/andas.md:4:20: unknown phase \"breathe\": use inhale, hold or exhale"));
        QCOMPARE(course->modules[4].lessons.size(), 1);   // what could be read is still there
        QVERIFY(course->modules[4].breathing.isEmpty());
        QVERIFY(course->modules[1].lessons.isEmpty());    // the duplicate is left out
    }

    void catalogueSkipsTheFullChecks()
    {
        const QString folder = m_data + QStringLiteral("/broken-course");
        CourseLoader loader(LoadDepth::Catalog);
        const std::optional<Course> course = loader.loadCourse(folder);
        QVERIFY(course);
        // Same failed modules; links and unlisted files are only checked by a full load.
        QCOMPARE(errorCount(loader.diagnostics()), 10);
        for (const auto &d : loader.diagnostics()) {
            QVERIFY2(!(d.isError() && d.path.contains(QStringLiteral("09-lankar"))), qPrintable(d.toString()));
            QVERIFY2(!d.path.endsWith(QStringLiteral("extra.md")), qPrintable(d.toString()));
        }
    }

    void refusesSymbolicLinksOutOfTheCourse()
    {
        QTemporaryDir dir;
        const QString course = smallCourse(dir, "---\nid: l\ntitle: L\n---\n![x](bild.png)\n");
        write(dir.filePath(QStringLiteral("hemlig.md")), "---\nid: h\ntitle: H\n---\nHemlig.\n");
        write(dir.filePath(QStringLiteral("hemlig.png")), "x");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("hemlig.png")), course + QStringLiteral("/bild.png")));
        QVERIFY(QFile::remove(course + QStringLiteral("/m/l.md")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("hemlig.md")), course + QStringLiteral("/m/l.md")));
        Diagnostics diagnostics;
        const auto loaded = loadCourse(course, LoadDepth::Full, &diagnostics);
        QVERIFY(loaded);
        QVERIFY(loaded->modules[0].failed);
        QCOMPARE(messages(diagnostics, true), QStringList{course + QStringLiteral(
            "/m/module.md:6:5: error: \"l.md\" is a symbolic link to a place outside the course folder")});

        // A real lesson whose image is a link out.
        QVERIFY(QFile::remove(course + QStringLiteral("/m/l.md")));
        write(course + QStringLiteral("/m/l.md"), "---\nid: l\ntitle: L\n---\n![x](bild.png)\n");
        diagnostics.clear();
        QVERIFY(!loadCourse(course, LoadDepth::Full, &diagnostics)->modules[0].failed);
        QCOMPARE(messages(diagnostics, true), QStringList{course + QStringLiteral(
            "/m/l.md:5:6: error: \"bild.png\" is a symbolic link to a place outside the course folder (images and "
            "sounds are relative to the course folder)")});
    }

    void refusesHugeLessons()
    {
        QTemporaryDir dir;
        const QString course = smallCourse(dir, "---\nid: l\ntitle: L\n---\n" + QByteArray(1100000, 'a') + '\n');
        Diagnostics diagnostics;
        const auto loaded = loadCatalog(course, &diagnostics);
        QVERIFY(loaded);
        QVERIFY(loaded->modules[0].failed);
        QCOMPARE(messages(diagnostics, true), QStringList{course + QStringLiteral(
            "/m/l.md:0:0: error: the file is 1.0 MiB (1100024 bytes); a course file may be at most 1 MiB, so split "
            "it into smaller files")});
    }

    // A file listed twice, or an exercise listed as a lesson, is said as what it is, not as a clash of the
    // file's id with itself.
    void saysWhatAWronglyListedFileIs()
    {
        QTemporaryDir dir;
        const QString course = smallCourse(dir, "---\nid: l\ntitle: L\n---\nText.\n");
        write(course + QStringLiteral("/m/module.md"),
              "---\nid: m\ntitle: M\nsummary: S\nlessons:\n  - l.md\n  - b.md\nquiz: q.gift\n---\n");
        write(course + QStringLiteral("/m/b.md"), "---\nid: b\ntitle: B\npattern: [4, 4]\ncycles: 2\n---\n");
        write(course + QStringLiteral("/course.md"),
              "---\nid: kurs\ntitle: Kurs\nlanguage: sv\nmodules:\n  - m\n  - n\n---\nOm kursen.\n");
        write(course + QStringLiteral("/n/module.md"),
              "---\nid: n\ntitle: N\nsummary: S\nlessons:\n  - ../m/l.md\nquiz: q.gift\n---\n");
        write(course + QStringLiteral("/n/q.gift"), "::q2::Ja? {T}\n");
        Diagnostics diagnostics;
        QVERIFY(loadCourse(course, LoadDepth::Full, &diagnostics));
        QCOMPARE(messages(diagnostics, true), QStringList({
            course + QStringLiteral("/m/b.md:4:1: error: this is a breathing exercise (it has a pattern), not a "
                                    "lesson: list it under \"breathing:\" in module.md, not under \"lessons:\""),
            course + QStringLiteral("/n/module.md:6:5: error: this file is listed twice: in ") + course
                + QStringLiteral("/m/module.md line 6 and here; list it once (this listing is left out)")}));
    }

    void warnsAboutLongLessonsAndCards()
    {
        QTemporaryDir dir;
        QByteArray body;
        for (int card = 0; card < 5; ++card)
            body += QByteArray("ord ").repeated(card == 2 ? 121 : 110) + "\n\n---\n\n---\n";
        const QString course = smallCourse(dir, "---\nid: l\ntitle: L\n---\n" + body);
        Diagnostics diagnostics;
        const auto loaded = loadCatalog(course, &diagnostics);
        QVERIFY(loaded);
        QVERIFY(!loaded->modules[0].failed);
        const Lesson &lesson = loaded->modules[0].lessons[0];
        QCOMPARE(lesson.wordCount, 561);
        QCOMPARE(lesson.cardCount, 5);
        QCOMPARE(lesson.minutes, 3.1);
        const QString l = course + QStringLiteral("/m/l.md");
        QCOMPARE(messages(diagnostics), QStringList({
            l + QStringLiteral(":8:1: warning: card 2 is empty (two --- lines with nothing between them); it is left out"),
            l + QStringLiteral(":13:1: warning: card 4 is empty (two --- lines with nothing between them); it is left out"),
            l + QStringLiteral(":15:1: warning: card 5 has 121 words; keep a card at most 120 words so that it fits a phone screen (split it with a --- line)"),
            l + QStringLiteral(":18:1: warning: card 6 is empty (two --- lines with nothing between them); it is left out"),
            l + QStringLiteral(":23:1: warning: card 8 is empty (two --- lines with nothing between them); it is left out"),
            l + QStringLiteral(":28:1: warning: card 10 is empty (two --- lines with nothing between them); it is left out"),
            l + QStringLiteral(":1:1: warning: the lesson takes 3.1 minutes to read (561 words); aim for at most 3 minutes (540 words), or split it into two lessons"),
        }));
    }

    void refusesALessonWithoutText()
    {
        QTemporaryDir dir;
        const QString course = smallCourse(dir, "---\nid: l\ntitle: L\n---\n\n---\n\n");
        Diagnostics diagnostics;
        const auto loaded = loadCatalog(course, &diagnostics);
        QVERIFY(loaded->modules[0].failed);
        QCOMPARE(messages(diagnostics, true),
                 QStringList{course + QStringLiteral("/m/l.md:5:1: error: the lesson has no text after its front matter")});
        QCOMPARE(loaded->modules[0].error, course + QStringLiteral("/m/l.md:5:1: the lesson has no text after its front matter"));
    }

    void leavesOutCoursesWithoutAManifest()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a/course.md")), "---\ntitle: Utan id\nlanguage: sv\nmodules:\n---\n");
        write(dir.filePath(QStringLiteral("b/course.md")), "---\nid: b\ntitle: B\nlanguage: svenska\n---\nB.\n");
        write(dir.filePath(QStringLiteral("c/course.md")), "---\nid: b\ntitle: C\nlanguage: sv\n---\nC.\n");
        write(dir.filePath(QStringLiteral("d/readme.txt")), "not a course");
        copyFolder(m_data + QStringLiteral("/good-course"), dir.filePath(QStringLiteral("e")));
        CourseLoader loader;
        const QList<Course> courses = loader.loadCourses({dir.path(), dir.filePath(QStringLiteral("nowhere")),
                                                          m_data + QStringLiteral("/broken-course/01-hel")});
        QCOMPARE(courses.size(), 2);
        QCOMPARE(courses[0].id, QStringLiteral("b"));
        QCOMPARE(courses[1].id, QStringLiteral("testkurs"));
        const QString d = dir.path() + u'/';
        QCOMPARE(messages(loader.diagnostics(), true), QStringList({
            d + QStringLiteral("a/course.md:5:1: error: the required key \"id\" is missing; add a line \"id: …\" to the front matter"),
            d + QStringLiteral("b/course.md:4:11: error: \"svenska\" is not a language code; write it like \"sv\" or \"en\""),
            d + QStringLiteral("b/course.md:5:1: error: the course lists no modules: add \"modules:\" and one \"  - folder\" line per module"),
            d + QStringLiteral("c/course.md:5:1: error: the course lists no modules: add \"modules:\" and one \"  - folder\" line per module"),
            d + QStringLiteral("c/course.md:0:0: error: the course id \"b\" is already used by ") + d
                + QStringLiteral("b/course.md; this course is left out"),
            d + QStringLiteral("nowhere:0:0: error: folder not found"),
            m_data + QStringLiteral("/broken-course/01-hel:0:0: error: no course here: a course folder has a course.md, a folder of courses has course folders"),
        }));
    }

    void loadsFromQtResources()
    {
        CourseLoader loader(LoadDepth::Full);
        const QList<Course> courses = loader.loadCourses({QStringLiteral(":/fixtures")});
        QCOMPARE(courses.size(), 1);
        verifyGoodCourse(courses.first(), QStringLiteral(":/fixtures/good-course"));
        QCOMPARE(courses.first().modules[0].quiz.size(), 2);
        QCOMPARE(courses.first().modules[0].lessons[0].body->cards.size(), 3);
        QCOMPARE(errorCount(loader.diagnostics()), 0);
        const LessonBody body = loadLessonBody(Lesson{courses.first().modules[0].lessons[1]});
        QCOMPARE(body.cards.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCourseLoader)
#include "tst_courseloader.moc"
