#include <QTest>

#include <QDir>
#include <QProcess>

// The courses shipped in lessons/ pass `pausa-content check` with no errors, as CI requires.
class TestRealCourse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lessonsFolderHasNoErrors()
    {
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(PAUSA_SOURCE_DIR));
        process.start(QStringLiteral(PAUSA_CONTENT_TOOL), {QStringLiteral("check"), QStringLiteral("lessons")});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString summary = out.trimmed().section(u'\n', -1);
        QVERIFY2(process.exitCode() == 0, qPrintable(out));
        QVERIFY2(summary.contains(QStringLiteral(": 0 errors,")), qPrintable(summary));
        QVERIFY2(!summary.startsWith(QStringLiteral("0 courses")), qPrintable(summary));
    }

    // From inside a course's own folder, as an author runs it: no errors and no warnings either.
    void eachCourseIsCleanFromItsOwnFolder()
    {
        const QDir lessons(QStringLiteral(PAUSA_SOURCE_DIR "/lessons"));
        const QStringList courses = lessons.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(!courses.isEmpty());
        for (const QString &course : courses) {
            QProcess process;
            process.setWorkingDirectory(lessons.filePath(course));
            process.start(QStringLiteral(PAUSA_CONTENT_TOOL), {QStringLiteral("check"), QStringLiteral(".")});
            QVERIFY(process.waitForFinished(60000));
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(process.exitCode() == 0, qPrintable(out));
            QVERIFY2(out.trimmed().section(u'\n', -1).endsWith(QStringLiteral(": 0 errors, 0 warnings")), qPrintable(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestRealCourse)
#include "tst_realcourse.moc"
