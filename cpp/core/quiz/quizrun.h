#pragma once

#include "gift/question.h"
#include "grader.h"
#include "quizanswer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One attempt at a quiz: the questions, the learner's answers and grades so far, and the verdict.
// A plain value; the progress store saves the answers and restore() puts them back on resume.
class QuizRun
{
public:
    QuizRun() = default;
    // passMarkPercent: the score (0..100) a learner needs to pass.
    QuizRun(const QList<Question> &questions, double passMarkPercent);

    int questionCount() const { return int(m_questions.size()); }
    const Question &question(int index) const { return m_questions.at(index); }
    const QList<Question> &questions() const { return m_questions; }
    double passMarkPercent() const { return m_passMark; }

    // Grades and stores the answer. A question is answered once: answering again returns the stored
    // grade unchanged. An index out of range returns an ungraded Grade.
    Grade answer(int index, const QuizAnswer &answer);
    // Puts back an answer saved by an earlier session (resume): grades and stores it, replacing any
    // answer already there.
    Grade restore(int index, const QuizAnswer &answer);

    bool isAnswered(int index) const;
    // The stored grade; an ungraded Grade when the question has not been answered.
    Grade grade(int index) const;
    // The stored answer (for saving); an empty answer when there is none.
    QuizAnswer savedAnswer(int index) const;

    // All graded questions answered; essays and descriptions don't hold the quiz open.
    bool isFinished() const;
    // Sum of the scores of the graded questions (unanswered ones count 0) x 100 / their number;
    // 100 when the quiz has nothing to grade.
    double scorePercent() const;
    // Finished and at or above the pass mark.
    bool passed() const;
    // Ids of the graded questions not answered fully right (score below the "correct" threshold),
    // in quiz order.
    QStringList missedQuestionIds() const;
    // A new run with only the missed questions, same pass mark.
    QuizRun retryMissed() const;
    // Where to resume: the first question not answered (any type), or -1 when all are.
    int firstUnansweredIndex() const;

private:
    struct Slot
    {
        QuizAnswer answer;
        Grade grade;
    };
    bool isValid(int index) const { return index >= 0 && index < m_questions.size(); }

    QList<Question> m_questions;
    QList<std::optional<Slot>> m_slots;
    double m_passMark = 0;
};
