#include "quizrun.h"

namespace {
// Below this a question is "missed"; the same threshold that makes a Grade correct.
constexpr double missedBelow = 0.999;
constexpr double epsilon = 1e-9;
}

QuizRun::QuizRun(const QList<Question> &questions, double passMarkPercent)
    : m_questions(questions)
    , m_slots(questions.size())
    , m_passMark(passMarkPercent)
{
}

Grade QuizRun::answer(int index, const QuizAnswer &answer)
{
    if (!isValid(index))
        return Grade{};
    if (m_slots.at(index))
        return m_slots.at(index)->grade;
    return restore(index, answer);
}

Grade QuizRun::restore(int index, const QuizAnswer &answer)
{
    if (!isValid(index))
        return Grade{};
    const Grade g = gradeAnswer(m_questions.at(index), answer);
    m_slots[index] = Slot{answer, g};
    return g;
}

bool QuizRun::isAnswered(int index) const
{
    return isValid(index) && m_slots.at(index).has_value();
}

Grade QuizRun::grade(int index) const
{
    return isAnswered(index) ? m_slots.at(index)->grade : Grade{};
}

QuizAnswer QuizRun::savedAnswer(int index) const
{
    return isAnswered(index) ? m_slots.at(index)->answer : QuizAnswer{};
}

bool QuizRun::isFinished() const
{
    for (int i = 0; i < questionCount(); ++i) {
        if (m_questions.at(i).isGraded() && !isAnswered(i))
            return false;
    }
    return true;
}

double QuizRun::scorePercent() const
{
    int graded = 0;
    double sum = 0;
    for (int i = 0; i < questionCount(); ++i) {
        if (!m_questions.at(i).isGraded())
            continue;
        ++graded;
        sum += grade(i).score;
    }
    return graded == 0 ? 100.0 : sum * 100 / graded;
}

bool QuizRun::passed() const
{
    return isFinished() && scorePercent() + epsilon >= m_passMark;
}

QStringList QuizRun::missedQuestionIds() const
{
    QStringList ids;
    for (int i = 0; i < questionCount(); ++i) {
        if (m_questions.at(i).isGraded() && grade(i).score < missedBelow)
            ids.append(m_questions.at(i).id);
    }
    return ids;
}

QuizRun QuizRun::retryMissed() const
{
    QList<Question> missed;
    for (int i = 0; i < questionCount(); ++i) {
        if (m_questions.at(i).isGraded() && grade(i).score < missedBelow)
            missed.append(m_questions.at(i));
    }
    return QuizRun(missed, m_passMark);
}

int QuizRun::firstUnansweredIndex() const
{
    for (int i = 0; i < questionCount(); ++i) {
        if (!isAnswered(i))
            return i;
    }
    return -1;
}
