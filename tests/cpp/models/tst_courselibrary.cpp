#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "courselibrary.h"

// The course library: which course the app shows when two have the same id.
class TestCourseLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void copyFolder(const QString &from, const QString &to)
    {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = to + file.mid(from.size());
            QVERIFY(QDir().mkpath(QFileInfo(target).path()));
            QVERIFY(QFile::copy(file, target));
        }
    }

private Q_SLOTS:
    // A folder's course with the bundled course's id replaces it and shares its progress: the library
    // says so.
    void aCourseThatReplacesTheBundledOneIsNamed()
    {
        const QString preview = m_dir.filePath(QStringLiteral("forhandsvisning"));
        copyFolder(QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/data/testkurs"), preview);
        CourseLibrary library;
        library.load({QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/data")});
        QCOMPARE(library.replacedNotice(), QString());
        library.load({QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/data")}, {preview});
        QCOMPARE(library.courseIds(), QStringList{QStringLiteral("testkurs")});
        QCOMPARE(library.course(QStringLiteral("testkurs"))->path, preview);
        const QString notice = library.replacedNotice();
        QVERIFY2(notice.contains(preview) && notice.contains(QStringLiteral("“testkurs”")), qPrintable(notice));
    }
};

QTEST_GUILESS_MAIN(TestCourseLibrary)
#include "tst_courselibrary.moc"
