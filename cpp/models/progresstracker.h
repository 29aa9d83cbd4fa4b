#pragma once

#include <QObject>
#include <QUrl>

#include <memory>
#include <QtQml/qqml.h>

#include "progress/progressstore.h"
#include "review/reviewrecorder.h"

// The learner's record as the screens see it: the store behind it, the one notice the learner must
// read (a damaged file moved aside, a location that cannot be written, a write that failed), and a
// revision that every figure on screen follows. It is the one door for writes: models read the store
// through store() (const), and every change goes through a record…() method here, which turns a
// failure into the notice and a success into a new revision.
class QThread;
class ResultReporting;
class ReviewService;

class ProgressTracker : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the progress tracker.")

    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool persistent READ isPersistent NOTIFY noticeChanged)
    // Where the learner's record is kept (native separators); empty when it is kept in memory.
    Q_PROPERTY(QString filePath READ filePath NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(int streakDays READ streakDays NOTIFY changed)
    Q_PROPERTY(int breathingMinutes READ breathingMinutes NOTIFY changed)

public:
    explicit ProgressTracker(QObject *parent = nullptr);
    ~ProgressTracker() override;

    // Opens <directory>/progress.db; problems become the notice, never a failure. With
    // IntegrityCheck::Later (the app's startup) call checkIntegrityInBackground() once the first
    // frame is up.
    void open(const QString &directory,
              ProgressStore::IntegrityCheck check = ProgressStore::IntegrityCheck::AtOpen);
    // Runs the full integrity check of the open file on a worker thread; if the file is damaged,
    // it is moved aside here (on this object's thread), a new one is started and the notice says
    // so. integrityChecked() is emitted either way.
    void checkIntegrityInBackground();

    QString notice() const { return m_notice; }
    bool isPersistent() const { return m_store.isPersistent(); }
    QString filePath() const;
    int revision() const { return m_revision; }
    int streakDays() const;
    int breathingMinutes() const;

    // Spaced review over this store (set by App): quiz answers become review items through it.
    ReviewService *reviews() const { return m_reviews; }
    void setReviews(ReviewService *reviews) { m_reviews = reviews; }

    // Read access for the models; writing goes through the methods below.
    const ProgressStore &store() const { return m_store; }

    // The write door (ProgressStore's writes of the same names). Each returns what the store did;
    // false (or -1) also sets the notice, true moves the revision. `at` is for tests.
    bool recordLessonOpened(const QString &course, const QString &module, const QString &lesson,
                            const QDateTime &at = QDateTime::currentDateTime());
    bool recordCardReached(const QString &course, const QString &module, const QString &lesson, int cardIndex,
                           const QDateTime &at = QDateTime::currentDateTime());
    bool recordLessonCompleted(const QString &course, const QString &module, const QString &lesson,
                               int secondsSpent, const QDateTime &at = QDateTime::currentDateTime());
    qint64 startQuizAttempt(const QString &course, const QString &module, const QString &quizId,
                            const QDateTime &at = QDateTime::currentDateTime());
    bool recordQuizAnswer(qint64 attemptId, const QString &questionId, double score, const QString &responseJson,
                          const QDateTime &at = QDateTime::currentDateTime());
    bool finishQuizAttempt(qint64 attemptId, double scorePercent, bool passed, int secondsSpent,
                           const QDateTime &at = QDateTime::currentDateTime());
    // A breathing session of no seconds is not recorded (and not a failure).
    bool recordBreathing(const QString &patternId, int seconds, bool completed,
                         const QDateTime &at = QDateTime::currentDateTime());
    // A graded answer's next review state (ReviewRecorder), for ReviewService.
    bool recordReview(const FsrsScheduler &scheduler, const ReviewRecorder::Answer &answer, qint64 nowUtcMs);
    // Makes what is committed durable (see ProgressStore::flush); the app calls it on suspend and quit.
    bool flush();

    Q_INVOKABLE void dismissNotice();
    // format "json" or "csv"; returns false (and sets the notice) when the file could not be written.
    Q_INVOKABLE bool exportTo(const QUrl &file, const QString &format);
    // A folder the learner can find the export in when no file dialog is at hand (mobile).
    Q_INVOKABLE QUrl defaultExportFolder() const;
    // That folder's file for an export made now, named by the learner's local date
    // (ProgressStore::exportFileName).
    Q_INVOKABLE QUrl defaultExportFile(const QString &format) const;
    Q_INVOKABLE bool resetAll();
    // One course's progress, when the learner removes the course and asks for it to go too.
    Q_INVOKABLE bool deleteCourseProgress(const QString &courseId);

Q_SIGNALS:
    void noticeChanged();
    void changed();
    void integrityChecked();

private:
    // The xAPI outbox shares the file: ResultReporting sets the statement source and hands the store
    // to its sender, whose writes (sent marks) change none of the learner's figures.
    friend class ResultReporting;
    ProgressStore &outbox() { return m_store; }

    // After a write: a failure becomes the notice, a success moves the revision so the screens update.
    bool noteWrite(bool ok);
    void setNotice(const QString &notice);
    void applyIntegrityResult(const QString &path, bool damaged, const QString &detail);

    ProgressStore m_store;
    QString m_notice;
    int m_revision = 0;
    std::unique_ptr<QThread> m_integrityCheck;
    bool m_checkPending = false;
    ReviewService *m_reviews = nullptr;
};
