#include "reviewrecorder.h"

#include "progress/progressstore.h"
#include "reviewitem.h"

namespace ReviewRecorder {

bool record(ProgressStore &store, const FsrsScheduler &scheduler, const Answer &answer, qint64 nowUtcMs)
{
    ReviewItem item = store.reviewItem(answer.courseId, answer.questionId)
                          .value_or(ReviewItem{answer.courseId, answer.moduleId, answer.questionId, answer.kind,
                                               FsrsCard::createNew(nowUtcMs)});
    item.moduleId = answer.moduleId;
    item.kind = answer.kind;
    const FsrsRating rating = ReviewRules::ratingForScore(answer.score, answer.correct);
    item.card = scheduler.next(item.card, nowUtcMs, rating,
                               ReviewRules::fuzzSeed(answer.courseId, answer.questionId, item.card.reps));
    return store.recordReview(item, rating, answer.answerMs, answer.source,
                              QDateTime::fromMSecsSinceEpoch(nowUtcMs, Qt::UTC));
}

} // namespace ReviewRecorder
