#include "reviewplanner.h"

#include "fsrsscheduler.h"

#include <algorithm>
#include <cmath>

int ReviewPlan::minutes() const
{
    return std::max(1, int(std::ceil(plannedSeconds / 60.0 - 1e-9)));
}

namespace ReviewPlanner {

ReviewPlan plan(const QList<ReviewItem> &items, const FsrsScheduler &scheduler, const ReviewPace &pace,
                const ReviewPlanRequest &request)
{
    ReviewPlan result;
    QList<ReviewPlan::Entry> due;
    for (int i = 0; i < items.size(); ++i) {
        const FsrsCard &card = items.at(i).card;
        if (card.state == FsrsState::New || card.dueMs > request.nowMs)
            continue;
        due.append({i, scheduler.retrievability(card, request.nowMs), 0});
    }
    result.dueCount = std::max(int(due.size()), request.dueCount);
    result.allowedToday = std::clamp(request.dailyCap - request.reviewedToday, 0, result.dueCount);
    const int candidates = std::min(result.allowedToday, int(due.size()));
    // Only the weakest allowedToday matter: a partial sort keeps planning fast for a large backlog.
    const auto weaker = [&items](const ReviewPlan::Entry &a, const ReviewPlan::Entry &b) {
        if (a.retrievability != b.retrievability)
            return a.retrievability < b.retrievability;
        const ReviewItem &x = items.at(a.item);
        const ReviewItem &y = items.at(b.item);
        if (x.card.dueMs != y.card.dueMs)
            return x.card.dueMs < y.card.dueMs;
        return x.questionId < y.questionId;
    };
    std::partial_sort(due.begin(), due.begin() + candidates, due.end(), weaker);
    const double budget = std::max(0, request.minutes) * 60.0;
    for (int i = 0; i < candidates; ++i) {
        ReviewPlan::Entry entry = due.at(i);
        entry.estimateSeconds = pace.secondsFor(items.at(entry.item).kind);
        const double cost = entry.estimateSeconds * (1 + (1 - entry.retrievability));
        // The first item is always taken, so a session never has nothing to ask while items are due.
        if (!result.entries.isEmpty() && result.plannedSeconds + cost > budget)
            break;
        result.entries.append(entry);
        result.plannedSeconds += cost;
    }
    return result;
}

} // namespace ReviewPlanner
