#pragma once

#include "fsrsscheduler.h"

#include <QString>

class ProgressStore;

// Turns one graded answer into the item's next FSRS state and stores both (ProgressStore::recordReview).
// The first answer of a question creates its item; fuzz is seeded by the item and its review count.
namespace ReviewRecorder {

struct Answer
{
    QString courseId, moduleId, questionId;
    QString kind;       // question type name
    double score = 0;   // 0..1
    bool correct = false;
    qint64 answerMs = 0; // how long the learner took
    QString source;     // "quiz" or "review"
};

// False when the store refused it (its lastError() says why).
bool record(ProgressStore &store, const FsrsScheduler &scheduler, const Answer &answer, qint64 nowUtcMs);

} // namespace ReviewRecorder
