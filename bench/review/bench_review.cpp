// Spaced review speed: planning a 5-minute session from 10,000 items with 1,000,000 past reviews (the
// store's due-item read, the pace, today's count and the planner: what the home page does), the
// record call of one answer (read the item, schedule, write item + log + pace in one transaction), and
// the scheduler's replay of ts-fsrs's reference histories (JSON in and out included).
// Prints "BENCH name value" lines for scripts/run-bench.sh, and readable lines.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include "progress/progressstore.h"
#include "review/fsrsreplay.h"
#include "review/reviewplanner.h"
#include "review/reviewrecorder.h"

namespace {

constexpr int ItemCount = 10000;
constexpr int LogCount = 1000000;
const QString Course = QStringLiteral("besvarliga-kunder");
const QStringList Kinds{QStringLiteral("single"), QStringLiteral("multiple"), QStringLiteral("matching"),
                        QStringLiteral("truefalse")};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p / 100.0 * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

void bench(const char *name, double value, const char *unit, const char *what)
{
    std::printf("%-34s %10.3f %s  (%s)\n", name, value, unit, what);
    std::printf("BENCH %s %.4f\n", name, value);
}

// 10,000 items with a year of history each (the scheduler's own states, so due dates and stabilities
// spread as in real use), and 1,000,000 log rows, written straight into the file in one transaction.
bool fill(const QString &file, qint64 now)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(file);
    if (!db.open())
        return false;
    QRandomGenerator random(42);
    const FsrsScheduler scheduler;
    bool ok = db.transaction();
    {
        QSqlQuery item(db), log(db);
        item.prepare(QStringLiteral("INSERT INTO review_item VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        log.prepare(QStringLiteral("INSERT INTO review_log (at_ms, local_day, course_id, module_id, question_id, kind,"
                                   " source, rating, answer_ms, state, stability, difficulty, due_ms, scheduled_days)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; ok && i < ItemCount; ++i) {
            qint64 at = now - qint64(random.bounded(365)) * FsrsScheduler::DayMs;
            FsrsCard card = FsrsCard::createNew(at);
            const int reviews = 1 + random.bounded(8);
            for (int r = 0; r < reviews && at < now; ++r) {
                card = scheduler.next(card, at, FsrsRating(1 + random.bounded(4)));
                at = std::max(card.dueMs, at + 60000);
            }
            const QString question = QStringLiteral("q-%1").arg(i);
            const QVariantList values{Course, question, QStringLiteral("m-%1").arg(i % 50), Kinds.at(i % 4),
                                      int(card.state), card.stability, card.difficulty, card.dueMs,
                                      card.lastReviewMs, card.elapsedDays, card.scheduledDays, card.reps,
                                      card.lapses, card.learningSteps};
            for (int v = 0; v < values.size(); ++v)
                item.bindValue(v, values.at(v));
            ok = item.exec();
        }
        for (int i = 0; ok && i < LogCount; ++i) {
            const qint64 at = now - qint64(random.bounded(365 * 24)) * 3600000;
            const QVariantList values{at, QDateTime::fromMSecsSinceEpoch(at).date().toString(Qt::ISODate), Course,
                                      QStringLiteral("m-%1").arg(i % 50), QStringLiteral("q-%1").arg(i % ItemCount),
                                      Kinds.at(i % 4), i % 3 ? QStringLiteral("review") : QStringLiteral("quiz"),
                                      1 + i % 4, 20000, 2, 10.0, 5.0, at + 86400000, 1};
            for (int v = 0; v < values.size(); ++v)
                log.bindValue(v, values.at(v));
            ok = log.exec();
        }
    }
    ok = ok && db.commit();
    // The fill went to the WAL: fold it into the file, as the app's store has long done by then.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        ProgressStore create; // the schema, at the current version
        create.open(dir.path());
    }
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(dir.filePath(QStringLiteral("progress.db")), now)) {
        std::fprintf(stderr, "bench_review: could not fill the store\n");
        return 1;
    }
    std::printf("filled %d items and %d reviews in %.1f s\n", ItemCount, LogCount, fillTimer.elapsed() / 1000.0);
    // For looking at the query plans: PAUSA_BENCH_KEEP=FILE keeps a copy of the filled store.
    if (const QString keep = qEnvironmentVariable("PAUSA_BENCH_KEEP"); !keep.isEmpty())
        QFile::copy(dir.filePath(QStringLiteral("progress.db")), keep);

    ProgressStore store;
    store.open(dir.path());
    FsrsConfig config;
    config.enableFuzz = true;
    const FsrsScheduler scheduler(config);

    // Planning, as ReviewService does it for the home page.
    int planned = 0, due = 0;
    QList<double> planMs;
    for (int run = 0; run < 30; ++run) {
        QElapsedTimer timer;
        timer.start();
        int dueCount = 0;
        const QList<ReviewItem> items = store.weakestDueItems(Course, now, 20 + 32, &dueCount);
        ReviewPace pace;
        const auto means = store.reviewPace();
        for (auto it = means.constBegin(); it != means.constEnd(); ++it)
            pace.setMean(it.key(), it->first, it->second);
        const int today = store.reviewAnswersOn(QDateTime::fromMSecsSinceEpoch(now).date());
        const ReviewPlan plan = ReviewPlanner::plan(items, scheduler, pace, {now, 5, 20, std::min(today, 0), dueCount});
        planMs << double(timer.nsecsElapsed()) / 1e6;
        planned = int(plan.entries.size());
        due = plan.dueCount;
    }
    std::printf("a 5-minute plan: %d of %d due items\n", planned, due);
    bench("review_plan_ms", percentile(planMs, 50), "ms",
          "plan a 5-minute session from 10,000 items with 1,000,000 past reviews, median; target < 5");
    // The fastest run: what the work costs when this process has a core to itself (a busy machine
    // moves the median).
    bench("review_plan_min_ms", percentile(planMs, 0), "ms", "the same, fastest of 30 runs");

    // Recording answers.
    QList<double> recordMs;
    QRandomGenerator random(7);
    for (int i = 0; i < 5000; ++i) {
        const int item = random.bounded(ItemCount);
        const ReviewRecorder::Answer answer{Course, QStringLiteral("m-%1").arg(item % 50), QStringLiteral("q-%1").arg(item),
                                            Kinds.at(item % 4), random.bounded(3) / 2.0, random.bounded(2) == 1,
                                            15000, QStringLiteral("review")};
        QElapsedTimer timer;
        timer.start();
        if (!ReviewRecorder::record(store, scheduler, answer, now + i * 1000)) {
            std::fprintf(stderr, "bench_review: record failed: %s\n", qPrintable(store.lastError()));
            return 1;
        }
        recordMs << double(timer.nsecsElapsed()) / 1e6;
    }
    bench("review_record_p50_ms", percentile(recordMs, 50), "ms", "one review answer recorded, median");
    bench("review_record_p99_ms", percentile(recordMs, 99), "ms", "one review answer recorded, 99th percentile; target < 10");

    // Replay of the reference histories.
    QFile vectors(QStringLiteral(PAUSA_REVIEW_VECTORS));
    if (!vectors.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_review: %s\n", qPrintable(vectors.errorString()));
        return 1;
    }
    const QByteArray input = vectors.readAll();
    const int reviews = int(input.count("\"rating\""));
    QElapsedTimer replayTimer;
    replayTimer.start();
    constexpr int Rounds = 20;
    for (int round = 0; round < Rounds; ++round) {
        if (!FsrsReplay::replay(input).ok)
            return 1;
    }
    bench("review_replay_us_per_review", double(replayTimer.nsecsElapsed()) / 1e3 / (Rounds * reviews), "us",
          "pausa-review replay of ts-fsrs's histories, JSON included, per review");
    return 0;
}
