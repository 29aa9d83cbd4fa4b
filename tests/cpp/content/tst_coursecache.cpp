#include <QTemporaryDir>
#include <QTest>

#include "content/coursecache.h"
#include "content/coursejson.h"
#include "content/courseloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>

// CourseCache: an unchanged course folder comes back exactly as loaded; any change to its files, and
// any damage to the cache, is a miss (the app then reads the folder as before).
class TestCourseCache : public QObject
{
    Q_OBJECT

private:
    const QString m_data = QStringLiteral(PAUSA_TEST_DATA);
    QTemporaryDir m_work;
    QString m_course;   // a copy of the good fixture course, changed by some tests
    QString m_cacheFolder;
    int m_run = 0;

    static QByteArray json(const CourseCache::Entry &entry)
    {
        QJsonObject object = courseToJson(entry.course);
        object.insert(QStringLiteral("diagnostics"), diagnosticsToJson(entry.diagnostics));
        return QJsonDocument(object).toJson();
    }

    CourseCache::Entry loadFresh() const
    {
        CourseLoader loader;
        std::optional<Course> course = loader.loadCourse(m_course);
        if (!course)
            return {};
        CourseCache::Entry entry{*course, loader.diagnostics(), {}};
        entry.gradedQuestions.insert(QStringLiteral("01-forsta"), {QStringLiteral("q1"), QStringLiteral("q2")});
        return entry;
    }

    void storeFresh()
    {
        const CourseCache cache(m_cacheFolder);
        QVERIFY(cache.store(m_course, CourseCache::fingerprint(m_course), loadFresh()));
    }

    static void appendTo(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write(text), text.size());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_work.isValid());
        ++m_run;   // each test function and data row starts from its own copy
        m_course = m_work.filePath(QStringLiteral("course-%1").arg(m_run));
        m_cacheFolder = m_work.filePath(QStringLiteral("cache-%1").arg(m_run));
        const QString from = m_data + QStringLiteral("/good-course");
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = m_course + source.mid(from.size());
            QVERIFY(QDir().mkpath(QFileInfo(target).path()));
            QVERIFY(QFile::copy(source, target));
        }
    }

    void unchangedFolderComesBackAsLoaded()
    {
        storeFresh();
        const CourseCache cache(m_cacheFolder);
        const auto found = cache.find(m_course, CourseCache::fingerprint(m_course));
        QVERIFY(found.has_value());
        const CourseCache::Entry fresh = loadFresh();
        QVERIFY(!fresh.course.modules.isEmpty());
        QCOMPARE(json(*found), json(fresh));
        QCOMPARE(found->gradedQuestions, fresh.gradedQuestions);
    }

    void aChangedLessonIsAMiss()
    {
        storeFresh();
        const QByteArray before = CourseCache::fingerprint(m_course);
        QDirIterator lessons(m_course + QStringLiteral("/01-forsta"), {QStringLiteral("*.md")}, QDir::Files);
        QVERIFY(lessons.hasNext());
        appendTo(lessons.next(), "\nOne more sentence.\n");
        const QByteArray after = CourseCache::fingerprint(m_course);
        QVERIFY(after != before);
        QVERIFY(!CourseCache(m_cacheFolder).find(m_course, after).has_value());
    }

    void anAddedOrRemovedFileIsAMiss()
    {
        storeFresh();
        const QByteArray before = CourseCache::fingerprint(m_course);
        appendTo(m_course + QStringLiteral("/01-forsta/new-lesson.md"), "---\nid: new\n---\nText.\n");
        const QByteArray added = CourseCache::fingerprint(m_course);
        QVERIFY(added != before);
        QVERIFY(!CourseCache(m_cacheFolder).find(m_course, added).has_value());
        QVERIFY(QFile::remove(m_course + QStringLiteral("/01-forsta/new-lesson.md")));
        QVERIFY(QFile::remove(m_course + QStringLiteral("/course.md")));
        QVERIFY(CourseCache::fingerprint(m_course) != before);
    }

    void damagedCacheFilesAreMisses_data()
    {
        QTest::addColumn<int>("keep");   // bytes of the stored file to keep; -1 = overwrite with noise
        QTest::newRow("empty") << 0;
        QTest::newRow("header only") << 12;
        QTest::newRow("cut in the middle") << 400;
        QTest::newRow("noise") << -1;
    }

    void damagedCacheFilesAreMisses()
    {
        QFETCH(int, keep);
        storeFresh();
        const QStringList files = QDir(m_cacheFolder).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(m_cacheFolder + u'/' + files.constFirst());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray whole = file.readAll();
        QVERIFY(whole.size() > 400);
        QVERIFY(file.resize(0));
        QVERIFY(file.seek(0));
        // Noise keeps the header and the fingerprint, so the reader gets as far as the course itself.
        const QByteArray content = keep >= 0 ? whole.left(keep) : whole.left(60) + QByteArray(whole.size(), '\xff');
        QCOMPARE(file.write(content), content.size());
        file.close();
        QVERIFY(!CourseCache(m_cacheFolder).find(m_course, CourseCache::fingerprint(m_course)).has_value());
    }

    void resourcesAndAnEmptyFolderAreNotCached()
    {
        QVERIFY(CourseCache::fingerprint(QStringLiteral(":/lessons")).isEmpty());
        QVERIFY(!CourseCache().isEnabled());
        QVERIFY(!CourseCache().store(m_course, CourseCache::fingerprint(m_course), loadFresh()));
        QVERIFY(!CourseCache(m_cacheFolder).find(m_course, {}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCourseCache)
#include "tst_coursecache.moc"
