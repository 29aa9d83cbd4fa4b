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

bool ProgressTracker::recordLessonOpened(const QString &course, const QString &module, const QString &lesson,
                                         const QDateTime &at)
{
    return noteWrite(m_store.recordLessonOpened(course, module, lesson, at));
}

bool ProgressTracker::recordCardReached(const QString &course, const QString &module, const QString &lesson,
                                        int cardIndex, const QDateTime &at)
{
    return noteWrite(m_store.recordCardReached(course, module, lesson, cardIndex, at));
}

bool ProgressTracker::recordLessonCompleted(const QString &course, const QString &module, const QString &lesson,
                                            int secondsSpent, const QDateTime &at)
{
    return noteWrite(m_store.recordLessonCompleted(course, module, lesson, secondsSpent, at));
}

qint64 ProgressTracker::startQuizAttempt(const QString &course, const QString &module, const QString &quizId,
                                         const QDateTime &at)
{
    const qint64 attemptId = m_store.startQuizAttempt(course, module, quizId, at);
    noteWrite(attemptId >= 0);
    return attemptId;
}

bool ProgressTracker::recordQuizAnswer(qint64 attemptId, const QString &questionId, double score,
                                       const QString &responseJson, const QDateTime &at)
{
    return noteWrite(m_store.recordQuizAnswer(attemptId, questionId, score, responseJson, at));
}

bool ProgressTracker::finishQuizAttempt(qint64 attemptId, double scorePercent, bool passed, int secondsSpent,
                                        const QDateTime &at)
{
    return noteWrite(m_store.finishQuizAttempt(attemptId, scorePercent, passed, secondsSpent, at));
}

bool ProgressTracker::recordBreathing(const QString &patternId, int seconds, bool completed, const QDateTime &at)
{
    if (seconds <= 0)
        return true;
    return noteWrite(m_store.recordBreathingSession(patternId, seconds, completed, at));
}

bool ProgressTracker::recordReview(const FsrsScheduler &scheduler, const ReviewRecorder::Answer &answer,
                                   qint64 nowUtcMs)
{
    return noteWrite(ReviewRecorder::record(m_store, scheduler, answer, nowUtcMs));
}

bool ProgressTracker::flush()
{
    return m_store.flush();
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

QUrl ProgressTracker::defaultExportFile(const QString &format) const
{
    const QString name = ProgressStore::exportFileName(QDateTime::currentDateTime(), format);
    return QUrl::fromLocalFile(QDir(defaultExportFolder().toLocalFile()).filePath(name));
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
