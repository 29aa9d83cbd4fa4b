#include "reviewoverview.h"

#include "reviewservice.h"

#include <cmath>

ReviewOverview::ReviewOverview(QObject *parent)
    : CourseBinding(parent)
{
}

void ReviewOverview::setMinutes(int minutes)
{
    if (minutes == m_minutes)
        return;
    m_minutes = minutes;
    Q_EMIT minutesChanged();
    requestRefresh();
}

void ReviewOverview::refresh()
{
    ReviewService *service = progress()->reviews();
    if (service == nullptr)
        return;
    if (!m_reviewConnection)
        m_reviewConnection = connect(service, &ReviewService::changed, this, &ReviewOverview::requestRefresh);
    const ReviewService::Deck deck = service->dueDeck(courseId(), moduleId());
    const ReviewPlan plan = service->plan(deck, m_minutes > 0 ? m_minutes : service->defaultMinutes());
    m_ready = !plan.isEmpty();
    m_sessionMinutes = m_ready ? plan.minutes() : 0;
    m_dueCount = plan.dueCount;
    m_itemCount = 0;
    m_rememberedPercent = -1;
    if (!moduleId().isEmpty()) {
        const ReviewService::Memory memory = service->memory(courseId(), moduleId());
        m_itemCount = memory.items;
        m_rememberedPercent = memory.items > 0 ? int(std::lround(memory.meanRetrievability * 100)) : -1;
    }
    Q_EMIT changed();
}
