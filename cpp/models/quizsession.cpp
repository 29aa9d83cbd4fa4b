#include "quizsession.h"

#include "content/cardblocks.h"
#include "reviewservice.h"

#include "quiz/matchdisplay.h"
#include "quiz/numberentry.h"
#include "quiz/quizwording.h"
#include "quiz/savedanswer.h"

#include <QLocale>

#include <algorithm>

QuizSession::QuizSession(QObject *parent)
    : CourseBinding(parent)
    , m_question(new QuizQuestion(&m_run, this))
{
}

void QuizSession::refresh()
{
    const QString key = courseId() + u'/' + moduleId();
    if (key == m_startedKey)
        return;
    m_startedKey = key;
    start(true);
}

void QuizSession::start(bool allowResume)
{
    const Course *c = course();
    const CourseModule *m = module();
    m_practice = false;
    m_resumed = false;
    m_finished = false;
    m_attemptId = -1;
    m_index = 0;
    m_run = QuizRun();
    if (c != nullptr && m != nullptr) {
        m_title = m->title;
        m_run = QuizRun(library()->quiz(c->id, m->id), c->passMark);
        const ProgressStore &store = progress()->store();
        const ProgressStore::ResumePoint resume = store.resumePoint(c->id);
        if (allowResume && resume.kind == ProgressStore::ResumePoint::Kind::Quiz && resume.moduleId == m->id) {
            m_attemptId = resume.attemptId;
            const auto saved = store.attemptAnswers(m_attemptId);
            for (const auto &[questionId, json] : saved) {
                for (int i = 0; i < m_run.questionCount(); ++i) {
                    if (m_run.question(i).id == questionId)
                        m_run.restore(i, savedAnswerFromJson(json));
                }
            }
            m_resumed = !saved.isEmpty();
        } else if (m_run.questionCount() > 0) {
            m_attemptId = progress()->startQuizAttempt(c->id, m->id, m->id);
        }
        m_index = std::max(0, m_run.firstUnansweredIndex());
    }
    m_time.start();
    showCurrent();
    Q_EMIT finishedChanged();
}

void QuizSession::restart()
{
    m_startedKey.clear();
    start(false);
    m_startedKey = courseId() + u'/' + moduleId();
}

void QuizSession::showCurrent()
{
    m_questionTime.start();
    m_question->show(m_index, course() ? course()->path : QString());
    Q_EMIT questionChanged();
    Q_EMIT answeredChanged();
}

int QuizSession::gradedNumber() const
{
    if (!m_question->graded())
        return 0;
    int number = 0;
    for (int i = 0; i <= m_index; ++i)
        number += m_run.question(i).isGraded() ? 1 : 0;
    return number;
}

int QuizSession::gradedCount() const
{
    return gradedQuestionCount(m_run.questions());
}

bool QuizSession::submitChoices(const QList<int> &choiceIndexes)
{
    QuizAnswer answer;
    answer.selected = choiceIndexes;
    return submit(answer);
}

bool QuizSession::submitText(const QString &text)
{
    QuizAnswer answer;
    answer.text = text.trimmed();
    return submit(answer);
}

bool QuizSession::submitEntry(const QString &text)
{
    if (m_question->kind() != QuizQuestion::Kind::Numerical)
        return submitText(text);
    const NumberEntry entry = readNumberEntry(text, QLocale());
    m_question->setEntryError(entry.message);
    return entry.ok && submitNumber(entry.value);
}

bool QuizSession::submitMatches(const QList<int> &rightDisplayIndexes)
{
    const Question *q = current();
    return q != nullptr && submit(MatchDisplay::answerFromPicks(*q, rightDisplayIndexes));
}

bool QuizSession::submitNumber(double value)
{
    QuizAnswer answer;
    answer.number = value;
    answer.hasNumber = true;
    return submit(answer);
}

bool QuizSession::submit(const QuizAnswer &answer)
{
    const Question *q = current();
    if (q == nullptr || m_run.isAnswered(m_index) || m_finished)
        return false;
    const Grade grade = m_run.answer(m_index, answer);
    recordAnswer(*q, grade, answer);
    m_question->noteAnswered();
    Q_EMIT answeredChanged();
    return true;
}

void QuizSession::recordAnswer(const Question &question, const Grade &grade, const QuizAnswer &answer)
{
    if (m_practice || m_attemptId < 0 || !progress())
        return;
    const bool saved = progress()->recordQuizAnswer(m_attemptId, question.id, grade.score, savedAnswerJson(answer));
    // Every graded question answered becomes (or moves on) a review item of its course.
    if (saved && grade.graded && progress()->reviews())
        progress()->reviews()->recordAnswer(courseId(), moduleId(), question, grade, m_questionTime.elapsed(),
                                            QStringLiteral("quiz"));
}

void QuizSession::next()
{
    if (m_finished || !isValid())
        return;
    if (current() && current()->isGraded() && !m_run.isAnswered(m_index))
        return;   // a graded question is answered before moving on
    moveOn();
}

void QuizSession::moveOn()
{
    if (m_index + 1 < m_run.questionCount()) {
        ++m_index;
        showCurrent();
        return;
    }
    finish();
}

void QuizSession::finish()
{
    m_finished = true;
    if (!m_practice && m_attemptId >= 0 && progress()) {
        progress()->finishQuizAttempt(m_attemptId, m_run.scorePercent(), m_run.passed(), int(m_time.elapsed() / 1000));
    }
    Q_EMIT finishedChanged();
}

QVariantList QuizSession::missed() const
{
    QVariantList list;
    if (!m_finished)
        return list;
    const QStringList ids = m_run.missedQuestionIds();
    for (int i = 0; i < m_run.questionCount(); ++i) {
        const Question &q = m_run.question(i);
        if (!ids.contains(q.id))
            continue;
        list.append(QVariantMap{{QStringLiteral("questionId"), q.id},
                                // A reminder of the question: Markdown read as its words (no image here).
                                {QStringLiteral("stem"), q.format == TextFormat::Markdown ? CardBlocks::plainText(q.stem)
                                                                                         : q.stem},
                                {QStringLiteral("rightAnswer"), QuizWording::rightAnswer(q, QLocale())},
                                {QStringLiteral("generalFeedback"), q.generalFeedback}});
    }
    return list;
}

void QuizSession::retryMissed()
{
    if (!m_finished || m_run.missedQuestionIds().isEmpty())
        return;
    m_run = m_run.retryMissed();
    m_practice = true;
    m_resumed = false;
    m_finished = false;
    m_attemptId = -1;
    m_index = 0;
    showCurrent();
    Q_EMIT finishedChanged();
}
