#include "reviewservice.h"

#include "courselibrary.h"
#include "progresstracker.h"
#include "quiz/grader.h"
#include "review/reviewrecorder.h"

#include <QHash>
#include <algorithm>

namespace {

const QString minutesKey = QStringLiteral("review/defaultMinutes");
const QString capKey = QStringLiteral("review/dailyCap");
const QString retentionKey = QStringLiteral("review/desiredRetention");

int validMinutes(int minutes)
{
    return minutes == 2 || minutes == 10 ? minutes : 5;
}

} // namespace

ReviewService::ReviewService(CourseLibrary *library, ProgressTracker *progress, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_progress(progress)
{
    m_defaultMinutes = validMinutes(m_settings.value(minutesKey, 5).toInt());
    m_dailyCap = std::clamp(m_settings.value(capKey, 20).toInt(), 5, 100);
    m_retention = std::clamp(m_settings.value(retentionKey, 0.9).toDouble(), 0.80, 0.97);
    rebuildScheduler();
    connect(m_progress, &ProgressTracker::changed, this, &ReviewService::bump);
    m_tick.setInterval(5 * 60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &ReviewService::bump);
}

void ReviewService::setDefaultMinutes(int minutes)
{
    minutes = validMinutes(minutes);
    if (minutes == m_defaultMinutes)
        return;
    m_defaultMinutes = minutes;
    m_settings.setValue(minutesKey, minutes);
    Q_EMIT settingsChanged();
    bump();
}

void ReviewService::setDailyCap(int cap)
{
    cap = std::clamp(cap, 5, 100);
    if (cap == m_dailyCap)
        return;
    m_dailyCap = cap;
    m_settings.setValue(capKey, cap);
    Q_EMIT settingsChanged();
    bump();
}

void ReviewService::setDesiredRetention(double retention)
{
    // Hundredths, as the setting shows them.
    retention = std::round(std::clamp(retention, 0.80, 0.97) * 100) / 100;
    if (qFuzzyCompare(retention, m_retention))
        return;
    m_retention = retention;
    m_settings.setValue(retentionKey, retention);
    rebuildScheduler();
    Q_EMIT settingsChanged();
    bump();
}

void ReviewService::setClock(const WallClock *clock)
{
    m_clock = clock ? clock : &m_systemClock;
    bump();
}

void ReviewService::timeMoved()
{
    bump();
}

void ReviewService::rebuildScheduler()
{
    FsrsConfig config;
    config.requestRetention = m_retention;
    config.enableFuzz = true; // deterministic per item: ReviewRules::fuzzSeed
    m_scheduler = FsrsScheduler(config);
}

void ReviewService::bump()
{
    ++m_revision;
    Q_EMIT changed();
}

bool ReviewService::recordAnswer(const QString &courseId, const QString &moduleId, const Question &question,
                                 const Grade &grade, qint64 answerMs, const QString &source)
{
    if (!question.isGraded() || courseId.isEmpty())
        return false;
    const ReviewRecorder::Answer answer{courseId, moduleId, question.id, questionTypeName(question.type),
                                        grade.score, grade.correct, answerMs, source};
    // The door moves the progress revision, and bump() follows it.
    return m_progress->recordReview(m_scheduler, answer, nowMs());
}

ReviewService::Deck ReviewService::dueDeck(const QString &courseId, const QString &moduleId) const
{
    Deck deck;
    // Started on first use, not in the constructor: the app object may be built before the event loop.
    if (!m_tick.isActive())
        m_tick.start();
    const Course *course = m_library->course(courseId);
    if (course == nullptr)
        return deck;
    // A whole course can have thousands due after a break: only the weakest a session can take are
    // read (a few more, for questions a course update removed). One module's are all read.
    const int limit = m_dailyCap + 32;
    const QList<ReviewItem> stored = moduleId.isEmpty()
        ? m_progress->store().weakestDueItems(courseId, nowMs(), limit, &deck.dueCount)
        : m_progress->store().reviewItems(courseId, nowMs());
    // Nothing due (always so before the first quiz): no quiz is parsed, so home's offer costs the first
    // frame one indexed query.
    if (stored.isEmpty())
        return deck;
    // The course as it is now: a question that moved counts for its new module.
    QHash<QString, std::pair<QString, const Question *>> current;
    for (const CourseModule &module : course->modules) {
        for (const Question &question : m_library->quiz(courseId, module.id)) {
            if (question.isGraded())
                current.insert(question.id, {module.id, &question});
        }
    }
    for (ReviewItem item : stored) {
        const auto found = current.constFind(item.questionId);
        if (found == current.constEnd() || (!moduleId.isEmpty() && found->first != moduleId))
            continue;
        item.moduleId = found->first;
        item.kind = questionTypeName(found->second->type);
        deck.items.append(item);
        deck.questions.append(*found->second);
    }
    return deck;
}

ReviewPlan ReviewService::plan(const Deck &deck, int minutes) const
{
    ReviewPace pace;
    const auto means = m_progress->store().reviewPace();
    for (auto it = means.constBegin(); it != means.constEnd(); ++it)
        pace.setMean(it.key(), it->first, it->second);
    const qint64 now = nowMs();
    const int today = m_progress->store().reviewAnswersOn(QDateTime::fromMSecsSinceEpoch(now).date());
    return ReviewPlanner::plan(deck.items, m_scheduler, pace, {now, minutes, m_dailyCap, today, deck.dueCount});
}

ReviewService::Memory ReviewService::memory(const QString &courseId, const QString &moduleId) const
{
    Memory memory;
    const CourseModule *module = m_library->module(courseId, moduleId);
    if (module == nullptr)
        return memory;
    // The graded ids as loading found them (or the course cache kept them): no quiz is parsed.
    const QStringList graded = m_library->gradedQuestionIds(courseId, moduleId);
    const QSet<QString> questions(graded.cbegin(), graded.cend());
    const qint64 now = nowMs();
    double sum = 0;
    for (const ReviewItem &item : m_progress->store().reviewItems(courseId)) {
        if (!questions.contains(item.questionId))
            continue;
        ++memory.items;
        memory.due += item.card.dueMs <= now && item.card.state != FsrsState::New ? 1 : 0;
        sum += m_scheduler.retrievability(item.card, now);
    }
    memory.meanRetrievability = memory.items > 0 ? sum / memory.items : 0;
    return memory;
}
