#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestRealCourse)
#include "tst_realcourse.moc"
