#pragma once

#include "quiz/quizrun.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqml.h>

// The question a QuizSession shows now: its text, what kind of answer it takes, and once answered the
// verdict and every explanation. Everything here changes from one question to the next (changed()) or
// when it is answered (answeredChanged()); the quiz as a whole (title, position, score) is the session's.
// A view over the session's QuizRun: it holds no answers of its own.
class QuizQuestion : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The current question of a QuizSession (QuizSession.question).")

public:
    // What the learner answers with; the page picks its input by this, never by a type name.
    enum class Kind { SingleChoice, MultipleChoice, TrueFalse, ShortAnswer, Numerical, Matching, Essay, Description };
    Q_ENUM(Kind)
    // How the question's text is written: GIFT's [moodle] and [html] are Qt's styled text.
    enum class StemFormat { Styled, Markdown, Plain };
    Q_ENUM(StemFormat)

private:
    Q_PROPERTY(QString id READ id NOTIFY changed)
    Q_PROPERTY(Kind kind READ kind NOTIFY changed)
    Q_PROPERTY(bool graded READ graded NOTIFY changed)
    // Single, multiple or true/false: options picked from a list (keys 1–9).
    Q_PROPERTY(bool hasChoices READ hasChoices NOTIFY changed)
    // Short answer or numerical: one line typed in (submitted with QuizSession::submitEntry).
    Q_PROPERTY(bool hasEntry READ hasEntry NOTIFY changed)
    Q_PROPERTY(QString stem READ stem NOTIFY changed)
    Q_PROPERTY(StemFormat stemFormat READ stemFormat NOTIFY changed)
    // A Markdown question as the blocks a lesson card is shown in (MarkdownBlocks::blocks), images
    // resolved against the course folder; empty for the other formats.
    Q_PROPERTY(QVariantList stemBlocks READ stemBlocks NOTIFY changed)
    // The course folder, for a link in a Markdown question (LinkGate).
    Q_PROPERTY(QUrl baseUrl READ baseUrl NOTIFY changed)
    Q_PROPERTY(QStringList choices READ choices NOTIFY changed)
    // Matching: the items to match (an extra wrong answer, a pair with an empty left side, is only
    // among matchRight).
    Q_PROPERTY(QStringList matchLeft READ matchLeft NOTIFY changed)
    Q_PROPERTY(QStringList matchRight READ matchRight NOTIFY changed)   // alphabetical display order
    // The answer, once given.
    Q_PROPERTY(bool answered READ answered NOTIFY answeredChanged)
    // The learner still has to answer before moving on: a graded question or a reflection, unanswered.
    Q_PROPERTY(bool needsAnswer READ needsAnswer NOTIFY answeredChanged)
    Q_PROPERTY(bool correct READ correct NOTIFY answeredChanged)
    Q_PROPERTY(double score READ score NOTIFY answeredChanged)   // 0..1
    Q_PROPERTY(QStringList feedback READ feedback NOTIFY answeredChanged)
    Q_PROPERTY(QString generalFeedback READ generalFeedback NOTIFY answeredChanged)
    Q_PROPERTY(QVariantList selectedChoices READ selectedChoices NOTIFY answeredChanged)
    // A short answer or a reflection as saved; a numerical answer in the app's language ("3,5").
    Q_PROPERTY(QString answerText READ answerText NOTIFY answeredChanged)
    // Matching, once answered, one per left item: { given: the index in matchRight the learner put
    // beside it (-1: none), right: whether that was right, expected: the right side that belongs there }.
    Q_PROPERTY(QVariantList matchResults READ matchResults NOTIFY answeredChanged)
    // Choice questions, once answered: the options the learner did not choose that have an
    // explanation, so every option is explained: [{ text, feedback, right }] (right: it earns credit).
    Q_PROPERTY(QVariantList otherOptions READ otherOptions NOTIFY answeredChanged)
    Q_PROPERTY(QString rightAnswer READ rightAnswer NOTIFY answeredChanged)
    // Why the typed entry was not taken ("“abc” is not a number…"); empty when it was, or none was tried.
    Q_PROPERTY(QString entryError READ entryError NOTIFY entryErrorChanged)

public:
    explicit QuizQuestion(const QuizRun *run, QObject *parent = nullptr);

    // Shows the run's question at `index` (none when out of range); coursePath resolves its images.
    void show(int index, const QString &coursePath);
    void noteAnswered() { Q_EMIT answeredChanged(); }
    void setEntryError(const QString &message);
    const Question *current() const;
    int index() const { return m_index; }

    QString id() const;
    Kind kind() const;
    bool graded() const { return current() && current()->isGraded(); }
    bool hasChoices() const;
    bool hasEntry() const;
    QString stem() const;
    StemFormat stemFormat() const;
    QVariantList stemBlocks() const;
    QUrl baseUrl() const;
    QStringList choices() const;
    QStringList matchLeft() const;
    QStringList matchRight() const;
    bool answered() const { return m_run->isAnswered(m_index); }
    bool needsAnswer() const;
    bool correct() const { return m_run->grade(m_index).correct; }
    double score() const { return m_run->grade(m_index).score; }
    QStringList feedback() const { return m_run->grade(m_index).feedback; }
    QString generalFeedback() const;
    QVariantList selectedChoices() const;
    QString answerText() const;
    QVariantList matchResults() const;
    QVariantList otherOptions() const;
    QString rightAnswer() const;
    QString entryError() const { return m_entryError; }

Q_SIGNALS:
    void changed();
    void answeredChanged();
    void entryErrorChanged();

private:
    const QuizRun *m_run;
    int m_index = -1;
    QString m_coursePath;
    QString m_entryError;
};
