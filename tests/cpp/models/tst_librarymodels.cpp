#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app.h"
#include "libraryoverview.h"
#include "resumecard.h"

// A library of two courses (the Swedish test course and the English safe-lifting course): the course
// list with each course's figures, and the continue card that crosses courses.
class TestLibraryModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<App> m_app;
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(8, 0));

    // Saves through the tracker's door (as the screens do), so the models refresh.
    void openLesson(const char *course, const char *module, const char *lesson, int card)
    {
        m_now = m_now.addSecs(60);
        ProgressTracker *progress = m_app->progress();
        QVERIFY(progress->recordLessonOpened(QString::fromLatin1(course), QString::fromLatin1(module),
                                             QString::fromLatin1(lesson), m_now));
        QVERIFY(progress->recordCardReached(QString::fromLatin1(course), QString::fromLatin1(module),
                                            QString::fromLatin1(lesson), card, m_now.addSecs(5)));
    }
    void completeLesson(const char *course, const char *module, const char *lesson)
    {
        m_now = m_now.addSecs(60);
        QVERIFY(m_app->progress()->recordLessonCompleted(QString::fromLatin1(course), QString::fromLatin1(module),
                                                         QString::fromLatin1(lesson), 60, m_now));
    }

    template<typename T>
    std::unique_ptr<T> bound()
    {
        auto object = std::make_unique<T>();
        object->setLibrary(m_app->library());
        object->setProgress(m_app->progress());
        return object;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_app = std::make_unique<App>(nullptr);
        m_app->library()->load({QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/data"),
                                QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/courses")});
        m_app->progress()->open(m_dir->path());
        QCOMPARE(m_app->library()->courseIds(), (QStringList{QStringLiteral("testkurs"), QStringLiteral("safe-lifting")}));
    }

    void courseListFollowsProgress()
    {
        auto library = bound<LibraryOverview>();
        CourseListModel *courses = library->courses();
        QAbstractItemModelTester tester(courses, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(library->count(), 2);
        const QModelIndex lifting = courses->index(1, 0);
        QCOMPARE(lifting.data(CourseListModel::TitleRole).toString(), QStringLiteral("Safe lifting in the warehouse"));
        QCOMPARE(lifting.data(CourseListModel::LanguageRole).toString(), QStringLiteral("en"));
        QCOMPARE(lifting.data(CourseListModel::ModuleCountRole).toInt(), 4);
        QCOMPARE(lifting.data(CourseListModel::LessonCountRole).toInt(), 4);
        QCOMPARE(lifting.data(CourseListModel::LessonsDoneRole).toInt(), 0);
        QVERIFY(lifting.data(CourseListModel::SummaryRole).toString().startsWith(QStringLiteral("How to move heavy")));
        QVERIFY(!lifting.data(CourseListModel::LastActivityRole).toDateTime().isValid());

        QSignalSpy reset(courses, &QAbstractItemModel::modelReset);
        QSignalSpy changed(courses, &QAbstractItemModel::dataChanged);
        completeLesson("safe-lifting", "your-back", "why-backs-hurt");
        QCOMPARE(reset.size(), 0);   // the same courses: updated in place
        QVERIFY(changed.size() >= 1);
        QCOMPARE(courses->index(1, 0).data(CourseListModel::LessonsDoneRole).toInt(), 1);
        QVERIFY(courses->index(1, 0).data(CourseListModel::PercentRole).toDouble() > 0);
        QCOMPARE(courses->index(0, 0).data(CourseListModel::LessonsDoneRole).toInt(), 0);
        QCOMPARE(library->lessonsDone(), 1);
        QCOMPARE(library->lessonCount(), courses->index(0, 0).data(CourseListModel::LessonCountRole).toInt() + 4);
    }

    // Home's first frame draws the first rows only; then all of them.
    void maxRowsLimitsWhatIsShownNotTheTotal()
    {
        auto library = bound<LibraryOverview>();
        QSignalSpy refreshed(library.get(), &LibraryOverview::refreshed);
        library->setMaxRows(1);
        QCOMPARE(library->count(), 1);
        QCOMPARE(library->total(), 2);
        QCOMPARE(library->courses()->index(0, 0).data(CourseListModel::CourseIdRole).toString(), QStringLiteral("testkurs"));
        library->setMaxRows(-1);
        QCOMPARE(library->count(), 2);
        QCOMPARE(refreshed.size(), 2);
    }

    void continueCardCrossesCourses()
    {
        auto resume = bound<ResumeCard>();   // no course id: the whole library
        QCOMPARE(resume->kind(), ResumeCard::Kind::NextLesson);
        QCOMPARE(resume->targetCourseId(), QStringLiteral("testkurs"));   // nothing done: library order

        openLesson("safe-lifting", "your-back", "why-backs-hurt", 1);
        QCOMPARE(resume->kind(), ResumeCard::Kind::ResumeLesson);
        QCOMPARE(resume->targetCourseId(), QStringLiteral("safe-lifting"));
        QCOMPARE(resume->courseTitle(), QStringLiteral("Safe lifting in the warehouse"));
        QCOMPARE(resume->targetLessonId(), QStringLiteral("why-backs-hurt"));
        QCOMPARE(resume->position(), 2);

        openLesson("testkurs", "testmodul", "lektion-a", 0);   // later: the most recent unfinished lesson wins
        QCOMPARE(resume->targetCourseId(), QStringLiteral("testkurs"));
        QCOMPARE(resume->targetLessonId(), QStringLiteral("lektion-a"));

        completeLesson("testkurs", "testmodul", "lektion-a");   // done there: back to the one left in the other course
        QCOMPARE(resume->kind(), ResumeCard::Kind::ResumeLesson);
        QCOMPARE(resume->targetCourseId(), QStringLiteral("safe-lifting"));

        completeLesson("safe-lifting", "your-back", "why-backs-hurt");
        // Nothing unfinished: the next lesson of the course the learner last worked in.
        QCOMPARE(resume->kind(), ResumeCard::Kind::NextLesson);
        QCOMPARE(resume->targetCourseId(), QStringLiteral("safe-lifting"));
        QCOMPARE(resume->targetLessonId(), QStringLiteral("the-lift"));

        // Bound to one course, the card stays in it.
        auto one = bound<ResumeCard>();
        one->setCourseId(QStringLiteral("testkurs"));
        QCOMPARE(one->targetCourseId(), QStringLiteral("testkurs"));
    }

    void summaryIsTheFirstParagraphAsPlainText()
    {
        QCOMPARE(CourseListModel::plainSummary(QStringLiteral("# Title\n\nFirst *para*\ngoes on with a [link](https://x.org).\n\nSecond.")),
                 QStringLiteral("Title"));
        QCOMPARE(CourseListModel::plainSummary(QStringLiteral("First **para**\ngoes on with a [link](https://x.org) and `code`.\n\nSecond.")),
                 QStringLiteral("First para goes on with a link and code."));
        QCOMPARE(CourseListModel::plainSummary(QStringLiteral("- one\n- two")), QStringLiteral("one two"));
        QCOMPARE(CourseListModel::plainSummary(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestLibraryModels)
#include "tst_librarymodels.moc"
