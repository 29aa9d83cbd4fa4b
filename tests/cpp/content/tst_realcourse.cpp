#include <QTest>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

// The courses shipped in lessons/ and the second test course (tests/support/courses/safe-lifting:
// English, another field, written from lessons/README.md with every feature it documents) pass
// `pausa-content check` with no errors and no warnings, however the author names them.
class TestRealCourse : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
    };

    static Run run(const QString &folder, const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(folder);
        process.start(QStringLiteral(PAUSA_CONTENT_TOOL), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput())};
    }

private Q_SLOTS:
    void checksClean_data()
    {
        const QString source = QStringLiteral(PAUSA_SOURCE_DIR);
        const QString bundled = source + QStringLiteral("/lessons/besvarliga-kunder");
        const QString second = source + QStringLiteral("/tests/support/courses/safe-lifting");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("path");
        QTest::newRow("lessons/, from the repository") << source << QStringLiteral("lessons");
        QTest::newRow("the bundled course, from its parent") << source + QStringLiteral("/lessons")
                                                             << QStringLiteral("besvarliga-kunder");
        QTest::newRow("the bundled course, from inside it") << bundled << QStringLiteral(".");
        QTest::newRow("the bundled course, by absolute path") << QDir::tempPath() << bundled;
        QTest::newRow("the bundled course, by its course.md") << bundled << QStringLiteral("course.md");
        QTest::newRow("the second course") << source << QStringLiteral("tests/support/courses/safe-lifting");
        QTest::newRow("the second course, from inside it") << second << QStringLiteral(".");
    }

    void checksClean()
    {
        QFETCH(QString, folder);
        QFETCH(QString, path);
        const Run result = run(folder, {QStringLiteral("check"), path});
        const QString summary = result.out.trimmed().section(u'\n', -1);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out));
        QVERIFY2(summary.endsWith(QStringLiteral(": 0 errors, 0 warnings")), qPrintable(result.out));
        QVERIFY2(summary.startsWith(QStringLiteral("1 courses")) || path == u"lessons", qPrintable(summary));
    }

    // The second course uses every kind of question, every text format and both breathing lengths,
    // and dumps as the app would load it.
    void secondCourseUsesEveryFeature()
    {
        const Run result = run(QStringLiteral(PAUSA_SOURCE_DIR),
                               {QStringLiteral("dump"), QStringLiteral("tests/support/courses/safe-lifting"),
                                QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject course = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(course.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QSet<QString> types, formats;
        int lessons = 0, breathing = 0;
        for (const QJsonValue &module : course.value(QStringLiteral("modules")).toArray()) {
            lessons += module[QStringLiteral("lessons")].toArray().size();
            breathing += module[QStringLiteral("breathing")].toArray().size();
            for (const QJsonValue &question : module[QStringLiteral("quiz")][QStringLiteral("questions")].toArray()) {
                types.insert(question[QStringLiteral("type")].toString());
                formats.insert(question[QStringLiteral("format")].toString());
            }
        }
        QCOMPARE(lessons, 4);
        QCOMPARE(breathing, 2);
        for (const char *type : {"single", "multiple", "truefalse", "short", "numerical", "matching", "essay",
                                 "description"})
            QVERIFY2(types.contains(QString::fromLatin1(type)), type);
        for (const char *format : {"moodle", "markdown", "html"})
            QVERIFY2(formats.contains(QString::fromLatin1(format)), format);
    }
};

QTEST_GUILESS_MAIN(TestRealCourse)
#include "tst_realcourse.moc"
