#pragma once

#include "reviewitem.h"
#include "reviewpace.h"

#include <QList>

class FsrsScheduler;

// Which due items a review session takes: the most at risk first (lowest retrievability now), no
// more than the daily cap allows (the rest carries over to the next day, weakest first, because
// the next plan sorts the same way), and as many as fit the chosen minutes at this learner's own
// pace. Time reserved for a missed item coming back once at the end counts with its chance of
// being missed (1 - retrievability).
struct ReviewPlanRequest
{
    qint64 nowMs = 0;
    int minutes = 5;
    int dailyCap = 20;
    int reviewedToday = 0; // items answered in review sessions today
    // Items due in all when the caller passes only the weakest of them (ProgressStore::
    // weakestDueItems); -1: the items given are all there are.
    int dueCount = -1;
};

struct ReviewPlan
{
    struct Entry
    {
        int item = -1;               // index into the items given to plan()
        double retrievability = 0;   // now, 0..1
        double estimateSeconds = 0;  // this learner's expected answer time for its type
    };
    QList<Entry> entries;        // in the order to ask them, most at risk first
    double plannedSeconds = 0;   // answers plus the expected repeats of misses
    int dueCount = 0;            // items due now, before the cap
    int allowedToday = 0;        // of those, what the daily cap leaves for today

    bool isEmpty() const { return entries.isEmpty(); }
    // Whole minutes for "Review · N min": the planned time rounded up, at least 1.
    int minutes() const;
};

namespace ReviewPlanner {

ReviewPlan plan(const QList<ReviewItem> &items, const FsrsScheduler &scheduler, const ReviewPace &pace,
                const ReviewPlanRequest &request);

} // namespace ReviewPlanner
