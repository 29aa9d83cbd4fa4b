#include "progressfixture.h"

#include <QTimeZone>

namespace ProgressFixture {

QString courseId()
{
    return QStringLiteral("fixture-course");
}

QList<ProgressStore::ModuleStructure> structure()
{
    return {{QStringLiteral("kundtyper"),
             {QStringLiteral("en-vanlig-dag"), QStringLiteral("normalt-eller-inte"), QStringLiteral("tre-typer")},
             {QStringLiteral("q-arg-kund"), QStringLiteral("q-tyst-kund"), QStringLiteral("q-granser")}},
            {QStringLiteral("lugnet"), {QStringLiteral("andas-forst"), QStringLiteral("pausa-samtalet")}, {}}};
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, 0), QTimeZone::utc());
}

bool record(ProgressStore &store)
{
    const QString c = courseId();
    const QString m1 = QStringLiteral("kundtyper");
    const QString m2 = QStringLiteral("lugnet");
    bool ok = store.recordLessonOpened(c, m1, QStringLiteral("en-vanlig-dag"), at(5, 8))
        && store.recordCardReached(c, m1, QStringLiteral("en-vanlig-dag"), 1, at(5, 9))
        && store.recordCardReached(c, m1, QStringLiteral("en-vanlig-dag"), 2, at(5, 10))
        && store.recordLessonCompleted(c, m1, QStringLiteral("en-vanlig-dag"), 300, at(5, 11))
        && store.recordLessonOpened(c, m1, QStringLiteral("normalt-eller-inte"), at(6, 8))
        && store.recordLessonCompleted(c, m1, QStringLiteral("normalt-eller-inte"), 240, at(6, 9))
        && store.recordLessonOpened(c, m1, QStringLiteral("tre-typer"), at(6, 10))
        && store.recordCardReached(c, m1, QStringLiteral("tre-typer"), 1, at(6, 11));
    if (!ok)
        return false;

    const qint64 first = store.startQuizAttempt(c, m1, QStringLiteral("kundtyper-quiz"), at(7, 8));
    ok = first > 0
        && store.recordQuizAnswer(first, QStringLiteral("q-arg-kund"), 1.0, QStringLiteral("{\"choice\":1}"), at(7, 8))
        && store.recordQuizAnswer(first, QStringLiteral("q-tyst-kund"), 0.0, QStringLiteral("{\"choice\":3}"), at(7, 9))
        && store.recordQuizAnswer(first, QStringLiteral("q-granser"), 0.5, QStringLiteral("{\"choices\":[0,2]}"),
                                  at(7, 9))
        && store.finishQuizAttempt(first, 50.0, false, 200, at(7, 10));
    if (!ok)
        return false;
    const qint64 second = store.startQuizAttempt(c, m1, QStringLiteral("kundtyper-quiz"), at(8, 8));
    ok = second > 0
        && store.recordQuizAnswer(second, QStringLiteral("q-arg-kund"), 1.0, QStringLiteral("{\"choice\":1}"), at(8, 8))
        && store.recordQuizAnswer(second, QStringLiteral("q-tyst-kund"), 1.0, QStringLiteral("{\"choice\":0}"), at(8, 9))
        && store.recordQuizAnswer(second, QStringLiteral("q-granser"), 1.0, QStringLiteral("{\"choices\":[0,1]}"),
                                  at(8, 9))
        && store.finishQuizAttempt(second, 100.0, true, 180, at(8, 10))
        && store.recordBreathingSession(QStringLiteral("fyrkantsandning"), 120, true, at(8, 11))
        && store.recordBreathingSession(QStringLiteral("lugn-utandning"), 45, false, at(9, 8))
        && store.recordLessonOpened(c, m2, QStringLiteral("andas-forst"), at(9, 9))
        && store.recordCardReached(c, m2, QStringLiteral("andas-forst"), 2, at(9, 10));
    return ok;
}

// Everything a screen can read, as text, so two stores can be compared in one line.
QString describe(ProgressStore &store)
{
    QStringList out;
    for (const auto &p : store.moduleProgress(courseId(), structure(), 80)) {
        out << QStringLiteral("%1 %2/%3 %4% best=%5 last=%6 attempts=%7 passed=%8 mastered=%9")
                   .arg(p.moduleId)
                   .arg(p.lessonsDone)
                   .arg(p.lessonsTotal)
                   .arg(p.percentComplete)
                   .arg(p.bestScore.value_or(-1))
                   .arg(p.lastScore.value_or(-1))
                   .arg(p.attempts)
                   .arg(int(p.quizPassed))
                   .arg(int(p.mastered))
            << QStringLiteral("  questions %1/%2 seconds=%3 last=%4")
                   .arg(p.questionsCorrect)
                   .arg(p.questionsTotal)
                   .arg(p.secondsSpent)
                   .arg(p.lastActivity.toUTC().toString(Qt::ISODate));
    }
    const auto r = store.resumePoint(courseId());
    out << QStringLiteral("resume %1 %2 %3 card=%4 attempt=%5 at=%6")
               .arg(int(r.kind))
               .arg(r.moduleId, r.lessonId)
               .arg(r.cardIndex)
               .arg(r.attemptId)
               .arg(r.at.toUTC().toString(Qt::ISODate));
    out << QStringLiteral("streak=%1 breathing=%2 days=%3")
               .arg(store.streakDays(QDate(2026, 1, 10)))
               .arg(store.breathingSeconds())
               .arg(store.activeDays(QDate(2026, 1, 1), QDate(2026, 1, 31)).size());
    for (const auto &a : store.recentActivity(1000))
        out << QStringLiteral("%1 %2 %3/%4/%5 %6")
                   .arg(a.at.toUTC().toString(Qt::ISODate), a.kind, a.courseId, a.moduleId, a.itemId)
                   .arg(a.value);
    for (qint64 attempt : {1, 2}) {
        for (const auto &[question, response] : store.attemptAnswers(attempt))
            out << QStringLiteral("answer %1 %2 %3").arg(attempt).arg(question, response);
    }
    return out.join(u'\n');
}

} // namespace ProgressFixture
