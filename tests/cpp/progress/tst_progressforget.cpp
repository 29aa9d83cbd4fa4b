#include <QTemporaryDir>
#include <QTest>

#include "progress/progressstore.h"

// Deleting one course's progress (a learner removes a course and asks for its progress to go too):
// that course's record is gone, the other course's is untouched, and the streak's days stay.
class TestProgressForget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deletesOneCourseOnly()
    {
        QTemporaryDir dir;
        ProgressStore store;
        store.open(dir.path());
        const QDateTime at = QDateTime::currentDateTime().addSecs(-600);
        for (const QString &course : {QStringLiteral("a"), QStringLiteral("b")}) {
            QVERIFY(store.recordLessonOpened(course, QStringLiteral("m"), QStringLiteral("l1"), at));
            QVERIFY(store.recordCardReached(course, QStringLiteral("m"), QStringLiteral("l1"), 1, at.addSecs(5)));
            QVERIFY(store.recordLessonCompleted(course, QStringLiteral("m"), QStringLiteral("l2"), 60, at.addSecs(10)));
            const qint64 attempt = store.startQuizAttempt(course, QStringLiteral("m"), QStringLiteral("m"), at.addSecs(20));
            QVERIFY(attempt > 0);
            QVERIFY(store.recordQuizAnswer(attempt, QStringLiteral("q1"), 1, QStringLiteral("{}"), at.addSecs(21)));
            QVERIFY(store.finishQuizAttempt(attempt, 100, true, 30, at.addSecs(30)));
        }
        const QList<ProgressStore::ModuleStructure> structure{{QStringLiteral("m"), {QStringLiteral("l1"), QStringLiteral("l2")},
                                                               {QStringLiteral("q1")}}};
        QCOMPARE(store.courseCompletion(QStringLiteral("a"), structure, 80), 200.0 / 3);
        const int streak = store.streakDays(QDate::currentDate());
        QVERIFY(streak >= 1);

        QVERIFY(store.deleteCourseProgress(QStringLiteral("a")));
        QCOMPARE(store.courseCompletion(QStringLiteral("a"), structure, 80), 0.0);
        QCOMPARE(store.resumePoint(QStringLiteral("a")).kind, ProgressStore::ResumePoint::Kind::None);
        QVERIFY(store.completedLessons(QStringLiteral("a"), {}).isEmpty());
        for (const ProgressStore::Activity &activity : store.recentActivity(50))
            QVERIFY2(activity.courseId != QStringLiteral("a"), qPrintable(activity.kind));

        QCOMPARE(store.courseCompletion(QStringLiteral("b"), structure, 80), 200.0 / 3);
        QCOMPARE(store.resumePoint(QStringLiteral("b")).lessonId, QStringLiteral("l1"));
        QCOMPARE(store.streakDays(QDate::currentDate()), streak);
        QVERIFY(!store.deleteCourseProgress(QString()));   // refused, not "everything"
        QCOMPARE(store.courseCompletion(QStringLiteral("b"), structure, 80), 200.0 / 3);
    }
};

QTEST_GUILESS_MAIN(TestProgressForget)
#include "tst_progressforget.moc"
