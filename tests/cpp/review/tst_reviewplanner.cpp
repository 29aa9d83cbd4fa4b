// The review session planner and a session as it runs, on a simulated clock: risk first, the daily
// cap with the rest carried over weakest first, sessions that fit their minutes at the learner's own
// pace and never run more than 10 % over, a missed item back once at the end, the spread of reviews
// after 30 and 365 days away, and a course update that keeps an item's history.
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "progress/progressstore.h"
#include "review/fsrsscheduler.h"
#include "review/reviewplanner.h"
#include "review/reviewrecorder.h"
#include "review/reviewrun.h"

namespace {

const qint64 Day = FsrsScheduler::DayMs;
const qint64 Start = QDateTime(QDate(2026, 3, 2), QTime(7, 30), Qt::UTC).toMSecsSinceEpoch();
const QStringList Kinds{QStringLiteral("single"), QStringLiteral("multiple"), QStringLiteral("matching"),
                        QStringLiteral("truefalse")};

// This simulated learner's true answer times per kind (seconds); each answer varies by up to 20 %.
double trueSeconds(const QString &kind)
{
    if (kind == QLatin1String("multiple"))
        return 40;
    if (kind == QLatin1String("matching"))
        return 70;
    if (kind == QLatin1String("truefalse"))
        return 9;
    return 18;
}

double answerTime(const QString &kind, QRandomGenerator &random)
{
    return trueSeconds(kind) * (0.8 + 0.4 * random.generateDouble());
}

// items reviewed once or twice in the past, all due now, with a spread of retrievability.
QList<ReviewItem> dueItems(int count, QRandomGenerator &random, const FsrsScheduler &scheduler)
{
    QList<ReviewItem> items;
    for (int i = 0; i < count; ++i) {
        ReviewItem item{QStringLiteral("c"), QStringLiteral("m%1").arg(i % 3), QStringLiteral("q%1").arg(i),
                        Kinds.at(i % Kinds.size()), FsrsCard::createNew(Start - 60 * Day)};
        qint64 at = Start - (20 + random.bounded(40)) * Day;
        item.card = scheduler.next(item.card, at, FsrsRating(1 + random.bounded(4)));
        at = std::max(at + Day, item.card.dueMs);
        item.card = scheduler.next(item.card, at, FsrsRating(2 + random.bounded(3)));
        if (item.card.dueMs <= Start)
            items.append(item);
    }
    return items;
}

ReviewPace learnedPace(QRandomGenerator &random)
{
    ReviewPace pace;
    for (const QString &kind : Kinds) {
        double mean = 0;
        for (int n = 0; n < 30; ++n)
            mean = ReviewPace::updatedMean(mean, n, answerTime(kind, random));
        pace.setMean(kind, mean, 30);
    }
    return pace;
}

QList<ReviewRun::Step> stepsOf(const ReviewPlan &plan)
{
    QList<ReviewRun::Step> steps;
    for (const ReviewPlan::Entry &entry : plan.entries)
        steps.append({entry.item, entry.estimateSeconds, false});
    return steps;
}

} // namespace

class TestReviewPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void riskFirst()
    {
        QRandomGenerator random(7);
        const FsrsScheduler scheduler;
        const QList<ReviewItem> items = dueItems(60, random, scheduler);
        QVERIFY(items.size() >= 30);
        const ReviewPlan plan = ReviewPlanner::plan(items, scheduler, ReviewPace(), {Start, 10, 20, 0});
        QVERIFY(plan.entries.size() >= 5);
        double lowestLeftOut = 1;
        for (int i = 0; i < items.size(); ++i) {
            if (std::none_of(plan.entries.begin(), plan.entries.end(), [i](const auto &e) { return e.item == i; }))
                lowestLeftOut = std::min(lowestLeftOut, scheduler.retrievability(items.at(i).card, Start));
        }
        for (int i = 0; i < plan.entries.size(); ++i) {
            QCOMPARE(plan.entries.at(i).retrievability, scheduler.retrievability(items.at(plan.entries.at(i).item).card, Start));
            if (i > 0)
                QVERIFY(plan.entries.at(i - 1).retrievability <= plan.entries.at(i).retrievability);
            QVERIFY(plan.entries.at(i).retrievability <= lowestLeftOut);
        }
    }

    void sessionFitsItsMinutes_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("learned");
        QTest::newRow("2 min, default pace") << 2 << false;
        QTest::newRow("2 min") << 2 << true;
        QTest::newRow("5 min") << 5 << true;
        QTest::newRow("10 min") << 10 << true;
        QTest::newRow("10 min, default pace") << 10 << false;
    }

    // Planned against the minutes, then run on simulated answer times with misses drawn from each
    // item's retrievability: never more than 10 % over, over 40 simulated sessions each.
    void sessionFitsItsMinutes()
    {
        QFETCH(int, minutes);
        QFETCH(bool, learned);
        const FsrsScheduler scheduler;
        const double budget = minutes * 60.0;
        for (quint32 seed = 1; seed <= 40; ++seed) {
            QRandomGenerator random(seed);
            const QList<ReviewItem> items = dueItems(400, random, scheduler);
            const ReviewPace pace = learned ? learnedPace(random) : ReviewPace();
            const ReviewPlan plan = ReviewPlanner::plan(items, scheduler, pace, {Start, minutes, 1000, 0});
            QVERIFY(!plan.isEmpty());
            QVERIFY2(plan.plannedSeconds <= budget, qPrintable(QString::number(plan.plannedSeconds)));
            // It fills the minutes: the next item would not have fitted.
            QVERIFY2(plan.plannedSeconds > budget - 2 * 70 * 1.25, qPrintable(QString::number(plan.plannedSeconds)));
            QVERIFY(plan.minutes() <= minutes);

            ReviewRun run(stepsOf(plan), budget);
            double elapsed = 0;
            while (const ReviewRun::Step *step = run.current()) {
                const ReviewItem &item = items.at(step->item);
                // The default pace (25 s a single choice) is slower than this learner on most types,
                // faster on matching: the run still stops in time.
                elapsed += answerTime(item.kind, random);
                const double recall = scheduler.retrievability(item.card, Start);
                run.answered(random.generateDouble() > recall, elapsed);
            }
            QVERIFY2(elapsed <= budget * 1.10 + (learned ? 0 : 70 * 0.2),
                     qPrintable(QStringLiteral("seed %1: %2 s of %3").arg(seed).arg(elapsed).arg(budget)));
            QVERIFY(run.answeredCount() >= 1);
        }
    }

    void missedItemComesBackOnceAtTheEnd()
    {
        ReviewRun run({{10, 20, false}, {11, 20, false}, {12, 20, false}}, 600);
        QCOMPARE(run.current()->item, 10);
        run.answered(true, 20);   // missed: back at the end
        QCOMPARE(run.current()->item, 11);
        run.answered(false, 40);
        run.answered(true, 60);   // 12 missed too
        QCOMPARE(run.current()->item, 10);
        QVERIFY(run.current()->repeat);
        run.answered(true, 80);   // missed again: not a third time
        QCOMPARE(run.current()->item, 12);
        run.answered(false, 100);
        QVERIFY(run.isFinished());
        QCOMPARE(run.answeredCount(), 3);   // items, not showings
        QCOMPARE(run.missedCount(), 2);
        QVERIFY(!run.endedEarly());
    }

    void runEndsEarlyRatherThanRunOver()
    {
        ReviewRun run({{1, 30, false}, {2, 30, false}, {3, 30, false}, {4, 30, false}}, 120);
        run.answered(false, 30);
        run.answered(false, 100); // slow: 100 + 30 x 1.25 > 132 s
        QVERIFY(run.isFinished());
        QVERIFY(run.endedEarly());
        QCOMPARE(run.answeredCount(), 2);
    }

    void dailyCapCarriesOverWeakestFirst()
    {
        QRandomGenerator random(3);
        const FsrsScheduler scheduler;
        const QList<ReviewItem> items = dueItems(80, random, scheduler);
        QVERIFY(items.size() > 40);
        const ReviewPlan first = ReviewPlanner::plan(items, scheduler, ReviewPace(), {Start, 60, 20, 0});
        QCOMPARE(first.dueCount, items.size());
        QCOMPARE(first.allowedToday, 20);
        QCOMPARE(first.entries.size(), 20);
        // Later the same day, 15 already answered: 5 more.
        QCOMPARE(ReviewPlanner::plan(items, scheduler, ReviewPace(), {Start, 60, 20, 15}).entries.size(), 5);
        QCOMPARE(ReviewPlanner::plan(items, scheduler, ReviewPace(), {Start, 60, 20, 20}).entries.size(), 0);
        // Those 20 are the weakest of all that were due.
        QList<double> all;
        for (const ReviewItem &item : items)
            all.append(scheduler.retrievability(item.card, Start));
        std::sort(all.begin(), all.end());
        for (const ReviewPlan::Entry &entry : first.entries)
            QVERIFY(entry.retrievability <= all.at(19));
    }

    void spreadAfterTimeAway_data()
    {
        QTest::addColumn<int>("daysAway");
        QTest::newRow("30 days") << 30;
        QTest::newRow("365 days") << 365;
    }

    // 150 questions learned in three weeks of quizzes (fuzz on, as in the app), then a break. Back,
    // the learner does one 10-minute session a day: never more than the cap, the weakest first,
    // and the backlog is gone within a few days more than cap arithmetic needs.
    void spreadAfterTimeAway()
    {
        QFETCH(int, daysAway);
        FsrsConfig config;
        config.enableFuzz = true;
        const FsrsScheduler scheduler(config);
        QRandomGenerator random(11);
        QList<ReviewItem> items;
        for (int i = 0; i < 150; ++i) {
            const qint64 learned = Start + (i / 8) * Day;
            ReviewItem item{QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("q%1").arg(i),
                            QStringLiteral("single"), FsrsCard::createNew(learned)};
            item.card = scheduler.next(item.card, learned, FsrsRating::Good, ReviewRules::fuzzSeed(u"c"_qs, item.questionId, 0));
            for (int reps = 1; reps < 3; ++reps)
                item.card = scheduler.next(item.card, item.card.dueMs, FsrsRating::Good,
                                           ReviewRules::fuzzSeed(u"c"_qs, item.questionId, reps));
            items.append(item);
        }
        // Fuzz spreads items learned the same day over several due days.
        QSet<qint64> dueDays;
        for (int i = 0; i < 8; ++i)
            dueDays.insert(items.at(i).card.dueMs / Day);
        QVERIFY2(dueDays.size() >= 3, QByteArray::number(dueDays.size()).constData());
        qint64 now = Start + (20 + daysAway) * Day;
        const int backlog = ReviewPlanner::plan(items, scheduler, ReviewPace(), {now, 10, 20, 0}).dueCount;
        QVERIFY2(backlog >= 40, QByteArray::number(backlog).constData());
        int day = 0;
        int remaining = backlog;
        for (; day < 40 && remaining > 0; ++day, now += Day) {
            const ReviewPlan plan = ReviewPlanner::plan(items, scheduler, ReviewPace(), {now, 10, 20, 0});
            QVERIFY(plan.entries.size() <= 20);
            for (const ReviewPlan::Entry &entry : plan.entries) {
                ReviewItem &item = items[entry.item];
                item.card = scheduler.next(item.card, now, FsrsRating::Good,
                                           ReviewRules::fuzzSeed(u"c"_qs, item.questionId, item.card.reps));
            }
            remaining = 0;
            for (const ReviewItem &item : items)
                remaining += item.card.dueMs <= Start + (20 + daysAway) * Day ? 1 : 0;
        }
        QVERIFY2(remaining == 0, qPrintable(QStringLiteral("%1 left after %2 days").arg(remaining).arg(day)));
        QVERIFY2(day <= (backlog + 19) / 20 + 3, qPrintable(QStringLiteral("%1 days for %2").arg(day).arg(backlog)));
    }

    // The store's read of the weakest due items (ordered in SQL) agrees with the planner's order.
    void storeReadsTheWeakestFirst()
    {
        QTemporaryDir dir;
        ProgressStore store;
        store.open(dir.path());
        const FsrsScheduler scheduler;
        QRandomGenerator random(5);
        for (int i = 0; i < 60; ++i) {
            ReviewRecorder::Answer answer{u"c"_qs, u"m"_qs, QStringLiteral("q%1").arg(i), u"single"_qs, 1, true, 9000, u"quiz"_qs};
            qint64 at = Start + random.bounded(20) * Day;
            for (int r = 0; r < 1 + random.bounded(4); ++r) {
                answer.correct = random.bounded(4) > 0;
                answer.score = answer.correct ? 1 : 0;
                QVERIFY(ReviewRecorder::record(store, scheduler, answer, at));
                at = store.reviewItem(u"c"_qs, answer.questionId)->card.dueMs + random.bounded(3) * Day;
            }
        }
        const qint64 now = Start + 60 * Day;
        const QList<ReviewItem> all = store.reviewItems(u"c"_qs, now);
        int dueCount = 0;
        const QList<ReviewItem> weakest = store.weakestDueItems(u"c"_qs, now, 12, &dueCount);
        QCOMPARE(dueCount, all.size());
        QCOMPARE(weakest.size(), 12);
        const ReviewPlan plan = ReviewPlanner::plan(all, scheduler, ReviewPace(), {now, 60, 12, 0});
        QCOMPARE(plan.entries.size(), 12);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(weakest.at(i).questionId, all.at(plan.entries.at(i).item).questionId);
        // Planning from the weakest only gives the same session and still knows the whole backlog.
        const ReviewPlan fromWeakest = ReviewPlanner::plan(weakest, scheduler, ReviewPace(), {now, 60, 12, 0, dueCount});
        QCOMPARE(fromWeakest.dueCount, all.size());
        QCOMPARE(fromWeakest.entries.size(), 12);
    }

    // A course update moves a question to another module and reorders the quiz: its item keeps its
    // state and history because it is keyed by course and question id.
    void courseUpdateKeepsItemHistory()
    {
        QTemporaryDir dir;
        ProgressStore store;
        QVERIFY(store.open(dir.path()).status == ProgressStore::OpenResult::Status::Created);
        const FsrsScheduler scheduler;
        ReviewRecorder::Answer answer{u"course"_qs, u"module-1"_qs, u"q-angry-caller"_qs, u"single"_qs, 1, true, 12000, u"quiz"_qs};
        QVERIFY(ReviewRecorder::record(store, scheduler, answer, Start));
        const ReviewItem before = *store.reviewItem(u"course"_qs, u"q-angry-caller"_qs);
        QCOMPARE(before.card.reps, 1);
        QCOMPARE(before.card.state, FsrsState::Learning);
        // The updated course has the question in module-3.
        answer.moduleId = u"module-3"_qs;
        answer.source = u"review"_qs;
        QVERIFY(ReviewRecorder::record(store, scheduler, answer, before.card.dueMs + 60000));
        const ReviewItem after = *store.reviewItem(u"course"_qs, u"q-angry-caller"_qs);
        QCOMPARE(after.moduleId, u"module-3"_qs);
        QCOMPARE(after.card.reps, 2);
        QCOMPARE(after.card.stability, scheduler.next(before.card, before.card.dueMs + 60000, FsrsRating::Good).stability);
        QCOMPARE(store.reviewHistoryLength(u"course"_qs, u"q-angry-caller"_qs), 2);
        QCOMPARE(store.reviewItems(u"course"_qs).size(), 1);
        QCOMPARE(store.reviewAnswersOn(QDateTime::fromMSecsSinceEpoch(before.card.dueMs + 60000).date()), 1);
        const auto pace = store.reviewPace();
        QCOMPARE(pace.value(u"single"_qs).second, 2);
        QCOMPARE(pace.value(u"single"_qs).first, 12.0);

        // Both exports carry the review answers: JSON the items and every answer, CSV the session's.
        QVERIFY(store.exportJson(dir.filePath(u"out.json"_qs)));
        QFile json(dir.filePath(u"out.json"_qs));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(root.value(u"reviewItems").toArray().size(), 1);
        QCOMPARE(root.value(u"reviewItems").toArray().at(0).toObject().value(u"reps").toInt(), 2);
        const QJsonArray reviews = root.value(u"reviews").toArray();
        QCOMPARE(reviews.size(), 2);
        QCOMPARE(reviews.at(0).toObject().value(u"source").toString(), u"quiz"_qs);
        QCOMPARE(reviews.at(1).toObject().value(u"rating").toInt(), 3);
        QCOMPARE(reviews.at(1).toObject().value(u"moduleId").toString(), u"module-3"_qs);
        QVERIFY(store.exportCsv(dir.filePath(u"out.csv"_qs)));
        QFile csv(dir.filePath(u"out.csv"_qs));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QCOMPARE(text.count(",review_answer,course,module-3,q-angry-caller,"), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewPlanner)
#include "tst_reviewplanner.moc"
