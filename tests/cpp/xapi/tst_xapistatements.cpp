// What Pausa says to an LRS: the statements built from progress events (verbs, IRIs, names,
// context, ids, timestamps), their place in the event's own transaction, the schema step that adds
// the outbox, and the organisation link.
#include "progress/progressconnection.h"
#include "progress/progressschema.h"
#include "xapi/xapiconfig.h"
#include "xapi/xapisettings.h"
#include "xapitestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>

namespace {

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QList<QJsonObject> waiting(ProgressStore &store)
{
    QList<QJsonObject> result;
    for (const auto &s : store.waitingStatements(1000))
        result.append(parse(s.body));
    return result;
}

} // namespace

class tst_XapiStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lessonQuizBreathingAndCourse()
    {
        const Course course = sampleCourse();
        ReportingStore r(coursesOf(course));
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 30, 15));
        QVERIFY(r.store.recordLessonOpened(course.id, QStringLiteral("m1"), QStringLiteral("l1"), at));
        QVERIFY(r.store.recordLessonCompleted(course.id, QStringLiteral("m1"), QStringLiteral("l1"), 95, at));
        const qint64 attempt = r.store.startQuizAttempt(course.id, QStringLiteral("m1"), QStringLiteral("m1"), at);
        QVERIFY(r.store.recordQuizAnswer(attempt, QStringLiteral("q1"), 1.0, QStringLiteral("[\"false\"]"), at));
        QVERIFY(r.store.finishQuizAttempt(attempt, 100, true, 40, at));
        QVERIFY(r.store.recordBreathingSession(QStringLiteral("box"), 120, true, at));
        QVERIFY(r.store.recordBreathingSession(QStringLiteral("box"), 20, false, at)); // stopped early: nothing
        QVERIFY(r.store.recordBreathingSession(QStringLiteral("course-breath"), 60, true, at));

        const QList<QJsonObject> s = waiting(r.store);
        QStringList verbs;
        for (const QJsonObject &st : s)
            verbs.append(st[QStringLiteral("verb")][QStringLiteral("id")].toString().section(u'/', -1));
        // The course completes with the passed quiz (its last step), once.
        QCOMPARE(verbs, (QStringList{QStringLiteral("experienced"), QStringLiteral("answered"), QStringLiteral("passed"),
                                     QStringLiteral("completed"), QStringLiteral("completed"), QStringLiteral("completed")}));

        const QJsonObject lesson = s[0];
        QCOMPARE(lesson[QStringLiteral("actor")][QStringLiteral("account")][QStringLiteral("name")].toString(),
                 QStringLiteral("emp-1042"));
        QCOMPARE(lesson[QStringLiteral("object")][QStringLiteral("id")].toString(),
                 QStringLiteral("urn:pausa:course:stress/module/m1/lesson/l1"));
        QCOMPARE(lesson[QStringLiteral("object")][QStringLiteral("definition")][QStringLiteral("name")][QStringLiteral("sv")]
                     .toString(),
                 QStringLiteral("Kroppens larm"));
        QCOMPARE(lesson[QStringLiteral("result")][QStringLiteral("duration")].toString(), QStringLiteral("PT95S"));
        const QJsonObject context = lesson[QStringLiteral("context")].toObject();
        QCOMPARE(context[QStringLiteral("platform")].toString(), QStringLiteral("Pausa"));
        QCOMPARE(context[QStringLiteral("language")].toString(), QStringLiteral("sv"));
        QCOMPARE(context[QStringLiteral("contextActivities")][QStringLiteral("parent")][0][QStringLiteral("id")].toString(),
                 QStringLiteral("urn:pausa:course:stress/module/m1"));
        QCOMPARE(context[QStringLiteral("contextActivities")][QStringLiteral("grouping")][0][QStringLiteral("id")].toString(),
                 QStringLiteral("urn:pausa:course:stress"));
        // TZ=Europe/Stockholm: 2 November is winter time, +01:00.
        QCOMPARE(lesson[QStringLiteral("timestamp")].toString(), QStringLiteral("2026-11-02T09:30:15.000+01:00"));

        const QJsonObject answered = s[1];
        QCOMPARE(answered[QStringLiteral("object")][QStringLiteral("id")].toString(),
                 QStringLiteral("urn:pausa:course:stress/module/m1/quiz/question/q1"));
        QCOMPARE(answered[QStringLiteral("result")][QStringLiteral("success")].toBool(), true);
        QCOMPARE(answered[QStringLiteral("result")][QStringLiteral("score")][QStringLiteral("scaled")].toDouble(), 1.0);
        QCOMPARE(answered[QStringLiteral("result")][QStringLiteral("response")].toString(), QStringLiteral("[\"false\"]"));
        QCOMPARE(answered[QStringLiteral("context")][QStringLiteral("contextActivities")][QStringLiteral("parent")][0]
                         [QStringLiteral("id")].toString(),
                 QStringLiteral("urn:pausa:course:stress/module/m1/quiz"));

        const QJsonObject passed = s[2];
        QCOMPARE(passed[QStringLiteral("result")][QStringLiteral("score")][QStringLiteral("scaled")].toDouble(), 1.0);
        QCOMPARE(passed[QStringLiteral("result")][QStringLiteral("success")].toBool(), true);

        QCOMPARE(s[3][QStringLiteral("object")][QStringLiteral("id")].toString(), QStringLiteral("urn:pausa:course:stress"));
        QCOMPARE(s[3][QStringLiteral("object")][QStringLiteral("definition")][QStringLiteral("type")].toString(),
                 QStringLiteral("http://adlnet.gov/expapi/activities/course"));
        QCOMPARE(s[4][QStringLiteral("object")][QStringLiteral("id")].toString(), QStringLiteral("urn:pausa:breathing:box"));
        QCOMPARE(s[4][QStringLiteral("result")][QStringLiteral("duration")].toString(), QStringLiteral("PT120S"));
        QCOMPARE(s[5][QStringLiteral("object")][QStringLiteral("id")].toString(),
                 QStringLiteral("urn:pausa:course:stress/breathing/course-breath"));

        // A second pass through the course does not complete it again.
        QVERIFY(r.store.recordLessonCompleted(course.id, QStringLiteral("m1"), QStringLiteral("l1"), 30, at.addDays(1)));
        QCOMPARE(waiting(r.store).size(), 7);
    }

    void failedQuizAndCatalogBase()
    {
        const Course course = sampleCourse();
        ReportingStore r(coursesOf(course, QStringLiteral("https://learn.example.org/catalog/stress/")));
        const QDateTime at(QDate(2026, 7, 1), QTime(14, 0));
        const qint64 attempt = r.store.startQuizAttempt(course.id, QStringLiteral("m1"), QStringLiteral("m1"), at);
        QVERIFY(r.store.recordQuizAnswer(attempt, QStringLiteral("q1"), 0.5, QStringLiteral("[]"), at));
        QVERIFY(r.store.finishQuizAttempt(attempt, 50, false, 12, at));
        const QList<QJsonObject> s = waiting(r.store);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0][QStringLiteral("result")][QStringLiteral("success")].toBool(), false);
        QCOMPARE(s[1][QStringLiteral("verb")][QStringLiteral("id")].toString(),
                 QStringLiteral("http://adlnet.gov/expapi/verbs/failed"));
        QCOMPARE(s[1][QStringLiteral("result")][QStringLiteral("score")][QStringLiteral("scaled")].toDouble(), 0.5);
        QCOMPARE(s[1][QStringLiteral("object")][QStringLiteral("id")].toString(),
                 QStringLiteral("https://learn.example.org/catalog/stress/module/m1/quiz"));
        QCOMPARE(s[1][QStringLiteral("timestamp")].toString(), QStringLiteral("2026-07-01T14:00:00.000+02:00")); // summer
    }

    void idsAreStableVersion5AndUnique()
    {
        RecordedEvent e;
        e.id = 7;
        e.at = QDateTime(QDate(2026, 1, 1), QTime(8, 0));
        e.kind = QStringLiteral("lesson_completed");
        const QString a = StatementBuilder::statementId(QStringLiteral("inst"), e, QStringLiteral("experienced"));
        QCOMPARE(StatementBuilder::statementId(QStringLiteral("inst"), e, QStringLiteral("experienced")), a);
        QCOMPARE(QUuid(a).version(), QUuid::Sha1);
        QVERIFY(StatementBuilder::statementId(QStringLiteral("other"), e, QStringLiteral("experienced")) != a);
        e.id = 8;
        QVERIFY(StatementBuilder::statementId(QStringLiteral("inst"), e, QStringLiteral("experienced")) != a);
    }

    void nothingQueuedWhileReportingIsOff()
    {
        ReportingStore r;
        r.store.setStatementSource(nullptr);
        r.queueBreathing(3);
        QCOMPARE(r.store.outboxCounts().waiting, 0);
        r.store.setStatementSource(r.source.get());
        r.queueBreathing(2);
        QCOMPARE(r.store.outboxCounts().waiting, 2);
    }

    // The statement is part of the event's transaction: when the outbox cannot take it, the event
    // is not recorded either (and the other way round).
    void eventAndStatementCommitTogether()
    {
        ReportingStore r;
        r.queueBreathing(1);
        {
            ProgressConnection side(QStringLiteral("side"));
            QVERIFY(side.openFile(r.store.filePath(), false));
            QVERIFY(side.exec(QStringLiteral("CREATE TRIGGER no_outbox BEFORE INSERT ON xapi_outbox"
                                             " BEGIN SELECT RAISE(ABORT, 'outbox full'); END")));
        }
        QVERIFY(!r.store.recordBreathingSession(QStringLiteral("box"), 60, true,
                                                QDateTime(QDate(2026, 11, 3), QTime(8, 0))));
        QCOMPARE(r.store.recentActivity(10).size(), 1);
        QCOMPARE(r.store.outboxCounts().waiting, 1);
    }

    void migratesAVersionOneFile()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(PAUSA_SOURCE_DIR "/tests/cpp/progress/data/progress-v1.db"),
                            dir.filePath(QStringLiteral("progress.db"))));
        QFile::setPermissions(dir.filePath(QStringLiteral("progress.db")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ProgressStore store;
        QCOMPARE(store.open(dir.path()).status, ProgressStore::OpenResult::Status::Ok);
        {
            ProgressConnection side(QStringLiteral("check"));
            QVERIFY(side.openFile(store.filePath(), true));
            QCOMPARE(ProgressSchema::version(side), 3);
            QVERIFY(side.scalar(QStringLiteral("SELECT count(*) FROM xapi_outbox")).has_value());
        }
        const int events = store.recentActivity(100000).size();
        QVERIFY(events > 0); // the history is still there
    }

    // The secret lives only in the settings file, which only its owner may read, also after another
    // part of the app (AppSettings) rewrites it.
    void settingsFileIsTheOwnersAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Pausa.conf"));
        XapiSettings saved;
        saved.enabled = true;
        saved.config = ReportingStore::config(8080);
        saved.installationId = QStringLiteral("inst");
        {
            QSettings file(path, QSettings::IniFormat);
            QVERIFY(saved.save(file));
        }
        const auto othersMayRead = [&path] {
            return (QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) != 0;
        };
        QVERIFY(!othersMayRead());
        {
            QSettings file(path, QSettings::IniFormat);
            file.setValue(QStringLiteral("themeMode"), 2);
        }
        QVERIFY(!othersMayRead());
        QSettings file(path, QSettings::IniFormat);
        const XapiSettings loaded = XapiSettings::load(file);
        QCOMPARE(loaded.config.secret, QStringLiteral("pausa-secret"));
        QCOMPARE(loaded.config.endpoint, saved.config.endpoint);
        QCOMPARE(loaded.installationId, QStringLiteral("inst"));
        QVERIFY(loaded.enabled);
    }

    void joinLinkAndEndpointRules()
    {
        XapiConfig c;
        QString error;
        QVERIFY(c.readJoinLink(QStringLiteral("pausa://join?lrs=https%3A%2F%2Flrs.example.org%2FxAPI&key=k1&secret=s%26cret"
                                              "&homepage=https%3A%2F%2Fexample.org&catalog=https%3A%2F%2Fexample.org%2Fcourses"),
                               &error));
        QCOMPARE(c.endpoint, QUrl(QStringLiteral("https://lrs.example.org/xAPI/")));
        QCOMPARE(c.key, QStringLiteral("k1"));
        QCOMPARE(c.secret, QStringLiteral("s&cret"));
        QCOMPARE(c.homepage, QUrl(QStringLiteral("https://example.org")));
        QCOMPARE(c.catalog, QUrl(QStringLiteral("https://example.org/courses")));
        QVERIFY(!c.isComplete()); // no learner name yet
        c.learner = QStringLiteral("anna.berg@example.org");
        QVERIFY(c.isComplete());
        QCOMPARE(c.actor()[QStringLiteral("mbox")].toString(), QStringLiteral("mailto:anna.berg@example.org"));

        XapiConfig plain;
        QVERIFY(!plain.readJoinLink(QStringLiteral("pausa://join?lrs=http%3A%2F%2Flrs.example.org%2FxAPI"), &error));
        QVERIFY(error.contains(QStringLiteral("https")));
        QVERIFY(plain.endpoint.isEmpty());
        QVERIFY(!plain.readJoinLink(QStringLiteral("https://example.org/join?lrs=x"), &error));
        QVERIFY(XapiConfig::endpointProblem(QUrl(QStringLiteral("http://127.0.0.1:8080/xAPI/"))).isEmpty());
        QVERIFY(XapiConfig::endpointProblem(QUrl(QStringLiteral("http://[::1]:8080/xAPI/"))).isEmpty());
        QVERIFY(XapiConfig::endpointProblem(QUrl(QStringLiteral("http://localhost/xAPI/"))).isEmpty());
        QVERIFY(!XapiConfig::endpointProblem(QUrl(QStringLiteral("http://10.0.0.1/xAPI/"))).isEmpty());
        QVERIFY(!XapiConfig::endpointProblem(QUrl(QStringLiteral("ftp://lrs.example.org/"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_XapiStatements)
#include "tst_xapistatements.moc"
