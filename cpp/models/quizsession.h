#pragma once

#include "coursebinding.h"

#include "quiz/quizrun.h"

#include <QElapsedTimer>
#include <QUrl>
#include <QVariantList>

// A module's quiz being taken, one question at a time. Binding it to a module starts an attempt, or
// resumes the attempt the learner left unfinished (answers restored, at the first open question).
// Each answer is graded in C++ (GIFT weights, partial credit) and saved at once; the result lists the
// missed questions, and retryMissed() practises only those (practice is not recorded as an attempt).
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
    // The current question.
    Q_PROPERTY(QString questionId READ questionId NOTIFY questionChanged)
    Q_PROPERTY(QString questionType READ questionType NOTIFY questionChanged)  // "single", "multiple", ...
    Q_PROPERTY(QString stem READ stem NOTIFY questionChanged)
    Q_PROPERTY(QString stemFormat READ stemFormat NOTIFY questionChanged)      // "moodle", "markdown", ...
    // A Markdown question as the blocks a lesson card is shown in (MarkdownBlocks::blocks), images
    // resolved against the course folder; empty for the other formats.
    Q_PROPERTY(QVariantList stemBlocks READ stemBlocks NOTIFY questionChanged)
    // The course folder, for a link in a Markdown question (LinkGate).
    Q_PROPERTY(QUrl baseUrl READ baseUrl NOTIFY questionChanged)
    Q_PROPERTY(bool graded READ graded NOTIFY questionChanged)
    Q_PROPERTY(QStringList choices READ choices NOTIFY questionChanged)
    // Matching: the items to match (an extra wrong answer, a pair with an empty left side, is only
    // among matchRight).
    Q_PROPERTY(QStringList matchLeft READ matchLeft NOTIFY questionChanged)
    Q_PROPERTY(QStringList matchRight READ matchRight NOTIFY questionChanged)  // shuffled display order
    // The answer to the current question, once given.
    Q_PROPERTY(bool answered READ answered NOTIFY answeredChanged)
    Q_PROPERTY(bool correct READ correct NOTIFY answeredChanged)
    Q_PROPERTY(double questionScore READ questionScore NOTIFY answeredChanged)  // 0..1
    Q_PROPERTY(QStringList feedback READ feedback NOTIFY answeredChanged)
    Q_PROPERTY(QString generalFeedback READ generalFeedback NOTIFY answeredChanged)
    Q_PROPERTY(QVariantList selectedChoices READ selectedChoices NOTIFY answeredChanged)
    Q_PROPERTY(QString answerText READ answerText NOTIFY answeredChanged)
    // Matching, once answered, one per left item: { given: the index in matchRight the learner put
    // beside it (-1: none), right: whether that was right, expected: the right side that belongs there }.
    Q_PROPERTY(QVariantList matchResults READ matchResults NOTIFY answeredChanged)
    // Choice questions, once answered: the options the learner did not choose that have an
    // explanation, so every option is explained: [{ text, feedback, right }] (right: it earns credit).
    Q_PROPERTY(QVariantList otherOptions READ otherOptions NOTIFY answeredChanged)
    Q_PROPERTY(QString rightAnswer READ rightAnswer NOTIFY answeredChanged)
    // The result, once every question was answered.
    Q_PROPERTY(bool finished READ finished NOTIFY finishedChanged)
    Q_PROPERTY(double scorePercent READ scorePercent NOTIFY finishedChanged)
    Q_PROPERTY(bool passed READ passed NOTIFY finishedChanged)
    Q_PROPERTY(int passMark READ passMark NOTIFY questionChanged)
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
    QString questionId() const;
    QString questionType() const;
    QString stem() const;
    QString stemFormat() const;
    QVariantList stemBlocks() const;
    QUrl baseUrl() const;
    bool graded() const;
    QStringList choices() const;
    QStringList matchLeft() const;
    QStringList matchRight() const;
    bool answered() const;
    bool correct() const;
    double questionScore() const;
    QStringList feedback() const;
    QString generalFeedback() const;
    QVariantList selectedChoices() const;
    QString answerText() const;
    QVariantList matchResults() const;
    QVariantList otherOptions() const;
    QString rightAnswer() const;
    bool finished() const { return m_finished; }
    double scorePercent() const { return m_run.scorePercent(); }
    bool passed() const { return m_run.passed(); }
    int passMark() const { return int(m_run.passMarkPercent()); }
    QVariantList missed() const;

    // Answers the current question; each returns whether the answer was taken.
    Q_INVOKABLE bool submitChoices(const QList<int> &choiceIndexes);
    Q_INVOKABLE bool submitText(const QString &text);
    // For each left item, the index in matchRight the learner put beside it (-1: none).
    Q_INVOKABLE bool submitMatches(const QList<int> &rightDisplayIndexes);
    Q_INVOKABLE bool submitNumber(double value);
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

    QuizRun m_run;
    int m_index = 0;
    bool m_finished = false;
    QString m_title;
    QElapsedTimer m_questionTime; // since the current question was shown: the learner's answer time

private:
    void start(bool allowResume);
    bool submit(const QuizAnswer &answer);
    void showQuestion(int index);
    const Question *current() const;
    QString rightAnswerOf(const Question &question) const;
    QString truthLabel(const Choice &choice) const;
    QList<int> rightOrder(const Question &question) const;

    QString m_startedKey;
    qint64 m_attemptId = -1;
    bool m_practice = false;
    bool m_resumed = false;
    QElapsedTimer m_time;
};
