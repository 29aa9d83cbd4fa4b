#include "progresstracker.h"

#include "progress/progresslog.h"

#include <QDate>
#include <QDir>
#include <QStandardPaths>
#include <QThread>

ProgressTracker::ProgressTracker(QObject *parent)
    : QObject(parent)
{
}

ProgressTracker::~ProgressTracker()
{
    if (m_integrityCheck)
        m_integrityCheck->wait();
}

void ProgressTracker::open(const QString &directory, ProgressStore::IntegrityCheck check)
{
    const ProgressStore::OpenResult result = m_store.open(directory, check);
    setNotice(result.message);
    ++m_revision;
    Q_EMIT changed();
}

QString ProgressTracker::filePath() const
{
    return QDir::toNativeSeparators(m_store.filePath());
}

void ProgressTracker::checkIntegrityInBackground()
{
    const QString path = m_store.filePath();
    if (path.isEmpty()) { // in memory: nothing to check
        Q_EMIT integrityChecked();
        return;
    }
    if (m_checkPending) // the check under way will answer
        return;
    if (m_integrityCheck) // done (its answer is in), the thread may just be returning
        m_integrityCheck->wait();
    m_checkPending = true;
    // The worker only reads, on a connection of its own; the answer comes back to this thread, where
    // the store lives, through a queued call.
    m_integrityCheck.reset(QThread::create([this, path] {
        QString detail;
        const bool damaged = ProgressStore::isDamaged(path, &detail);
        QMetaObject::invokeMethod(this, [this, path, damaged, detail] { applyIntegrityResult(path, damaged, detail); },
                                  Qt::QueuedConnection);
    }));
    m_integrityCheck->start(QThread::LowPriority);
}

void ProgressTracker::applyIntegrityResult(const QString &path, bool damaged, const QString &detail)
{
    m_checkPending = false;
    // The store may have been reopened elsewhere meanwhile; a verdict on another file is stale.
    if (damaged && path == m_store.filePath()) {
        qCWarning(lcProgress) << "integrity check:" << detail;
        const ProgressStore::OpenResult result = m_store.replaceDamagedFile();
        setNotice(result.message);
        ++m_revision;
        Q_EMIT changed();
    }
    Q_EMIT integrityChecked();
}

int ProgressTracker::streakDays() const
{
    return m_store.streakDays(QDate::currentDate());
}

int ProgressTracker::breathingMinutes() const
{
    return (m_store.breathingSeconds() + 30) / 60;
}

bool ProgressTracker::noteWrite(bool ok)
{
    if (!ok) {
        setNotice(m_store.lastError());
        return false;
    }
    ++m_revision;
    Q_EMIT changed();
    return true;
}

void ProgressTracker::dismissNotice()
{
    setNotice({});
}

void ProgressTracker::recordBreathing(const QString &patternId, int seconds, bool completed)
{
    if (seconds <= 0)
        return;
    noteWrite(m_store.recordBreathingSession(patternId, seconds, completed));
}

bool ProgressTracker::exportTo(const QUrl &file, const QString &format)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const bool ok = format == u"csv" ? m_store.exportCsv(path) : m_store.exportJson(path);
    if (!ok)
        setNotice(m_store.lastError());
    return ok;
}

QUrl ProgressTracker::defaultExportFolder() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QUrl::fromLocalFile(folder);
}

bool ProgressTracker::resetAll()
{
    return noteWrite(m_store.reset());
}

bool ProgressTracker::deleteCourseProgress(const QString &courseId)
{
    return noteWrite(m_store.deleteCourseProgress(courseId));
}

void ProgressTracker::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}
