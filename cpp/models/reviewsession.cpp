#include "reviewsession.h"

#include "reviewservice.h"

ReviewSession::ReviewSession(QObject *parent)
    : QuizSession(parent)
{
}

void ReviewSession::setMinutes(int minutes)
{
    if (minutes == m_minutes || minutes <= 0)
        return;
    m_minutes = minutes;
    Q_EMIT minutesChanged();
    if (!m_planned)
        return;
    m_planned = false; // a new length before the first answer plans again
    if (answeredCount() == 0)
        requestRefresh();
}

void ReviewSession::refresh()
{
    // Planned once: the learner's answers must not reshuffle the session under them.
    if (m_planned)
        return;
    plan();
}

void ReviewSession::plan()
{
    ReviewService *service = progress()->reviews();
    if (service == nullptr)
        return;
    m_planned = true;
    const ReviewService::Deck deck = service->dueDeck(courseId(), moduleId());
    const ReviewPlan plan = service->plan(deck, m_minutes);
    QList<ReviewRun::Step> steps;
    m_items.clear();
    m_questions.clear();
    for (const ReviewPlan::Entry &entry : plan.entries) {
        steps.append({int(m_items.size()), entry.estimateSeconds, false});
        m_items.append(deck.items.at(entry.item));
        m_questions.append(deck.questions.at(entry.item));
    }
    m_plannedCount = int(steps.size());
    m_reviewRun = ReviewRun(steps, m_minutes * 60.0);
    m_title = tr("Review");
    m_run = QuizRun(m_questions, 0);
    m_index = 0;
    m_finished = false;
    m_sessionTime.start();
    showCurrent();
    Q_EMIT finishedChanged();
}

void ReviewSession::recordAnswer(const Question &question, const Grade &grade, const QuizAnswer &answer)
{
    Q_UNUSED(answer)
    const ReviewRun::Step *step = m_reviewRun.current();
    if (step == nullptr || !grade.graded)
        return;
    const ReviewItem &item = m_items.at(step->item);
    if (ReviewService *service = progress()->reviews())
        service->recordAnswer(courseId(), item.moduleId, question, grade, m_questionTime.elapsed(),
                              QStringLiteral("review"));
    const int before = m_reviewRun.stepCount();
    m_reviewRun.answered(!grade.correct, m_sessionTime.elapsed() / 1000.0);
    // A miss queued its question again at the end: the quiz run gets it too, the answers so far kept.
    if (m_reviewRun.stepCount() > before) {
        QuizRun longer(m_run.questions() + QList<Question>{question}, 0);
        for (int i = 0; i < m_run.questionCount(); ++i) {
            if (m_run.isAnswered(i))
                longer.restore(i, m_run.savedAnswer(i));
        }
        m_run = longer;
    }
}

void ReviewSession::moveOn()
{
    // The review run has moved on already (recordAnswer); it may have ended the session early.
    if (m_reviewRun.isFinished() || m_index + 1 >= m_run.questionCount()) {
        finish();
        return;
    }
    ++m_index;
    showCurrent();
}

void ReviewSession::finish()
{
    m_finished = true;
    Q_EMIT finishedChanged();
}
