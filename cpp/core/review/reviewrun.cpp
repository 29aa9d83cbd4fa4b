#include "reviewrun.h"

ReviewRun::ReviewRun(const QList<Step> &planned, double budgetSeconds)
    : m_steps(planned)
    , m_budget(budgetSeconds)
{
}

const ReviewRun::Step *ReviewRun::current() const
{
    return m_position < m_steps.size() ? &m_steps.at(m_position) : nullptr;
}

int ReviewRun::remainingCount() const
{
    return int(m_steps.size()) - m_position;
}

void ReviewRun::answered(bool missed, double elapsedSeconds)
{
    const Step *step = current();
    if (step == nullptr)
        return;
    // Items, not showings: a repeat does not count again.
    if (!step->repeat) {
        ++m_answered;
        if (missed) {
            ++m_missed;
            m_steps.append({step->item, step->estimateSeconds, true});
        }
    }
    ++m_position;
    skipToFitting(elapsedSeconds);
}

void ReviewRun::skipToFitting(double elapsedSeconds)
{
    if (m_position >= m_steps.size())
        return;
    // What does not fit now will not fit later either (time only grows): the session ends here. The
    // items not asked stay due and lead the next session.
    if (elapsedSeconds + m_steps.at(m_position).estimateSeconds * SlowFactor > m_budget * Overrun) {
        m_endedEarly = true;
        m_position = int(m_steps.size());
    }
}
