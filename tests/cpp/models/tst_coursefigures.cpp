#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app.h"
#include "moduleoverview.h"
#include "progresstracker.h"
#include "quizsession.h"
#include "resumecard.h"

// What learners see counted and measured (#16), over the fixture course tests/cpp/models/data/parkurs:
// blandmodul has seven questions of which five are graded and two breathing exercises (six cycles,
// 1.5 minutes); talmodul has a range and a value with a margin as numerical answers.
class TestCourseFigures : public QObject
{
    Q_OBJECT

    // A module's quiz over a store of its own.
    struct Fixture
    {
        QTemporaryDir dir;
        App app{nullptr};
        QuizSession quiz;

        explicit Fixture(const QString &moduleId)
        {
            app.library()->load({QStringLiteral(PAUSA_SOURCE_DIR "/tests/cpp/models/data")});
            app.progress()->open(dir.path());
            quiz.setLibrary(app.library());
            quiz.setProgress(app.progress());
            quiz.setCourseId(QStringLiteral("parkurs"));
            quiz.setModuleId(moduleId);
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // #16: a quiz with a description and an essay among five graded questions. The module page, the
    // quiz and the resume card all count the five (the resume card counted all seven: "3 of 7").
    void everyCountIsOfGradedQuestions()
    {
        Fixture p(QStringLiteral("blandmodul"));
        QCOMPARE(p.quiz.count(), 7);
        QCOMPARE(p.quiz.gradedCount(), 5);
        p.quiz.next();                                  // the description
        QVERIFY(p.quiz.submitChoices({0}));
        p.quiz.next();
        QVERIFY(p.quiz.submitChoices({1}));
        p.quiz.next();
        QCOMPARE(p.quiz.gradedNumber(), 0);             // the reflection: no number
        QVERIFY(p.quiz.submitText(QStringLiteral("Andas.")));

        ModuleOverview module;
        module.setLibrary(p.app.library());
        module.setProgress(p.app.progress());
        module.setCourseId(QStringLiteral("parkurs"));
        module.setModuleId(QStringLiteral("blandmodul"));
        QCOMPARE(module.questionCount(), 5);

        ResumeCard resume;
        resume.setLibrary(p.app.library());
        resume.setProgress(p.app.progress());
        resume.setCourseId(QStringLiteral("parkurs"));
        QCOMPARE(resume.kind(), ResumeCard::Kind::ResumeQuiz);
        QCOMPARE(resume.targetModuleId(), QStringLiteral("blandmodul"));
        QCOMPARE(resume.total(), 5);
        QCOMPARE(resume.position(), 3);                 // as the quiz will say: "3 of 5"

        p.quiz.next();
        QCOMPARE(p.quiz.gradedNumber(), 3);
        QCOMPARE(p.quiz.gradedCount(), 5);
    }

    // #16: the module page shows each exercise's real length: six cycles of 16 s are 1 min 36 s (it
    // showed "0 min"), 1.5 minutes are 1 min 30 s (it showed "2 min").
    void breathingLengthsAreReal()
    {
        Fixture p(QStringLiteral("blandmodul"));
        ModuleOverview module;
        module.setLibrary(p.app.library());
        module.setProgress(p.app.progress());
        module.setCourseId(QStringLiteral("parkurs"));
        module.setModuleId(QStringLiteral("blandmodul"));
        const QVariantList breathing = module.breathing();
        QCOMPARE(breathing.size(), 2);
        const QVariantMap cycles = breathing.at(0).toMap();
        QCOMPARE(cycles.value(QStringLiteral("patternId")).toString(), QStringLiteral("sex-varv"));
        QCOMPARE(cycles.value(QStringLiteral("suggestedCycles")).toInt(), 6);
        QCOMPARE(cycles.value(QStringLiteral("lengthSeconds")).toInt(), 96);
        QCOMPARE(cycles.value(QStringLiteral("lengthMinutes")).toInt(), 1);
        QCOMPARE(cycles.value(QStringLiteral("lengthRestSeconds")).toInt(), 36);
        const QVariantMap minutes = breathing.at(1).toMap();
        QCOMPARE(minutes.value(QStringLiteral("lengthSeconds")).toInt(), 90);
        QCOMPARE(minutes.value(QStringLiteral("lengthMinutes")).toInt(), 1);
        QCOMPARE(minutes.value(QStringLiteral("lengthRestSeconds")).toInt(), 30);
    }

    // #16: a numerical answer's right answer reads as it was written: a range as its ends (it read
    // "Right answer: 3" for {#2..4}), a margin as ± (it read "3" for {#3:0.5}).
    void numericalRightAnswerShowsTheRange()
    {
        Fixture p(QStringLiteral("talmodul"));
        QCOMPARE(p.quiz.question()->kind(), QuizQuestion::Kind::Numerical);
        QVERIFY(p.quiz.submitNumber(2.5));
        QVERIFY(p.quiz.question()->correct());
        QCOMPARE(p.quiz.question()->rightAnswer(), QStringLiteral("2–4"));
        p.quiz.next();
        QVERIFY(p.quiz.submitNumber(4));
        QVERIFY(!p.quiz.question()->correct());
        QCOMPARE(p.quiz.question()->rightAnswer(), QStringLiteral("3 ± 0.5"));
        p.quiz.next();
        QVERIFY(p.quiz.finished());
        const QVariantList missed = p.quiz.missed();
        QCOMPARE(missed.size(), 1);
        QCOMPARE(missed.at(0).toMap().value(QStringLiteral("rightAnswer")).toString(), QStringLiteral("3 ± 0.5"));
    }
};

QTEST_GUILESS_MAIN(TestCourseFigures)
#include "tst_coursefigures.moc"
