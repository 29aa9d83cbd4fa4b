#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app.h"
#include "courseoverview.h"
#include "lessonreader.h"
#include "moduleoverview.h"
#include "progresstracker.h"
#include "quizsession.h"
#include "resumecard.h"

// The QML-facing models over a small fixture course with known answers and a fresh store.
class TestCourseModels : public QObject
{
    Q_OBJECT

    static constexpr auto Course = "testkurs";
    static constexpr auto Module = "testmodul";

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<App> m_app;

    // The quiz of the second fixture course (tests/cpp/models/data/parkurs: a matching question with an
    // extra wrong answer, then a Markdown question with an image), over a store of its own.
    struct ParkursQuiz
    {
        QTemporaryDir dir;
        App app{nullptr};
        QuizSession quiz;

        ParkursQuiz()
        {
            app.library()->load({QStringLiteral(PAUSA_SOURCE_DIR "/tests/cpp/models/data")});
            app.progress()->open(dir.path());
            quiz.setLibrary(app.library());
            quiz.setProgress(app.progress());
            quiz.setCourseId(QStringLiteral("parkurs"));
            quiz.setModuleId(QStringLiteral("parmodul"));
        }
    };

    template<typename T>
    std::unique_ptr<T> bound()
    {
        auto object = std::make_unique<T>();
        object->setLibrary(m_app->library());
        object->setProgress(m_app->progress());
        object->setCourseId(QString::fromLatin1(Course));
        object->setModuleId(QString::fromLatin1(Module));
        return object;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_app = std::make_unique<App>(nullptr);
        m_app->library()->load({QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/data")});
        m_app->progress()->open(m_dir->path());
        QCOMPARE(m_app->library()->courseIds(), QStringList{QStringLiteral("testkurs")});
    }

    void overviewListsModulesAndFollowsProgress()
    {
        auto overview = bound<CourseOverview>();
        QAbstractItemModelTester tester(overview->modules(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(overview->modules()->rowCount(), 1);
        const QModelIndex row = overview->modules()->index(0, 0);
        QCOMPARE(row.data(ModuleListModel::TitleRole).toString(), QStringLiteral("Testmodul"));
        QCOMPARE(row.data(ModuleListModel::LessonCountRole).toInt(), 2);
        QCOMPARE(row.data(ModuleListModel::BestScoreRole).toDouble(), -1.0);
        QCOMPARE(overview->completion(), 0.0);

        QSignalSpy refreshed(overview.get(), &CourseOverview::refreshed);
        QVERIFY(m_app->progress()->recordLessonCompleted(QStringLiteral("testkurs"), QStringLiteral("testmodul"),
                                                         QStringLiteral("lektion-b"), 30));
        QVERIFY(refreshed.count() >= 1);
        QCOMPARE(overview->lessonsDone(), 1);
        // Two lessons and a quiz are three steps: one done.
        QCOMPARE(qRound(overview->completion()), 33);
    }

    void readerResumesAtItsCardAndCompletes()
    {
        {
            auto reader = bound<LessonReader>();
            reader->setLessonId(QStringLiteral("lektion-a"));
            QCOMPARE(reader->cardCount(), 3);
            QCOMPARE(reader->currentIndex(), 0);
            reader->setCurrentIndex(2);
            QVERIFY(reader->atLastCard());
            QCOMPARE(reader->nextLessonId(), QStringLiteral("lektion-b"));
        }
        auto resume = bound<ResumeCard>();
        QCOMPARE(resume->kind(), ResumeCard::Kind::ResumeLesson);
        QCOMPARE(resume->position(), 3);

        auto reader = bound<LessonReader>();   // the app was "killed": a new reader on the same store
        reader->setLessonId(QStringLiteral("lektion-a"));
        QCOMPARE(reader->currentIndex(), 2);
        QSignalSpy completed(reader.get(), &LessonReader::completedChanged);
        reader->complete();
        QVERIFY(reader->completed());
        QCOMPARE(completed.count(), 1);

        auto module = bound<ModuleOverview>();
        QAbstractItemModelTester tester(module->lessons(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(module->lessons()->index(0, 0).data(LessonListModel::DoneRole).toBool(), true);
        QCOMPARE(module->lessons()->index(1, 0).data(LessonListModel::DoneRole).toBool(), false);
        QCOMPARE(module->nextLessonId(), QStringLiteral("lektion-b"));
        QCOMPARE(bound<ResumeCard>()->kind(), ResumeCard::Kind::NextLesson);
    }

    // A card's images that stand alone are blocks of their own, with their size read from the file;
    // the text around them keeps its Markdown and has a plain reading for screen readers.
    void readerCutsCardsIntoTextAndImages()
    {
        auto reader = bound<LessonReader>();
        reader->setLessonId(QStringLiteral("lektion-b"));
        const QVariantList cards = reader->cardBlocks();
        QCOMPARE(cards.size(), 2);   // the second card holds links (tst_learnerflow::test_9_linksAskFirst)
        const QVariantList blocks = cards.constFirst().toList();
        QCOMPARE(blocks.size(), 3);
        const QVariantMap text = blocks.at(0).toMap();
        QCOMPARE(text.value(QStringLiteral("kind")).toString(), QStringLiteral("text"));
        QCOMPARE(text.value(QStringLiteral("plainText")).toString(), QStringLiteral("Bara ett kort."));
        const QVariantMap wide = blocks.at(1).toMap();
        QCOMPARE(wide.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
        QCOMPARE(wide.value(QStringLiteral("alt")).toString(), QStringLiteral("En bred bild"));
        QCOMPARE(wide.value(QStringLiteral("source")).toUrl(),
                 QUrl::fromLocalFile(QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/data/testkurs/bilder/bred.png")));
        QCOMPARE(wide.value(QStringLiteral("size")).toSize(), QSize(1200, 400));
        QCOMPARE(blocks.at(2).toMap().value(QStringLiteral("size")).toSize(), QSize(80, 40));

        reader->setLessonId(QStringLiteral("lektion-a"));
        const QVariantMap heading = reader->cardBlocks().constFirst().toList().constFirst().toMap();
        QCOMPARE(heading.value(QStringLiteral("text")).toString(), QStringLiteral("# Kort ett\n\nFörsta kortet."));
        QCOMPARE(heading.value(QStringLiteral("plainText")).toString(), QStringLiteral("Kort ett\n\nFörsta kortet."));
        const QVariantList third = reader->cardBlocks().at(2).toList();
        QCOMPARE(third.size(), 2);
        const QVariantMap quote = third.at(1).toMap();
        QCOMPARE(quote.value(QStringLiteral("kind")).toString(), QStringLiteral("quote"));
        QCOMPARE(quote.value(QStringLiteral("text")).toString(), QStringLiteral("\"Jag vill ha svar nu.\""));
    }

    // A matching question, pair by pair: an extra wrong answer (empty left side) is among the choices but
    // is no row; once answered, each row has the saved choice, whether it was right and what belongs there.
    void matchingMarksEachPair()
    {
        ParkursQuiz fixture;
        QuizSession &quiz = fixture.quiz;
        QCOMPARE(quiz.question()->kind(), QuizQuestion::Kind::Matching);
        QCOMPARE(quiz.question()->matchLeft(), (QStringList{QStringLiteral("Den otåliga"), QStringLiteral("Den arga"),
                                                QStringLiteral("Den tysta")}));
        const QStringList right = quiz.question()->matchRight();
        QCOMPARE(right.size(), 4);
        QVERIFY(right.contains(QStringLiteral("Skynda på")));
        QVERIFY(quiz.question()->matchResults().isEmpty());    // nothing given away before the answer

        const auto at = [&right](const QString &text) { return int(right.indexOf(text)); };
        const QList<int> picks{at(QStringLiteral("Säg vad som händer")), at(QStringLiteral("Skynda på")),
                               at(QStringLiteral("Ställ en öppen fråga"))};
        QVERIFY(quiz.submitMatches(picks));
        QCOMPARE(quiz.question()->score(), 2.0 / 3);
        const QVariantList results = quiz.question()->matchResults();
        QCOMPARE(results.size(), 3);
        const QStringList expected{QStringLiteral("Säg vad som händer"), QStringLiteral("Lyssna först"),
                                   QStringLiteral("Ställ en öppen fråga")};
        const QList<bool> isRight{true, false, true};
        for (int row = 0; row < 3; ++row) {
            const QVariantMap result = results.at(row).toMap();
            QCOMPARE(result.value(QStringLiteral("given")).toInt(), picks.at(row));
            QCOMPARE(result.value(QStringLiteral("right")).toBool(), isRight.at(row));
            QCOMPARE(result.value(QStringLiteral("expected")).toString(), expected.at(row));
        }
        QVERIFY(quiz.question()->rightAnswer().contains(QStringLiteral("Den arga → Lyssna först")));
        QVERIFY(!quiz.question()->rightAnswer().contains(QStringLiteral("→ Skynda på")));
    }

    // A Markdown question is cut into blocks as a lesson card is: its image resolves in the course folder.
    void markdownQuestionHasBlocks()
    {
        ParkursQuiz fixture;
        QuizSession &quiz = fixture.quiz;
        QVERIFY(quiz.question()->stemBlocks().isEmpty());   // the matching question is not Markdown
        QVERIFY(quiz.submitMatches({0, 1, 2}));
        quiz.next();
        QCOMPARE(quiz.question()->id(), QStringLiteral("bild"));
        QCOMPARE(quiz.question()->stemFormat(), QuizQuestion::StemFormat::Markdown);
        const QVariantList blocks = quiz.question()->stemBlocks();
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(0).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Kunden skickar den här bilden:"));
        const QVariantMap image = blocks.at(1).toMap();
        QCOMPARE(image.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
        QCOMPARE(image.value(QStringLiteral("source")).toUrl(),
                 QUrl::fromLocalFile(QStringLiteral(PAUSA_SOURCE_DIR "/tests/cpp/models/data/parkurs/bilder/kvitto.png")));
        QCOMPARE(image.value(QStringLiteral("size")).toSize(), QSize(900, 300));
        QCOMPARE(blocks.at(2).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Vad gör du först?"));

        // Missed, it is listed at the end by its words, not its Markdown.
        QVERIFY(quiz.submitChoices({1}));
        quiz.next();
        QVERIFY(quiz.finished());
        const QVariantMap missed = quiz.missed().constLast().toMap();
        QCOMPARE(missed.value(QStringLiteral("stem")).toString(),
                 QStringLiteral("Kunden skickar den här bilden:\n\nEtt kvitto\n\nVad gör du först?"));
    }

    void quizGradesSavesAndResumes()
    {
        {
            auto quiz = bound<QuizSession>();
            QCOMPARE(quiz->count(), 4);
            QCOMPARE(quiz->gradedCount(), 3);   // the reflection is not a graded question
            QCOMPARE(quiz->gradedNumber(), 1);
            QVERIFY(quiz->submitChoices({1}));          // wrong
            QVERIFY(!quiz->question()->correct());
            QCOMPARE(quiz->question()->feedback(), QStringList{QStringLiteral("Nej, det trappar upp.")});
            QVERIFY(!quiz->submitChoices({0}));         // an answer is final
            quiz->next();
        }
        auto resume = bound<ResumeCard>();
        QCOMPARE(resume->kind(), ResumeCard::Kind::ResumeQuiz);
        QCOMPARE(resume->position(), 2);

        auto quiz = bound<QuizSession>();               // resumed: the first answer is restored
        QVERIFY(quiz->resumed());
        QCOMPARE(quiz->index(), 1);
        QVERIFY(quiz->submitChoices({0}));              // true: right
        quiz->next();
        QCOMPARE(quiz->gradedNumber(), 3);
        QVERIFY(quiz->submitChoices({0, 1}));           // both positive weights: right
        QVERIFY(quiz->question()->correct());
        // Several right answers read as a list, one a line.
        QCOMPARE(quiz->question()->rightAnswer(), QStringLiteral("\n• Sammanfatta\n• Öppna frågor"));
        quiz->next();
        QCOMPARE(quiz->gradedNumber(), 0);              // the reflection: no number
        QVERIFY(quiz->submitText(QStringLiteral("Lyssna.")));
        QSignalSpy finished(quiz.get(), &QuizSession::finishedChanged);
        quiz->next();
        QVERIFY(quiz->finished());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(qRound(quiz->scorePercent()), 67);
        QVERIFY(!quiz->passed());
        QCOMPARE(quiz->missed().size(), 1);

        auto module = bound<ModuleOverview>();
        QCOMPARE(module->attempts(), 1);
        QCOMPARE(qRound(module->bestScore()), 67);
        QVERIFY(!module->quizPassed());
    }

    // Loading a course reads its quizzes once and reports their problems once; a cached course gives
    // the same figures without parsing, and asking later gives the same questions.
    void loadingReadsEveryQuizOnceAndTheCacheKeepsIt()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/data/testkurs");
        const QString target = dir.filePath(QStringLiteral("testkurs"));
        QVERIFY(QDir().mkpath(target + QStringLiteral("/m1")));
        for (const QString &name : {QStringLiteral("course.md"), QStringLiteral("m1/module.md"), QStringLiteral("m1/a.md"),
                                    QStringLiteral("m1/b.md"), QStringLiteral("m1/quiz.gift")})
            QVERIFY(QFile::copy(source + u'/' + name, target + u'/' + name));
        QFile quizFile(target + QStringLiteral("/m1/quiz.gift"));
        QVERIFY(quizFile.open(QIODevice::Append));
        quizFile.write("\n::t-trasig::Saknar slut {=ja\n");
        quizFile.close();

        CourseLibrary library;
        library.load({dir.path()});
        const auto quizProblems = [&library] {
            int count = 0;
            for (const Diagnostic &d : library.diagnostics())
                count += d.isError() && d.path.endsWith(QStringLiteral("quiz.gift")) ? 1 : 0;
            return count;
        };
        // Loading reads each quiz once (the home page's figures count its graded questions) and reports
        // its problem once; opening the quiz afterwards reports nothing twice.
        QCOMPARE(quizProblems(), 1);
        const qsizetype questions = library.quiz(QString::fromLatin1(Course), QString::fromLatin1(Module)).size();
        QVERIFY(questions > 0);
        QCOMPARE(quizProblems(), 1);
        QCOMPARE(library.gradedQuestionIds(QString::fromLatin1(Course), QString::fromLatin1(Module)).size(),
                 gradedQuestionCount(library.quiz(QString::fromLatin1(Course), QString::fromLatin1(Module))));

        // The next start with a cache: the course comes back from it, with the same problem and figures,
        // and the quiz is read again only when opened.
        CourseLibrary first;
        first.setCacheFolder(dir.filePath(QStringLiteral("cache")));
        first.load({dir.path()});
        CourseLibrary cached;
        cached.setCacheFolder(dir.filePath(QStringLiteral("cache")));
        cached.load({dir.path()});
        QCOMPARE(QDir(dir.filePath(QStringLiteral("cache"))).entryList(QDir::Files).size(), 1);
        QCOMPARE(cached.diagnostics().size(), first.diagnostics().size());
        QCOMPARE(cached.structure(QString::fromLatin1(Course)).constFirst().questionIds,
                 first.structure(QString::fromLatin1(Course)).constFirst().questionIds);
        QCOMPARE(cached.quiz(QString::fromLatin1(Course), QString::fromLatin1(Module)).size(), questions);
        QCOMPARE(cached.diagnostics().size(), first.diagnostics().size());
    }

    void damagedStoreGivesANoticeAndStillWorks()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("progress.db")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        App app(nullptr);
        app.progress()->open(dir.path());
        QVERIFY(!app.progress()->notice().isEmpty());
        QVERIFY(app.progress()->recordBreathing(QStringLiteral("box"), 60, true));
        app.progress()->dismissNotice();
        QVERIFY(app.progress()->notice().isEmpty());
    }

    // The app's startup: the store opens on its header alone and the full check runs on a worker
    // thread after the first frame; damage found then still ends in a notice and a working store.
    void integrityCheckInTheBackground()
    {
        QTemporaryDir dir;
        App app(nullptr);
        ProgressTracker *progress = app.progress();
        progress->open(dir.path(), ProgressStore::IntegrityCheck::Later);
        QVERIFY(progress->recordBreathing(QStringLiteral("box"), 60, true));
        QVERIFY(progress->flush());

        QSignalSpy checked(progress, &ProgressTracker::integrityChecked);
        progress->checkIntegrityInBackground();
        QVERIFY(checked.wait(5000));
        QVERIFY(progress->notice().isEmpty()); // a sound file: nothing to say
        QCOMPARE(progress->breathingMinutes(), 1);

        // The file is damaged behind the store's back (every page after the header).
        const QString path = progress->store().filePath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4096);
        QVERIFY(file.seek(4096));
        file.write(QByteArray(int(file.size() - 4096), '\x5a'));
        file.close();

        const int revision = progress->revision();
        progress->checkIntegrityInBackground();
        QVERIFY(checked.wait(5000));
        QVERIFY(!progress->notice().isEmpty());
        QVERIFY(progress->revision() > revision);
        QVERIFY(progress->isPersistent());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("progress-corrupt-*.db")}).size(), 1);
        QCOMPARE(progress->breathingMinutes(), 0); // a new file
        QVERIFY(progress->recordBreathing(QStringLiteral("box"), 120, true));
        QCOMPARE(progress->breathingMinutes(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCourseModels)
#include "tst_coursemodels.moc"
