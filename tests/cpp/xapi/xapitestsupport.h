#pragma once

#include "progress/progressstore.h"
#include "xapi/statementbuilder.h"
#include "xapi/xapiconfig.h"
#include "xapi/xapistatementsource.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A small Swedish course: one module, one lesson, a one-question quiz; a breathing exercise
// "course-breath" of its own.
inline Course sampleCourse()
{
    Course c;
    c.id = QStringLiteral("stress");
    c.title = QStringLiteral("Stress i vardagen");
    c.language = QStringLiteral("sv");
    c.passMark = 80;
    CourseModule m;
    m.id = QStringLiteral("m1");
    m.title = QStringLiteral("Vad är stress?");
    Lesson l;
    l.id = QStringLiteral("l1");
    l.title = QStringLiteral("Kroppens larm");
    m.lessons.append(l);
    m.quizPath = QStringLiteral("quiz.gift");
    Question q;
    q.id = QStringLiteral("q1");
    q.title = QStringLiteral("Larmet");
    q.type = QuestionType::TrueFalse;
    q.stem = QStringLiteral("Stress är alltid farligt.");
    m.quiz.append(q);
    m.quizLoaded = true;
    c.modules.append(m);
    return c;
}

inline XapiStatementSource::Courses coursesOf(const Course &course, const QString &base = {})
{
    XapiStatementSource::Courses courses;
    courses.course = [&course](const QString &id) { return id == course.id ? &course : nullptr; };
    courses.structure = [&course](const QString &) {
        QList<ProgressStore::ModuleStructure> result;
        for (const CourseModule &m : course.modules) {
            ProgressStore::ModuleStructure s{m.id, {}, {}};
            for (const Lesson &l : m.lessons)
                s.lessonIds.append(l.id);
            for (const Question &q : m.quiz)
                s.questionIds.append(q.id);
            result.append(s);
        }
        return result;
    };
    courses.baseIri = [base](const QString &) { return base; };
    courses.breathing = [](const QString &pattern) {
        return pattern == QStringLiteral("course-breath") ? std::pair{QStringLiteral("stress"), QStringLiteral("Lugn andning")}
                                                          : std::pair{QString(), QStringLiteral("Box breathing")};
    };
    return courses;
}

// A progress store in a temporary folder that queues statements (reporting on), for the xAPI tests.
struct ReportingStore
{
    QTemporaryDir dir;
    ProgressStore store;
    std::unique_ptr<XapiStatementSource> source;

    static XapiConfig config(quint16 port)
    {
        XapiConfig c;
        c.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(port));
        c.key = QStringLiteral("pausa-key");
        c.secret = QStringLiteral("pausa-secret");
        c.homepage = QUrl(QStringLiteral("https://example.org"));
        c.learner = QStringLiteral("emp-1042");
        return c;
    }

    explicit ReportingStore(XapiStatementSource::Courses courses = {}, const QJsonObject &actor = config(1).actor(),
                            const QString &installation = QStringLiteral("test-installation"))
    {
        store.open(dir.path());
        source = std::make_unique<XapiStatementSource>(StatementBuilder(actor, installation), std::move(courses));
        store.setStatementSource(source.get());
    }

    // n completed breathing sessions, one statement each, a minute apart.
    void queueBreathing(int n, const QDateTime &from = QDateTime(QDate(2026, 11, 2), QTime(8, 0)))
    {
        for (int i = 0; i < n; ++i)
            QVERIFY(store.recordBreathingSession(QStringLiteral("box"), 60, true, from.addSecs(60 * i)));
    }

    QStringList waitingIds()
    {
        QStringList ids;
        for (const auto &s : store.waitingStatements(100000))
            ids.append(s.id);
        return ids;
    }
};

inline QJsonArray statementsIn(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).array();
}
