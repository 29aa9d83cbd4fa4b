#include <QTest>

#include "content/breathingfile.h"
#include "content/contentlimits.h"
#include "content/courseloader.h"
#include "content/lessonfile.h"
#include "content/lessonscanner.h"
#include "gift/giftparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

// The bounds of ContentLimits: each is an error at the first thing past it, the same in the catalogue
// (the app) and the full load (pausa-content check), and going far past one costs no more than going
// just past it. The sizes in the tests are the reported ones (issue #19): they froze the app.
class TestContentLimits : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }

    static QByteArray lesson(const QByteArray &body) { return "---\nid: l\ntitle: L\n---\n" + body; }

    // The errors of `text` as a lesson, loaded as check does (Full) and as the app's catalogue does;
    // both must refuse it with the same errors.
    static QStringList lessonErrors(const QByteArray &text)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.md"));
        write(path, text);
        QStringList errors[2];
        const LoadDepth depths[2] = {LoadDepth::Full, LoadDepth::Catalog};
        for (int i = 0; i < 2; ++i) {
            Diagnostics diagnostics;
            const bool loaded = LessonFile::read(path, depths[i], nullptr, &diagnostics).has_value();
            for (const Diagnostic &d : std::as_const(diagnostics)) {
                if (d.isError())
                    errors[i].append(d.toString().mid(path.size()));
            }
            if (loaded != errors[i].isEmpty())
                return {QStringLiteral("loaded despite errors, or refused without one")};
        }
        if (errors[0] != errors[1])
            return {QStringLiteral("catalogue and full load disagree")};
        return errors[0];
    }

    static QByteArray cards(int count)
    {
        QByteArray body;
        for (int i = 0; i < count; ++i)
            body += (i ? "---\n" : "") + QByteArray("Kort ") + QByteArray::number(i) + "\n";
        return body;
    }

private Q_SLOTS:
    void theReportedLinkLessonIsRefusedQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        const QStringList errors = lessonErrors(lesson(QByteArray("[a](").repeated(20000)));
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(errors, QStringList{QStringLiteral(":5:1: error: card 1 has 80000 characters; at most 3000 are "
                                                    "allowed, so split it with a --- line")});
    }

    void cardsPerLesson()
    {
        QCOMPARE(lessonErrors(lesson(cards(ContentLimits::maxCardsPerLesson))), QStringList());
        QCOMPARE(lessonErrors(lesson(cards(ContentLimits::maxCardsPerLesson + 1))),
                 QStringList{QStringLiteral(":205:1: error: the lesson has 101 cards; at most 100 are allowed, so split "
                                            "it into several lessons")});
        QElapsedTimer timer;
        timer.start();
        const QStringList errors = lessonErrors(lesson(QByteArray("a\n---\n").repeated(99999) + "a\n"));   // 600 KB
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("the lesson has 100000 cards")));
        // Empty cards count too: 100,000 "---" lines were 100,000 warnings.
        Diagnostics diagnostics;
        QVERIFY(!LessonFile::parse(QString::fromLatin1(lesson("a\n" + QByteArray("---\n").repeated(100000))),
                                   QStringLiteral("l.md"), LoadDepth::Full, nullptr, &diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY(diagnostics.first().message.startsWith(QStringLiteral("the lesson has 100001 cards; at most 100")));
    }

    void markdownPerCard()
    {
        const QByteArray longest = QByteArray("a").repeated(ContentLimits::maxCardCharacters);
        QCOMPARE(lessonErrors(lesson(longest)), QStringList());
        QCOMPARE(lessonErrors(lesson("Hej.\n---\n" + longest + "a")),
                 QStringList{QStringLiteral(":7:1: error: card 2 has 3001 characters; at most 3000 are allowed, so "
                                            "split it with a --- line")});
        // Qt's Markdown reader is quadratic in these: "*a" 2,000 times took 0.6 s to show.
        QCOMPARE(lessonErrors(lesson(QByteArray("*a").repeated(ContentLimits::maxCardMarks / 2))), QStringList());
        QCOMPARE(lessonErrors(lesson(QByteArray("`a").repeated(ContentLimits::maxCardMarks + 1))),
                 QStringList{QStringLiteral(":5:1: error: card 1 has 301 of the Markdown marks * _ ~ ` [; at most 300 "
                                            "are allowed (Qt's Markdown reader slows down badly with more), so split "
                                            "it with a --- line")});
    }

    void phasesPerPattern()
    {
        const auto pattern = [](int phases) {
            QStringList parts;
            for (int i = 0; i < phases; ++i)
                parts.append(i % 2 ? QStringLiteral("exhale 4") : QStringLiteral("inhale 4"));
            return QString(QStringLiteral("---\nid: b\ntitle: B\npattern: ") + parts.join(QStringLiteral(", "))
                           + QStringLiteral("\n---\n"));
        };
        Diagnostics diagnostics;
        QVERIFY(BreathingFile::parse(pattern(ContentLimits::maxPhasesPerPattern), QStringLiteral("b.md"), &diagnostics));
        QVERIFY(diagnostics.isEmpty());
        QVERIFY(!BreathingFile::parse(pattern(ContentLimits::maxPhasesPerPattern + 1), QStringLiteral("b.md"), &diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        // The value starts in column 10; the 21st phase after 20 phases of 10 characters ("inhale 4, ").
        QCOMPARE(diagnostics.first().toString(),
                 QStringLiteral("b.md:4:210: error: the pattern has 21 phases; at most 20 are allowed, so write one "
                                "round of the breathing; the exercise repeats it"));
        diagnostics.clear();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!BreathingFile::parse(pattern(100000), QStringLiteral("b.md"), &diagnostics));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(diagnostics.size(), 1);
    }

    void modulesPerCourse()
    {
        QTemporaryDir dir;
        QByteArray manifest = "---\nid: kurs\ntitle: Kurs\nlanguage: sv\nmodules:\n";
        for (int i = 0; i < 10000; ++i)
            manifest += "  - m" + QByteArray::number(i) + "\n";
        write(dir.filePath(QStringLiteral("course.md")), manifest + "---\nOm kursen.\n");
        QElapsedTimer timer;
        timer.start();
        Diagnostics diagnostics;
        QVERIFY(!loadCatalog(dir.path(), &diagnostics));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(diagnostics.size(), 1);   // and none of the 10,000 missing module folders was looked for
        QCOMPARE(diagnostics.first().line, 6 + ContentLimits::maxModulesPerCourse);
        QVERIFY(diagnostics.first().message.startsWith(QStringLiteral("the course has 10000 modules; at most 50")));
    }

    void lessonsAndExercisesPerModule_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("limit");
        QTest::newRow("lessons") << QByteArray("lessons") << ContentLimits::maxLessonsPerModule;
        QTest::newRow("breathing") << QByteArray("breathing") << ContentLimits::maxBreathingPerModule;
    }

    void lessonsAndExercisesPerModule()
    {
        QFETCH(QByteArray, key);
        QFETCH(int, limit);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("course.md")), "---\nid: kurs\ntitle: Kurs\nlanguage: sv\nmodules:\n  - m\n---\nOm.\n");
        QByteArray module = "---\nid: m\ntitle: M\nquiz: q.gift\n" + key + ":\n";
        for (int i = 0; i <= limit; ++i)
            module += "  - f" + QByteArray::number(i) + ".md\n";
        write(dir.filePath(QStringLiteral("m/module.md")), module + "---\n");
        write(dir.filePath(QStringLiteral("m/q.gift")), "::q1::Ja? {T}\n");
        const std::optional<Course> course = loadCatalog(dir.path());
        QVERIFY(course);
        const CourseModule &m = course->modules.first();
        QVERIFY(m.failed);
        // At the first file past the limit, before any file is looked for (none of them exists).
        QCOMPARE(m.error, QDir::cleanPath(dir.filePath(QStringLiteral("m/module.md"))) + u':'
                              + QString::number(6 + limit) + QStringLiteral(":5: the module has ")
                              + QString::number(limit + 1) + u' '
                              + (key == "lessons" ? QStringLiteral("lessons") : QStringLiteral("breathing exercises"))
                              + QStringLiteral("; at most ") + QString::number(limit) + QStringLiteral(" are allowed, so ")
                              + (key == "lessons" ? QStringLiteral("split it into two modules")
                                                  : QStringLiteral("move some to another module")));
    }

    // 17 files of a million bytes: the course is refused at the 17th, the files after it are not read.
    void bytesPerCourse()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("course.md")), "---\nid: kurs\ntitle: Kurs\nlanguage: sv\nmodules:\n  - m\n---\nOm.\n");
        QByteArray module = "---\nid: m\ntitle: M\nlessons:\n";
        for (int i = 0; i < 20; ++i) {
            module += "  - l" + QByteArray::number(i) + ".md\n";
            write(dir.filePath(QStringLiteral("m/l%1.md").arg(i)),
                  "---\nid: l" + QByteArray::number(i) + "\ntitle: L\n---\n" + QByteArray(1000000 - 30, 'a'));
        }
        write(dir.filePath(QStringLiteral("m/module.md")), module + "---\n");
        Diagnostics diagnostics;
        QVERIFY(!loadCatalog(dir.path(), &diagnostics));
        const QStringList errors = [&] {
            QStringList out;
            for (const Diagnostic &d : std::as_const(diagnostics)) {
                if (d.isError())
                    out.append(d.toString().mid(dir.path().size()));
            }
            return out;
        }();
        // Each lesson's one card is too long too: reported for the 16 read, not for the rest.
        QCOMPARE(errors.size(), 17);
        QCOMPARE(errors.last(), QStringLiteral("/m/l16.md:0:0: error: with this file the course's files add up to more "
                                               "than 16 MiB; at most 16 MiB are allowed, so split the course into "
                                               "several courses"));
    }

    void questionsPerQuiz()
    {
        const auto quiz = [](int questions) {
            QString text;
            for (int i = 0; i < questions; ++i)
                text += QStringLiteral("::q%1::Fråga %1? {T}\n\n").arg(i);
            return text;
        };
        GiftParseResult result = parseGift(quiz(ContentLimits::maxQuestionsPerQuiz), QStringLiteral("q.gift"));
        QCOMPARE(result.questions.size(), ContentLimits::maxQuestionsPerQuiz);
        QVERIFY(result.diagnostics.isEmpty());
        // Refused whole: the app (which takes the questions of a quiz with errors) shows none of it.
        result = parseGift(quiz(100000), QStringLiteral("q.gift"));
        QVERIFY(result.questions.isEmpty());
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.first().toString(),
                 QStringLiteral("q.gift:401:1: error: the quiz has more than 200 questions; at most 200 are allowed, "
                                "so split it into the quizzes of several modules"));
    }

    void answersAndMarkdownPerQuestion()
    {
        QString choices;
        for (int i = 0; i <= ContentLimits::maxAnswersPerQuestion; ++i)
            choices += (i ? QStringLiteral(" ~") : QStringLiteral("=")) + QString::number(i);
        GiftParseResult result = parseGift(QStringLiteral("::q::Vilken? {") + choices + QStringLiteral("}\n"),
                                           QStringLiteral("q.gift"));
        QVERIFY(result.questions.isEmpty());
        QCOMPARE(errorCount(result.diagnostics), 1);   // and a warning per choice without feedback
        QVERIFY(result.diagnostics.last().message.startsWith(QStringLiteral("the question has 51 answers; at most 50")));

        // A Markdown question is shown as a card is, so it has a card's bounds.
        result = parseGift(QStringLiteral("::q::[markdown]") + QStringLiteral("*a").repeated(400) + QStringLiteral(" {T}\n"),
                           QStringLiteral("q.gift"));
        QVERIFY(result.questions.isEmpty());
        QCOMPARE(result.diagnostics.size(), 1);
        QVERIFY(result.diagnostics.first().message.startsWith(QStringLiteral("the question has 400 of the Markdown marks")));
        // The same text as a plain Moodle question is not drawn by the Markdown reader.
        result = parseGift(QStringLiteral("::q::") + QStringLiteral("*a").repeated(400) + QStringLiteral(" {T}\n"),
                           QStringLiteral("q.gift"));
        QCOMPARE(result.questions.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestContentLimits)
#include "tst_contentlimits.moc"
