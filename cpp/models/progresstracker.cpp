#include "progresstracker.h"

#include <QDate>
#include <QDir>
#include <QStandardPaths>

ProgressTracker::ProgressTracker(QObject *parent)
    : QObject(parent)
{
}

void ProgressTracker::open(const QString &directory)
{
    const ProgressStore::OpenResult result = m_store.open(directory);
    setNotice(result.message);
    ++m_revision;
    Q_EMIT changed();
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

void ProgressTracker::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}
