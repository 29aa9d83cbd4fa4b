#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "review/reviewitem.h"

#include <functional>
#include <initializer_list>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

class ProgressConnection;
class QIODevice;
class QSqlQuery;
class ProgressWitness;
class StatementSource;
struct RecordedEvent;

// The learner's record: an append-only event log plus summary tables updated in the same
// transaction as each event, in one SQLite file (QSQLITE, WAL, synchronous=NORMAL) under a directory
// the caller chooses. Every write is its own transaction and returns false with lastError() set
// when it did not happen; the file survives kills, and a damaged, unwritable or too new file never
// stops the learner (see open()). Use from one thread. Logging category: pausa.progress.
//
// Course structure is never stored: totals come from the ModuleStructure the caller passes in,
// so a lesson or question removed from the course drops out of the totals while its history stays,
// and a new one simply shows as not done.
class ProgressStore
{
public:
    struct OpenResult
    {
        enum class Status {
            Ok,                   // the existing file, migrated if it was older
            Created,              // a new, empty file
            RecoveredFromCorrupt, // the old file was damaged, moved to movedAsidePath; a new file holds
                                  // what could still be read of it (salvagedRows)
            ReadOnlyFallback,     // the location cannot be written (read-only, full, missing): in memory
            UnreadableFallback,   // the file may not be read (permissions): left untouched; in memory
            NewerSchemaFallback,  // the file is from a newer Pausa and was left untouched: in memory
            Failed                // not even an in-memory database could be opened; writes fail
        };
        Status status = Status::Failed;
        QString message;        // one plain sentence for the learner; empty when Ok or Created
        QString movedAsidePath; // the damaged file's new path (RecoveredFromCorrupt only)
        qint64 salvagedRows = 0; // rows of the damaged file kept in the new one (RecoveredFromCorrupt)
        // Events saved before (ProgressWitness) that the file no longer holds: it or its WAL was
        // deleted or cut by another program while Pausa ran, or the power went. The message says so.
        qint64 lostEvents = 0;
    };

    // The current course's structure for one module, in course order.
    struct ModuleStructure
    {
        QString moduleId;
        QStringList lessonIds;
        QStringList questionIds; // empty: the module has no quiz
    };

    struct ModuleProgress
    {
        QString moduleId;
        int lessonsDone = 0;  // lessons of the current structure completed at least once
        int lessonsTotal = 0; // lessons in the current structure
        // 100 * (lessonsDone + (quizPassed ? 1 : 0)) / (lessonsTotal + (hasQuiz ? 1 : 0)): the quiz
        // counts as one step, like a lesson. 0 for an empty module.
        double percentComplete = 0;
        std::optional<double> bestScore; // percent 0..100 of finished attempts; none before the first
        std::optional<double> lastScore;
        int attempts = 0;       // finished attempts (started-but-unfinished ones are not counted)
        bool hasQuiz = false;   // the structure lists questions for this module
        bool quizPassed = false; // hasQuiz and bestScore >= passMark (the current pass mark decides)
        // All lessons done and, when the module has a quiz, the quiz passed (a module with no
        // lessons and no quiz is never mastered).
        bool mastered = false;
        int questionsTotal = 0;   // questions in the current structure
        int questionsCorrect = 0; // of those, whose latest answer scored full marks
        int secondsSpent = 0;     // completed-lesson time of the current lessons + finished quiz time
        QDateTime lastActivity;   // local time; invalid when nothing happened in the module yet
    };

    struct ResumePoint
    {
        enum class Kind { None, Lesson, Quiz };
        Kind kind = Kind::None;
        QString moduleId;
        QString lessonId;  // Lesson only
        int cardIndex = 0; // Lesson only: the last card reached (0 when only opened)
        qint64 attemptId = -1;           // Quiz only
        QStringList answeredQuestionIds; // Quiz only, in answer order
        QDateTime at;                    // local time of the last event of that lesson / attempt
    };

    struct Activity
    {
        QDateTime at; // local time
        // lesson_opened | card_reached | lesson_completed | quiz_started | quiz_answer |
        // quiz_finished | breathing
        QString kind;
        QString courseId, moduleId;
        QString itemId; // lesson, quiz, question or breathing pattern id
        // card index (card_reached), seconds (lesson_completed, breathing), score 0..1
        // (quiz_answer), percent (quiz_finished), 0 otherwise
        double value = 0;
    };

    ProgressStore();
    ~ProgressStore();
    ProgressStore(const ProgressStore &) = delete;
    ProgressStore &operator=(const ProgressStore &) = delete;

    // When open() runs the full integrity check (quick_check, which reads every page). AtOpen finds
    // a damaged file before anything reads it. Later keeps the check off the app's startup path
    // (up to ~70 ms for heavy use): open() only reads the header, and the caller runs
    // isDamaged(filePath()) afterwards, on any thread, then replaceDamagedFile() on damage.
    enum class IntegrityCheck { AtOpen, Later };

    // Opens (creating the directory and the file when missing) <directory>/progress.db and brings
    // its schema up to date. Never fails hard: see OpenResult::Status. May be called again.
    OpenResult open(const QString &directory, IntegrityCheck check = IntegrityCheck::AtOpen);
    // The full check of a progress file, on a read-only connection of its own: thread-safe, and
    // the store that has the file open keeps working meanwhile. Damaged means replaceDamagedFile().
    static bool isDamaged(const QString &filePath, QString *detail = nullptr);
    // After isDamaged(filePath()) said so: moves the file in use aside and continues in a new one,
    // as open() does for a file it finds damaged (RecoveredFromCorrupt, or a fallback). Events
    // recorded since open() went to the damaged file and stay there, in the moved file.
    OpenResult replaceDamagedFile();
    // Puts everything committed so far on stable storage (a WAL checkpoint with fsync). A committed
    // event already survives a kill of the app; flush() makes it survive a power cut too. Call it
    // when the app goes to the background (Qt::ApplicationSuspended / Inactive) and before quitting.
    bool flush();
    void close();
    bool isOpen() const;
    // False when the session runs on an in-memory database (nothing will be kept).
    bool isPersistent() const;
    // The file in use; empty when in memory.
    QString filePath() const;
    // A plain sentence for the learner about the last failed call (technical detail goes to the
    // pausa.progress log). Cleared by the next successful write.
    QString lastError() const;
    // The QSqlDatabase connection name, unique per instance: for tests and diagnostics only.
    QString connectionName() const;
    static int schemaVersion();

    // Writes: one transaction each; false (and lastError()) when nothing was stored.
    bool recordLessonOpened(const QString &course, const QString &module, const QString &lesson,
                            const QDateTime &at = QDateTime::currentDateTime());
    bool recordCardReached(const QString &course, const QString &module, const QString &lesson, int cardIndex,
                           const QDateTime &at = QDateTime::currentDateTime());
    bool recordLessonCompleted(const QString &course, const QString &module, const QString &lesson,
                               int secondsSpent, const QDateTime &at = QDateTime::currentDateTime());
    // Starting an attempt abandons any unfinished earlier attempt on the same module (it stops being
    // a resume point). Returns the new attempt's id, or -1.
    qint64 startQuizAttempt(const QString &course, const QString &module, const QString &quizId,
                            const QDateTime &at = QDateTime::currentDateTime());
    // score 0..1. Answering a question again within an attempt replaces the saved answer (the
    // event log keeps both). Fails for an unknown or finished attempt.
    bool recordQuizAnswer(qint64 attemptId, const QString &questionId, double score,
                          const QString &responseJson, const QDateTime &at = QDateTime::currentDateTime());
    // scorePercent 0..100. Fails for an unknown or already finished attempt.
    bool finishQuizAttempt(qint64 attemptId, double scorePercent, bool passed, int secondsSpent,
                           const QDateTime &at = QDateTime::currentDateTime());
    // seconds actually breathed, completed or not (both count toward breathingSeconds()).
    bool recordBreathingSession(const QString &patternId, int seconds, bool completed,
                                const QDateTime &at = QDateTime::currentDateTime());

    // Reads: a few indexed queries over the summary tables each, never a scan of the event log.
    // On a storage error they return empty values and set lastError().
    QList<ModuleProgress> moduleProgress(const QString &course, const QList<ModuleStructure> &structure,
                                         int passMark) const;
    // Percent 0..100 of all steps (lessons + one per quiz) of the course's current structure:
    // the modules' percentComplete weighted by their number of steps.
    double courseCompletion(const QString &course, const QList<ModuleStructure> &structure, int passMark) const;
    // The same from figures moduleProgress() already gave (one query round instead of two).
    static double completionOf(const QList<ModuleProgress> &modules);
    // The most recent unfinished thing in the course: a lesson opened (or a card reached) and not
    // completed since, or an open quiz attempt. Kind::None when there is none.
    ResumePoint resumePoint(const QString &course) const;
    // The card to reopen an unfinished lesson at; -1 when the lesson is not in progress (never
    // opened, or completed since: a completed lesson reopens at its start).
    int lastCardReached(const QString &course, const QString &module, const QString &lesson) const;
    // Ids of the lessons the learner completed at least once (of any module: lessons are kept by id
    // within the course), for the done marks of a module's lesson list.
    QStringList completedLessons(const QString &course, const QString &module) const;
    // Consecutive local days with any activity ending today, or ending yesterday when today has none
    // yet (so the streak does not show 0 in the morning). Days are the learner's local dates.
    int streakDays(const QDate &today) const;
    int breathingSeconds() const;
    // Newest first.
    QList<Activity> recentActivity(int limit) const;
    // Local days with any activity in [from, to], ascending.
    QList<QDate> activeDays(const QDate &from, const QDate &to) const;
    // The attempt's saved answers (questionId, responseJson), in the order first answered.
    QList<std::pair<QString, QString>> attemptAnswers(qint64 attemptId) const;

    // Every event, oldest first (QSaveFile: the target is replaced only when complete).
    // JSON: {"format": "pausa-progress", "schemaVersion", "exportedAt", "events": [{"id", "at"
    //   (UTC ISO 8601 with ms), "localDay", "kind", "courseId", "moduleId", "itemId", and when set
    //   "attemptId", "cardIndex", "seconds", "value", "flag" (bool), "response" (JSON text)}],
    //   and when the LRS refused any: "xapiNotAccepted": [{"id", "reason", "statement"}]}.
    // CSV (RFC 4180, UTF-8, header row): id, at_utc, local_day, kind, course_id, module_id, item_id,
    //   attempt_id, card_index, seconds, value, flag, response; an unset value is an empty cell. A text
    //   cell (day, kind, ids, response) that starts with =, +, -, @, a tab or a carriage return gets a
    //   leading ' so that a spreadsheet shows it as text instead of running it as a formula (a quiz
    //   titled "=HYPERLINK(…)" would otherwise be a live link); number cells are never changed.
    bool exportJson(const QString &filePath) const;
    bool exportCsv(const QString &filePath) const;
    // The export's file name for a format ("json", "csv") written at `at`: pausa-progress-<the
    // learner's local date>.<format>, the day the learner sees on the calendar.
    static QString exportFileName(const QDateTime &at, const QString &format);
    // Deletes every row (history and summaries) in one transaction; keeps the schema and the file.
    bool reset();
    // Deletes one course's record (lessons, quiz attempts and answers, review items, its events), as
    // when a learner removes a course and asks for its progress to go too. Days with activity, the
    // answer pace and the xAPI outbox stay (progressstoreforget.cpp).
    bool deleteCourseProgress(const QString &course);

    // The xAPI outbox (issue #14; progressstoreoutbox.cpp). While a source is set (reporting is on),
    // lesson_completed, quiz_answer, quiz_finished and breathing events queue the statements it
    // builds in their own transaction; nullptr (the default) queues nothing. Not owned.
    void setStatementSource(StatementSource *source) { m_statementSource = source; }
    struct OutboxStatement
    {
        QString id;
        QByteArray body;
    };
    struct NotAccepted
    {
        QString id;
        QString verb;
        QString reason; // the LRS's message
        QByteArray body;
    };
    struct OutboxCounts
    {
        int sent = 0, waiting = 0, notAccepted = 0;
        QDateTime lastSend; // local time of the last send the LRS answered; invalid: never
    };
    // The oldest waiting statements, at most limit of them.
    QList<OutboxStatement> waitingStatements(int limit) const;
    bool markStatementsSent(const QStringList &ids, const QDateTime &at = QDateTime::currentDateTime());
    bool markStatementNotAccepted(const QString &id, const QString &reason);
    // Notes that the LRS answered a send (for "last send"), whatever it said.
    bool noteLrsAnswered(const QDateTime &at = QDateTime::currentDateTime());
    OutboxCounts outboxCounts() const;
    QList<NotAccepted> notAcceptedStatements() const;
    // Whether a statement with this verb key for this course was ever queued (a course is reported
    // completed once).
    bool hasStatement(const QString &verb, const QString &course) const;
    // Turning reporting off with "delete the queue": drops waiting and not-accepted statements.
    bool deleteUnsentStatements();
    // Spaced review (schema version 2, progressstorereview.cpp). Items are keyed by course and
    // question id: a course update that moves or reorders questions keeps each item's history.
    std::optional<ReviewItem> reviewItem(const QString &course, const QString &question) const;
    // The course's items (all courses when course is empty) due at or before dueBeforeMs.
    QList<ReviewItem> reviewItems(const QString &course, qint64 dueBeforeMs = std::numeric_limits<qint64>::max()) const;
    // The course's reviewed items due at nowMs, the most at risk first (the lowest retrievability:
    // the longest time since the last review per unit of stability), at most limit of them; and, in
    // *dueCount, how many are due in all. Planning reads only what a session can take.
    QList<ReviewItem> weakestDueItems(const QString &course, qint64 nowMs, int limit, int *dueCount) const;
    // Stores the item's state after an answer and logs the answer (rating, time taken, source
    // "quiz" or "review"), in one transaction; also updates the learner's pace for the item's kind.
    // A review-session answer is also an event of kind review_answer (value: the rating; payload:
    // the item's state after it as JSON), so the exports and the day's activity include it.
    bool recordReview(const ReviewItem &after, FsrsRating rating, qint64 answerMs, const QString &source,
                      const QDateTime &at = QDateTime::currentDateTime());
    // kind -> (mean seconds, answers), the learner's own answer times per question type.
    QHash<QString, std::pair<double, int>> reviewPace() const;
    // Items answered in review sessions on that local day (the daily cap counts these).
    int reviewAnswersOn(const QDate &localDay) const;
    // How many review answers the log holds for one item (its history).
    int reviewHistoryLength(const QString &course, const QString &question) const;

private:
    // The review sections of the JSON export: ,"reviewItems":[...],"reviews":[...].
    bool writeReviewJson(QIODevice &out) const;
    bool writeExport(const QString &filePath, const std::function<bool(QIODevice &out, QSqlQuery &events)> &write) const;
    // nullopt when the file turns out to be damaged only once opened read-write.
    std::optional<OpenResult> openFile(const QString &path, OpenResult::Status okStatus);
    OpenResult fallBack(OpenResult::Status status, const QString &message, const QString &copyFrom);
    // Moves the damaged file at path aside and opens a new one there.
    OpenResult startOver(const QString &path);
    bool copyHistoryFrom(const QString &path);
    // Shared by the calls: each sets or clears m_lastError and returns what the call returns.
    bool ready() const; // false when no database is open
    bool rejectInput(const QString &why) const;
    // The start of every record write: the store is open, no refusal applies ({wrong, why}: the first
    // wrong one is the error) and the time is valid.
    bool canWrite(const QDateTime &at, std::initializer_list<std::pair<bool, QString>> refusals) const;
    // Turns the connection's last problem into the learner's sentence.
    bool storageFailed(bool reading = false) const;
    bool succeeded() const;
    // Inside a write's transaction: the source's statements for the event just inserted.
    bool queueStatements(RecordedEvent event);
    // The three lesson writes in one (progressstorewrites.cpp): the event and the lesson's summary row.
    enum class LessonStep { Opened, CardReached, Completed };
    bool recordLessonStep(LessonStep step, const QString &course, const QString &module, const QString &lesson,
                          int cardIndex, int seconds, const QDateTime &at);

    std::unique_ptr<ProgressConnection> m_db;
    std::unique_ptr<ProgressWitness> m_witness; // the newest saved event id, beside the file
    QString m_connectionName;
    bool m_persistent = false;
    mutable QString m_lastError;
    StatementSource *m_statementSource = nullptr;
};
