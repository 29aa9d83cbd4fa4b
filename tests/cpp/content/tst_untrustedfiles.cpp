#include <QTest>

#include "content/courseloader.h"
#include "content/textfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <future>

#include <sys/stat.h>
#include <sys/sysmacros.h>

// Course folders come over the network: a named pipe, a device or a symbolic link out of the folder in
// place of a course file must end in a diagnostic at that file, promptly, never in a hang or a crash.
// pausa-content is run as a process with a time limit, as a hang would otherwise stop the test itself.
class TestUntrustedFiles : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        QString out;
        qint64 ms = 0;
    };

    static Run check(const QString &path)
    {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(QStringLiteral(PAUSA_CONTENT_TOOL), {QStringLiteral("check"), path});
        Run run;
        run.finished = process.waitForFinished(15000);
        if (!run.finished) {
            process.kill();
            process.waitForFinished();
        }
        run.ms = timer.elapsed();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return run;
    }

    static void write(const QString &path, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }

    // A good one-module course (a lesson, a quiz, a breathing exercise) in `dir`/kurs; returns its folder.
    static QString course(const QTemporaryDir &dir)
    {
        const QString folder = dir.filePath(QStringLiteral("kurs"));
        write(folder + QStringLiteral("/course.md"),
              "---\nid: kurs\ntitle: Kurs\nlanguage: sv\nmodules:\n  - m\n---\nOm kursen.\n");
        write(folder + QStringLiteral("/m/module.md"), "---\nid: m\ntitle: M\nlessons:\n  - l.md\nquiz: q.gift\n"
                                                       "breathing:\n  - b.md\n---\n");
        write(folder + QStringLiteral("/m/l.md"), "---\nid: l\ntitle: L\n---\nHej.\n");
        write(folder + QStringLiteral("/m/q.gift"), "::q1::Ja? {T}\n");
        write(folder + QStringLiteral("/m/b.md"), "---\nid: b\ntitle: B\npattern: inhale 4, exhale 4\n---\nAndas.\n");
        return folder;
    }

    // Replaces `path` by a named pipe nothing ever writes to.
    static void makeFifo(const QString &path)
    {
        QFile::remove(path);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
    }

    // One row for each kind of file a course has, at its place in course().
    static void everyKindOfCourseFile()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("lesson") << QStringLiteral("m/l.md");
        QTest::newRow("quiz") << QStringLiteral("m/q.gift");
        QTest::newRow("breathing") << QStringLiteral("m/b.md");
        QTest::newRow("module.md") << QStringLiteral("m/module.md");
        QTest::newRow("course.md") << QStringLiteral("course.md");
    }

    static void makeLink(const QString &target, const QString &path)
    {
        QFile::remove(path);
        QVERIFY(QFile::link(target, path));
    }

private Q_SLOTS:
    void aNamedPipeIsAnErrorNotAHang_data() { everyKindOfCourseFile(); }

    void aNamedPipeIsAnErrorNotAHang()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString folder = course(dir);
        makeFifo(folder + u'/' + file);
        const Run run = check(folder);
        QVERIFY2(run.finished, "pausa-content check hung on a named pipe");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(folder + u'/' + file + QStringLiteral(":0:0: error: this is not a regular file")),
                 qPrintable(run.out));
    }

    // /dev/zero never ends: reading it without a limit ended in std::bad_alloc.
    void aLinkToDevZeroIsRefused_data() { everyKindOfCourseFile(); }

    void aLinkToDevZeroIsRefused()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString folder = course(dir);
        makeLink(QStringLiteral("/dev/zero"), folder + u'/' + file);
        const Run run = check(folder);
        QVERIFY2(run.finished, "pausa-content check hung on /dev/zero");
        QCOMPARE(run.exitCode, 1);
        // At the file itself (course.md, module.md) or where module.md names it.
        QVERIFY2(run.out.contains(QFileInfo(file).fileName()) && run.out.contains(QStringLiteral("outside the course folder")),
                 qPrintable(run.out));
    }

    // A device inside the course folder (no link to follow out): refused as not a regular file.
    void aDeviceNodeInsideTheCourseIsRefused()
    {
        QTemporaryDir dir;
        const QString folder = course(dir);
        const QString lesson = folder + QStringLiteral("/m/l.md");
        QFile::remove(lesson);
        if (::mknod(QFile::encodeName(lesson).constData(), S_IFCHR | 0644, makedev(1, 5)) != 0)   // /dev/zero's
            QSKIP("cannot make a device node here (not root, or no CAP_MKNOD)");
        const Run run = check(folder);
        QVERIFY2(run.finished, "pausa-content check hung on a device");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(lesson + QStringLiteral(":0:0: error: this is not a regular file")), qPrintable(run.out));
    }

    void aModuleFileLinkedOutOfTheCourseIsNotRead()
    {
        QTemporaryDir dir;
        const QString folder = course(dir);
        const QString outside = dir.filePath(QStringLiteral("hemligt.md"));
        write(outside, "---\nid: hemlig\ntitle: HEMLIG-TITEL\nlessons:\n  - l.md\n---\n");
        makeLink(outside, folder + QStringLiteral("/m/module.md"));
        const Run run = check(folder);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(folder + QStringLiteral("/m/module.md:0:0: error: this is a symbolic link to a place "
                                                          "outside the course folder")),
                 qPrintable(run.out));
        // Nothing of it was used: its id would otherwise be the module's.
        QProcess dump;
        dump.start(QStringLiteral(PAUSA_CONTENT_TOOL), {QStringLiteral("dump"), folder});
        QVERIFY(dump.waitForFinished(15000));
        QVERIFY(!dump.readAllStandardOutput().contains("HEMLIG-TITEL"));
    }

    void aDanglingModuleFileLinkIsNotFound()
    {
        QTemporaryDir dir;
        const QString folder = course(dir);
        makeLink(dir.filePath(QStringLiteral("finns-inte.md")), folder + QStringLiteral("/m/module.md"));
        const Run run = check(folder);
        QVERIFY(run.finished);
        QVERIFY2(run.out.contains(folder + QStringLiteral("/m/module.md:0:0: error: file not found")), qPrintable(run.out));
    }

    // The app loads courses through the same loader (CourseLibrary -> CourseLoader::loadCourses); a hang
    // there would freeze the app before its first window. Run on a thread and given 10 s.
    void theAppsLoaderDoesNotHangOnANamedPipe_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("lesson") << QStringLiteral("m/l.md");
        QTest::newRow("module.md") << QStringLiteral("m/module.md");
        QTest::newRow("course.md") << QStringLiteral("course.md");
    }

    void theAppsLoaderDoesNotHangOnANamedPipe()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString folder = course(dir);
        makeFifo(folder + u'/' + file);
        auto load = std::async(std::launch::async, [folder] {
            CourseLoader loader;   // the app's depth, LoadDepth::Catalog
            loader.loadCourses({folder});
            return loader.takeDiagnostics();
        });
        if (load.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
            qFatal("the course loader hung on a named pipe");   // the thread cannot be joined: stop here
        const Diagnostics diagnostics = load.get();
        QVERIFY(std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) {
            return d.isError() && d.path == folder + u'/' + file && d.message.startsWith(QStringLiteral("this is not a regular file"));
        }));
    }

    // The app reads a quiz when the learner opens it (loadModuleQuiz), not at the start.
    void theAppsQuizDoesNotHangOnANamedPipe()
    {
        QTemporaryDir dir;
        const QString folder = course(dir);
        const std::optional<Course> catalog = loadCatalog(folder);
        QVERIFY(catalog && catalog->modules.size() == 1 && !catalog->modules.first().quizLoaded);
        makeFifo(folder + QStringLiteral("/m/q.gift"));
        const CourseModule module = catalog->modules.first();
        auto open = std::async(std::launch::async, [module] {
            Diagnostics diagnostics;
            const QList<Question> questions = loadModuleQuiz(module, &diagnostics);
            return std::make_pair(questions.size(), diagnostics);
        });
        if (open.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
            qFatal("opening a quiz hung on a named pipe");
        const auto [questions, diagnostics] = open.get();
        QCOMPARE(questions, 0);
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY(diagnostics.first().message.startsWith(QStringLiteral("this is not a regular file")));
    }

    // TextFile on its own, without the folder rule: a device is refused before anything is read.
    void textFileRefusesADevice()
    {
        QByteArray bytes;
        Diagnostics diagnostics;
        QVERIFY(!TextFile::readBytes(QStringLiteral("/dev/zero"), QStringLiteral("zero.md"), &diagnostics, &bytes));
        QVERIFY(bytes.isEmpty());
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY(diagnostics.first().message.startsWith(QStringLiteral("this is not a regular file")));
    }
};

QTEST_GUILESS_MAIN(TestUntrustedFiles)
#include "tst_untrustedfiles.moc"
