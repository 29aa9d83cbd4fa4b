#pragma once

#include "coursebinding.h"
#include "quizquestion.h"

#include "quiz/quizrun.h"

#include <QElapsedTimer>
#include <QVariantList>

// A module's quiz being taken, one question at a time. Binding it to a module starts an attempt, or
// resumes the attempt the learner left unfinished (answers restored, at the first open question).
// Each answer is graded in C++ (GIFT weights, partial credit) and saved at once; the result lists the
// missed questions, and retryMissed() practises only those (practice is not recorded as an attempt).
// What belongs to the quiz as a whole is here; the question on screen is `question` (QuizQuestion).
class QuizSession : public CourseBinding
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool valid READ isValid NOTIFY questionChanged)
    Q_PROPERTY(QString title READ title NOTIFY questionChanged)
    Q_PROPERTY(int index READ index NOTIFY questionChanged)
    Q_PROPERTY(int count READ count NOTIFY questionChanged)
    // Counting graded questions only, as the module page does ("8 questions"): the current one's
    // number among them (0 for a reflection or a text card) and how many there are.
    Q_PROPERTY(int gradedNumber READ gradedNumber NOTIFY questionChanged)
    Q_PROPERTY(int gradedCount READ gradedCount NOTIFY questionChanged)
    Q_PROPERTY(bool practice READ practice NOTIFY questionChanged)
    Q_PROPERTY(bool resumed READ resumed NOTIFY questionChanged)
    Q_PROPERTY(int passMark READ passMark NOTIFY questionChanged)
    // The question on screen: the same object for the whole session, its contents change.
    Q_PROPERTY(QuizQuestion *question READ question CONSTANT)
    // The result, once every question was answered.
    Q_PROPERTY(bool finished READ finished NOTIFY finishedChanged)
    Q_PROPERTY(double scorePercent READ scorePercent NOTIFY finishedChanged)
    Q_PROPERTY(bool passed READ passed NOTIFY finishedChanged)
    // [{ questionId, stem, rightAnswer, generalFeedback }]
    Q_PROPERTY(QVariantList missed READ missed NOTIFY finishedChanged)

public:
    explicit QuizSession(QObject *parent = nullptr);

    bool isValid() const { return m_run.questionCount() > 0; }
    QString title() const { return m_title; }
    int index() const { return m_index; }
    int count() const { return m_run.questionCount(); }
    int gradedNumber() const;
    int gradedCount() const;
    bool practice() const { return m_practice; }
    bool resumed() const { return m_resumed; }
    int passMark() const { return int(m_run.passMarkPercent()); }
    QuizQuestion *question() const { return m_question; }
    bool finished() const { return m_finished; }
    double scorePercent() const { return m_run.scorePercent(); }
    bool passed() const { return m_run.passed(); }
    QVariantList missed() const;

    // Answers the current question; each returns whether the answer was taken.
    Q_INVOKABLE bool submitChoices(const QList<int> &choiceIndexes);
    // A short answer or a reflection, as typed.
    Q_INVOKABLE bool submitText(const QString &text);
    // A short answer as typed, or a number in the app's language ("3,5" in Swedish); a number that
    // cannot be read is not taken, and question.entryError says why.
    Q_INVOKABLE bool submitEntry(const QString &text);
    // For each left item, the index in matchRight the learner put beside it (-1: none).
    Q_INVOKABLE bool submitMatches(const QList<int> &rightDisplayIndexes);
    bool submitNumber(double value);
    // Moves on; after the last question the quiz finishes and is recorded.
    Q_INVOKABLE void next();
    Q_INVOKABLE void retryMissed();
    Q_INVOKABLE void restart();

Q_SIGNALS:
    void questionChanged();
    void answeredChanged();
    void finishedChanged();

protected:
    void refresh() override;
    bool followsProgress() const override { return false; }
    // Saves a graded answer: to the attempt and, for a graded question, as a review of its item. A
    // review session (ReviewSession) records it as a review instead.
    virtual void recordAnswer(const Question &question, const Grade &grade, const QuizAnswer &answer);
    // What next() does once the current question may be left: the next question, or the end.
    virtual void moveOn();
    virtual void finish();
    // Shows question m_index (a new run, or the next question): restarts its answer time and tells
    // the page (questionChanged, answeredChanged, the question's own signals).
    void showCurrent();

    QuizRun m_run;
    int m_index = 0;
    bool m_finished = false;
    QString m_title;
    QElapsedTimer m_questionTime; // since the current question was shown: the learner's answer time

private:
    void start(bool allowResume);
    bool submit(const QuizAnswer &answer);
    const Question *current() const { return m_question->current(); }

    QuizQuestion *m_question;
    QString m_startedKey;
    qint64 m_attemptId = -1;
    bool m_practice = false;
    bool m_resumed = false;
    QElapsedTimer m_time;
};
