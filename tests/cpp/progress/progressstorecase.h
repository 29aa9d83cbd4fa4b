#pragma once

// The fixture the progress store's tests share (tst_progressstore, tst_progressdays,
// tst_progressexport): a new store on a real SQLite file in a temporary folder for each test
// function, and helpers that record a completed lesson or a finished quiz. Each test runs with
// TZ=Europe/Stockholm (pausa_add_test): DST starts 2026-03-29, ends 2026-10-25.
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "progress/progressstore.h"

#include <ctime>
#include <memory>

using Structure = QList<ProgressStore::ModuleStructure>;
using Kind = ProgressStore::ResumePoint::Kind;

inline const QString course = QStringLiteral("kurs");

// Local wall-clock time (Europe/Stockholm under ctest).
inline QDateTime local(int month, int day, int hour, int minute = 0, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

class ProgressStoreCase : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;

    // From initTestCase().
    static void pinTimeZone()
    {
        QStandardPaths::setTestModeEnabled(true);
        // ctest sets it (pausa_add_test); this makes a direct run of the binary mean the same.
        qputenv("TZ", "Europe/Stockholm");
        tzset();
        QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc(), 2 * 3600);
    }

    // From init(): a new, empty store.
    void openStore()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<ProgressStore>();
        const auto opened = m_store->open(m_dir->path());
        QCOMPARE(opened.status, ProgressStore::OpenResult::Status::Created);
        QVERIFY(opened.message.isEmpty());
        QVERIFY(m_store->isPersistent());
    }

    // From cleanup().
    void closeStore()
    {
        m_store.reset();
        m_dir.reset();
    }

    bool complete(const QString &module, const QString &lesson, int seconds, const QDateTime &at)
    {
        return m_store->recordLessonOpened(course, module, lesson, at.addSecs(-seconds))
            && m_store->recordLessonCompleted(course, module, lesson, seconds, at);
    }
    qint64 quiz(const QString &module, double percent, int seconds, const QDateTime &at)
    {
        const qint64 id = m_store->startQuizAttempt(course, module, module + QStringLiteral("-quiz"), at);
        return id > 0 && m_store->finishQuizAttempt(id, percent, percent >= 80, seconds, at.addSecs(seconds)) ? id : -1;
    }
};
