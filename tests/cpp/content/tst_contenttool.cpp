#include <QTest>

#include "content/textfile.h"
#include "gift/giftjson.h"
#include "gift/giftparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

// pausa-content as authors and CI run it: output, exit status, and the golden JSON of a fixture course.
class TestContentTool : public QObject
{
    Q_OBJECT

private:
    const QString m_data = QStringLiteral(PAUSA_TEST_DATA);

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments, const QString &folder = {})
    {
        QProcess process;
        process.setWorkingDirectory(folder.isEmpty() ? m_data : folder);
        process.start(QStringLiteral(PAUSA_CONTENT_TOOL), arguments);
        if (!process.waitForFinished(60000))
            qFatal("pausa-content did not finish");
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void dumpMatchesTheGoldenFile()
    {
        const Run result = run({QStringLiteral("dump"), QStringLiteral("good-course"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QStringLiteral("good-course/01-forsta/01-hej.md:4:1: warning: unknown key \"author\" is "
                                            "ignored (known keys here: id, title)\n"));
        const QString goldenPath = m_data + QStringLiteral("/good-course.expected.json");
        if (qEnvironmentVariableIsSet("PAUSA_UPDATE_GOLDEN")) {
            QFile golden(goldenPath);
            QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(result.out.toUtf8());
            QSKIP("golden file rewritten");
        }
        QFile golden(goldenPath);
        QVERIFY2(golden.open(QIODevice::ReadOnly), "run with PAUSA_UPDATE_GOLDEN=1 to create it");
        const QString expected = QString::fromUtf8(golden.readAll());
        // Compare line by line, so a difference is reported where it is.
        const QStringList actualLines = result.out.split(u'\n');
        const QStringList expectedLines = expected.split(u'\n');
        for (qsizetype i = 0; i < std::min(actualLines.size(), expectedLines.size()); ++i)
            QVERIFY2(actualLines[i] == expectedLines[i],
                     qPrintable(QStringLiteral("line %1: got %2, expected %3")
                                    .arg(i + 1).arg(actualLines[i], expectedLines[i])));
        QCOMPARE(actualLines.size(), expectedLines.size());
    }

    void dumpOfAGiftFileIsExactlyItsQuestions()
    {
        const QString path = QStringLiteral("good-course/01-forsta/quiz.gift");
        const Run result = run({QStringLiteral("dump"), path, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        TextFile file;
        QVERIFY(file.read(m_data + u'/' + path, path, nullptr));
        const QJsonObject expected = questionsToJson(parseGift(file.text(), path).questions);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object(), expected);
        QCOMPARE(expected.value(QStringLiteral("questions")).toArray().size(), 2);
    }

    void dumpOfAFolderOfCourses()
    {
        const Run result = run({QStringLiteral("dump"), QStringLiteral("."), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);   // the broken course is in the same folder
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonArray courses = json.value(QStringLiteral("courses")).toArray();
        QCOMPARE(courses.size(), 2);
        QCOMPARE(courses[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("trasig"));
        QCOMPARE(courses[1].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("testkurs"));
        QCOMPARE(courses[1].toObject().value(QStringLiteral("diagnostics")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("diagnostics")).toArray().size(), 22);
    }

    void checkListsEveryProblemAndFails()
    {
        const Run result = run({QStringLiteral("check"), QStringLiteral("broken-course")});
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 22);
        QCOMPARE(lines.last(), QStringLiteral("1 courses, 9 modules, 3 lessons, 2 questions: 14 errors, 7 warnings"));
        // Grouped by file, in line order within a file.
        QCOMPARE(lines[0], QStringLiteral("broken-course/course.md:5:12: error: pass_mark must be a whole number from "
                                          "0 to 100 (a percentage), found \"120\"; 80 is used"));
        QVERIFY(lines[1].startsWith(QStringLiteral("broken-course/course.md:6:1: warning: unknown key \"author\"")));
        QVERIFY(lines[2].startsWith(QStringLiteral("broken-course/course.md:11:5: error: file not found: 04-finns-inte")));
        QVERIFY(result.out.contains(QStringLiteral("broken-course/08-latin1/01-f.md:5:10: error: this is not valid UTF-8")));
    }

    void checkShowsPathsBelowTheCurrentFolderRelative()
    {
        const Run result = run({QStringLiteral("check"), m_data + QStringLiteral("/good-course/")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral(
            "good-course/01-forsta/01-hej.md:4:1: warning: unknown key \"author\" is ignored (known keys here: id, title)\n"
            "1 courses, 2 modules, 2 lessons, 3 questions: 0 errors, 1 warnings\n"));
    }

    // Inside the course folder a course is checked as from its parent, with paths relative to it: no file is
    // "not listed in module.md" because one path came out as "./a/b.md" and the other as "a/b.md".
    void checkInsideTheCourseFolder_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("course.md") << QStringLiteral("course.md");
        QTest::newRow("module.md") << QStringLiteral("01-forsta/module.md");
        QTest::newRow("absolute") << m_data + QStringLiteral("/good-course");
    }

    void checkInsideTheCourseFolder()
    {
        QFETCH(QString, argument);
        const Run result = run({QStringLiteral("check"), argument}, m_data + QStringLiteral("/good-course"));
        QCOMPARE(result.out, QStringLiteral(
            "01-forsta/01-hej.md:4:1: warning: unknown key \"author\" is ignored (known keys here: id, title)\n"
            "1 courses, 2 modules, 2 lessons, 3 questions: 0 errors, 1 warnings\n"));
        QCOMPARE(result.exitCode, 0);
        const Run dump = run({QStringLiteral("dump"), argument}, m_data + QStringLiteral("/good-course"));
        QVERIFY2(dump.out.contains(QStringLiteral("unknown key")), qPrintable(dump.out + dump.err));
        QVERIFY2(!dump.out.contains(QStringLiteral("not listed")) && !dump.err.contains(QStringLiteral("not listed")),
                 qPrintable(dump.out + dump.err));
    }

    void checkTakesSingleFiles()
    {
        const Run result = run({QStringLiteral("check"), QStringLiteral("good-course/01-forsta/quiz.gift"),
                                QStringLiteral("broken-course/09-lankar/01-g.md"),
                                QStringLiteral("good-course/01-forsta/fyrkant.md")});
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(QStringLiteral("broken-course/09-lankar/01-g.md:5:7: error: \"../utanfor.png\" leads outside")));
        QCOMPARE(lines.last(), QStringLiteral("0 courses, 0 modules, 1 lessons, 2 questions: 4 errors, 0 warnings"));
    }

    void statsPrintsATable()
    {
        const Run result = run({QStringLiteral("stats"), QStringLiteral("good-course")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral(
            "Testkurs: \"allt\" som går (testkurs, sv, pass mark 75%)\n"
            "   #  Module          Lessons  Minutes  Questions  Scenarios  Breathing\n"
            "   1  Första modulen        2      0.3          2          1          1\n"
            "   2  Slutprov              0      0.0          1          1          0  quiz only\n"
            "      Total                 2      0.3          3          2          1\n"
            "\n"));
    }

    // #16: stats counts questions as the app does, the graded ones: a description is not a question
    // and an essay is not graded (it said 7 here, the module page 5).
    void statsCountsGradedQuestions()
    {
        QTemporaryDir dir;
        const QString course = dir.path() + QStringLiteral("/kurs");
        write(course + QStringLiteral("/course.md"),
              "---\nid: kurs\ntitle: Kurs\nlanguage: sv\nmodules:\n  - m\n---\nEn kurs.\n");
        write(course + QStringLiteral("/m/module.md"), "---\nid: m\ntitle: M\nquiz: quiz.gift\n---\n");
        write(course + QStringLiteral("/m/quiz.gift"),
              "::intro::Om frågorna.\n\n::a::A? {T}\n\n::b::B? {F}\n\n::tanke::Tänk efter. {}\n\n"
              "::c::C? {T}\n\n::d::D? {T}\n\n::e::E? {F}\n");
        const Run result = run({QStringLiteral("stats"), course});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("   1  M             0      0.0          5          0          0")),
                 qPrintable(result.out));
        const Run gift = run({QStringLiteral("stats"), course + QStringLiteral("/m/quiz.gift")});
        QVERIFY2(gift.out.endsWith(QStringLiteral(": 5 questions, 0 scenarios\n")), qPrintable(gift.out));
        // check's summary too, for the course and for the quiz on its own.
        QVERIFY2(run({QStringLiteral("check"), course}).out.endsWith(QStringLiteral(" 5 questions: 0 errors, 0 warnings\n")),
                 qPrintable(run({QStringLiteral("check"), course}).out));
        const Run checkGift = run({QStringLiteral("check"), course + QStringLiteral("/m/quiz.gift")});
        QVERIFY2(checkGift.out.endsWith(QStringLiteral(" 5 questions: 0 errors, 0 warnings\n")), qPrintable(checkGift.out));
    }

    // #16: check looks at the images of [markdown] quiz questions as it does at a lesson's: a missing
    // file and a web image are errors, at the question's line (it said nothing of them before).
    void checkLooksAtMarkdownQuestionImages()
    {
        QTemporaryDir dir;
        const QString course = dir.path() + QStringLiteral("/kurs");
        write(course + QStringLiteral("/course.md"),
              "---\nid: kurs\ntitle: Kurs\nlanguage: sv\nmodules:\n  - m\n---\nEn kurs.\n");
        write(course + QStringLiteral("/m/module.md"), "---\nid: m\ntitle: M\nquiz: quiz.gift\n---\n");
        write(course + QStringLiteral("/bilder/finns.png"), QByteArray::fromBase64(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        write(course + QStringLiteral("/m/quiz.gift"),
              "::saknas::[markdown]Se bilden:\\n\\n![Ett kvitto](bilder/saknas.png)\\n\\nVad gor du? {=A #Ja. ~B #Nej.}\n\n"
              "::webb::[markdown]![Spårare](https://example.org/p.png) Vad? {=A #Ja. ~B #Nej.}\n\n"
              "::finns::[markdown]![En bild](bilder/finns.png)\\n\\nVad? {=A #Ja. ~B #Nej.}\n");
        const Run result = run({QStringLiteral("check"), course});
        const QString quiz = course + QStringLiteral("/m/quiz.gift");
        QStringList quizLines;
        for (const QString &line : result.out.split(u'\n')) {
            if (line.startsWith(quiz))
                quizLines.append(line);
        }
        QCOMPARE(quizLines.size(), 2);
        QVERIFY2(quizLines.at(0).startsWith(quiz + QStringLiteral(":1:1: error: ")), qPrintable(result.out));
        QVERIFY2(quizLines.at(0).contains(QStringLiteral("saknas.png")), qPrintable(result.out));
        QVERIFY2(quizLines.at(1).startsWith(quiz + QStringLiteral(":3:1: error: ")), qPrintable(result.out));
        QVERIFY2(quizLines.at(1).contains(QStringLiteral("example.org")), qPrintable(result.out));
        QCOMPARE(result.exitCode, 1);
    }

    static void write(const QString &path, const QByteArray &text)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    // A small course in `folder` with the given id: one module, one lesson.
    static void writeCourse(const QString &folder, const QByteArray &id)
    {
        write(folder + QStringLiteral("/course.md"),
              "---\nid: " + id + "\ntitle: Kopia\nlanguage: sv\nmodules:\n  - m\n---\nEn kurs.\n");
        write(folder + QStringLiteral("/m/module.md"), "---\nid: m\ntitle: M\nlessons:\n  - a.md\n---\n");
        write(folder + QStringLiteral("/m/a.md"), "---\nid: a\ntitle: A\n---\nText.\n");
    }

    // A file name with a newline in it (or a tab): still one problem per line, the name escaped.
    void fileNamesCannotBreakTheOutput()
    {
        QTemporaryDir dir;
        const QString course = dir.filePath(QStringLiteral("kurs"));
        writeCourse(course, "kopia");
        write(course + QStringLiteral("/m/ny\nrad\t.md"), "---\nid: b\ntitle: B\n---\nText.\n");
        const Run result = run({QStringLiteral("check"), course});
        QStringList lines = result.out.split(u'\n');
        QCOMPARE(lines.takeLast(), QString());
        QVERIFY2(lines.takeLast().endsWith(QStringLiteral("warnings")), qPrintable(result.out));
        static const QRegularExpression problem(QStringLiteral(R"(^[^\n]+:\d+:\d+: (error|warning): .+$)"));
        for (const QString &line : std::as_const(lines))
            QVERIFY2(problem.match(line).hasMatch(), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("/m/ny\\nrad\\t.md:0:0: warning: this file is not listed")),
                 qPrintable(result.out));
    }

    // A course that takes the built-in course's id would replace it in the app and share its learners'
    // progress: said at the id. The built-in course's own folder is that course, not a clash.
    void aBundledCoursesIdIsAWarning()
    {
        QTemporaryDir dir;
        const QString course = dir.filePath(QStringLiteral("kurs"));
        writeCourse(course, "besvarliga-kunder");
        const Run result = run({QStringLiteral("check"), course});
        QVERIFY2(result.out.contains(course + QStringLiteral(
                     "/course.md:2:5: warning: the id \"besvarliga-kunder\" is the built-in course's: in the app this "
                     "course replaces it, and the two share their learners' progress; give this course an id of its own\n")),
                 qPrintable(result.out));
        const Run own = run({QStringLiteral("check"), QStringLiteral(PAUSA_SOURCE_DIR "/lessons/besvarliga-kunder")});
        QVERIFY2(!own.out.contains(QStringLiteral("built-in")), qPrintable(own.out));
        writeCourse(course, "egen-kurs");
        QVERIFY(!run({QStringLiteral("check"), course}).out.contains(QStringLiteral("built-in")));
    }

    void refusesBadUsage()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("lint"), QStringLiteral("good-course")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("check")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("dump"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
        const Run missing = run({QStringLiteral("check"), QStringLiteral("nowhere.gift")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.startsWith(QStringLiteral("nowhere.gift:0:0: error: file or folder not found\n")));
    }
};

QTEST_GUILESS_MAIN(TestContentTool)
#include "tst_contenttool.moc"
