// bench_progress: records 100,000 progress events (a year of heavy use of a 7-module course: lessons
// read card by card and reread, quizzes with their answers, breathing sessions) into a fresh store
// in a temporary directory, timing every record call, then times the reads the screens make.
// Prints "BENCH name value" lines for scripts/run-bench.sh, and readable lines.
//
//   bench_progress [--events N] [--no-statements]   (default 100000, reporting on)
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include "progress/progressstore.h"
#include "xapi/xapistatementsource.h"

#include <algorithm>
#include <cstdio>

namespace {

const QString course = QStringLiteral("besvarliga-kunder");

// 7 modules of 3 to 5 lessons (about 4), each with a 6-question quiz.
QList<ProgressStore::ModuleStructure> courseStructure()
{
    QList<ProgressStore::ModuleStructure> modules;
    for (int m = 0; m < 7; ++m) {
        ProgressStore::ModuleStructure module;
        module.moduleId = QStringLiteral("modul-%1").arg(m + 1);
        for (int l = 0; l < 3 + m % 3; ++l)
            module.lessonIds << QStringLiteral("lektion-%1-%2").arg(m + 1).arg(l + 1);
        for (int q = 0; q < 6; ++q)
            module.questionIds << QStringLiteral("fraga-%1-%2").arg(m + 1).arg(q + 1);
        modules << module;
    }
    return modules;
}

// The same course as the content library would give it to reporting (names are the ids).
Course reportedCourse(const QList<ProgressStore::ModuleStructure> &structure)
{
    Course c;
    c.id = course;
    c.title = course;
    c.language = QStringLiteral("sv");
    for (const ProgressStore::ModuleStructure &s : structure) {
        CourseModule m;
        m.id = m.title = s.moduleId;
        for (const QString &id : s.lessonIds) {
            Lesson l;
            l.id = l.title = id;
            m.lessons << l;
        }
        c.modules << m;
    }
    return c;
}

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto index = qsizetype(p / 100.0 * double(sorted.size() - 1) + 0.5);
    return sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1));
}

template<typename Read>
double medianMs(int runs, Read read)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        read();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return percentile(times, 50);
}

void bench(const char *name, double value, const char *unit, const char *what)
{
    std::printf("%-34s %10.3f %s  (%s)\n", name, value, unit, what);
    std::printf("BENCH %s %.4f\n", name, value);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events to record."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("no-statements"), QStringLiteral("Reporting off: no xAPI statements (for comparison).")});
    parser.process(app);
    const int target = std::max(1000, parser.value(QStringLiteral("events")).toInt());

    QTemporaryDir dir;
    ProgressStore store;
    if (!dir.isValid() || store.open(dir.path()).status != ProgressStore::OpenResult::Status::Created) {
        std::fprintf(stderr, "bench_progress: cannot create a store: %s\n", qPrintable(store.lastError()));
        return 1;
    }
    const QList<ProgressStore::ModuleStructure> structure = courseStructure();
    // Reporting results is on (issue #14): lesson completions, answers, finished quizzes and
    // breathing sessions also build their xAPI statement into the outbox, in the same transaction.
    const Course reported = reportedCourse(structure);
    XapiStatementSource::Courses courses;
    courses.course = [&reported](const QString &id) { return id == course ? &reported : nullptr; };
    courses.structure = [&structure](const QString &) { return structure; };
    XapiStatementSource statements(
        StatementBuilder(QJsonObject{{QStringLiteral("mbox"), QStringLiteral("mailto:anna@example.org")}},
                         QStringLiteral("bench")),
        courses);
    if (!parser.isSet(QStringLiteral("no-statements")))
        store.setStatementSource(&statements);
    QRandomGenerator rng(20260101);
    // Events spread evenly over 2025, in order, with random gaps (local time, DST changes included).
    QDateTime at(QDate(2025, 1, 1), QTime(7, 0));
    const qint64 meanGapMs = 365LL * 24 * 3600 * 1000 / target;
    QList<double> recordMs;
    recordMs.reserve(target);
    int failures = 0;
    const auto timed = [&](auto call) {
        at = at.addMSecs(qint64(rng.bounded(2 * meanGapMs)));
        QElapsedTimer timer;
        timer.start();
        const bool ok = call();
        recordMs << double(timer.nsecsElapsed()) / 1e6;
        failures += ok ? 0 : 1;
    };

    QElapsedTimer total;
    total.start();
    while (recordMs.size() < target) {
        const auto &module = structure.at(rng.bounded(int(structure.size())));
        const int dice = rng.bounded(100);
        if (dice < 70) { // a lesson, card by card, mostly finished
            const QString &lesson = module.lessonIds.at(rng.bounded(int(module.lessonIds.size())));
            timed([&] { return store.recordLessonOpened(course, module.moduleId, lesson, at); });
            const int cards = 1 + rng.bounded(6);
            for (int card = 1; card <= cards; ++card)
                timed([&] { return store.recordCardReached(course, module.moduleId, lesson, card, at); });
            if (rng.bounded(100) < 80)
                timed([&] { return store.recordLessonCompleted(course, module.moduleId, lesson, 60 + rng.bounded(240), at); });
        } else if (dice < 90) { // a quiz attempt, mostly finished
            qint64 attempt = -1;
            timed([&] {
                attempt = store.startQuizAttempt(course, module.moduleId, module.moduleId + QStringLiteral("-quiz"), at);
                return attempt > 0;
            });
            double sum = 0;
            for (const QString &question : module.questionIds) {
                const double score = rng.bounded(100) < 75 ? 1.0 : 0.0;
                sum += score;
                timed([&] {
                    return store.recordQuizAnswer(attempt, question, score,
                                                  QStringLiteral("{\"choices\":[%1]}").arg(rng.bounded(4)), at);
                });
            }
            if (rng.bounded(100) < 85) {
                const double percent = 100.0 * sum / double(module.questionIds.size());
                timed([&] { return store.finishQuizAttempt(attempt, percent, percent >= 80, 120, at); });
            }
        } else { // a breathing session
            timed([&] {
                return store.recordBreathingSession(QStringLiteral("fyrkantsandning"), 60 + rng.bounded(180),
                                                    rng.bounded(100) < 90, at);
            });
        }
    }
    const double recordSeconds = double(total.elapsed()) / 1000.0;
    if (failures > 0) {
        std::fprintf(stderr, "bench_progress: %d record calls failed: %s\n", failures, qPrintable(store.lastError()));
        return 1;
    }

    QElapsedTimer flushTimer;
    flushTimer.start();
    const bool flushed = store.flush();
    const double flushMs = double(flushTimer.nsecsElapsed()) / 1e6;

    // Reads, on the full history. One untimed call first, as a screen would have made on start-up.
    store.moduleProgress(course, structure, 80);
    const double summaryMs = medianMs(50, [&] { store.moduleProgress(course, structure, 80); });
    const double resumeMs = medianMs(50, [&] { store.resumePoint(course); });
    const double streakMs = medianMs(50, [&] { store.streakDays(at.date()); });
    const QString file = store.filePath();
    store.close();
    QElapsedTimer openTimer;
    openTimer.start();
    const auto reopened = store.open(dir.path()); // includes PRAGMA quick_check of the whole file
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    if (reopened.status != ProgressStore::OpenResult::Status::Ok) {
        std::fprintf(stderr, "bench_progress: reopening gave %s\n", qPrintable(reopened.message));
        return 1;
    }
    // The app's start-up: the header only, with the full check afterwards off the GUI thread.
    store.close();
    openTimer.restart();
    const auto reopenedLater = store.open(dir.path(), ProgressStore::IntegrityCheck::Later);
    const double openLaterMs = double(openTimer.nsecsElapsed()) / 1e6;
    openTimer.restart();
    const bool damaged = ProgressStore::isDamaged(file);
    const double checkMs = double(openTimer.nsecsElapsed()) / 1e6;
    if (reopenedLater.status != ProgressStore::OpenResult::Status::Ok || damaged) {
        std::fprintf(stderr, "bench_progress: reopening without the check gave %s\n", qPrintable(reopenedLater.message));
        return 1;
    }

    std::printf("bench_progress: %lld events in %.1f s into %s (%.1f MB), WAL, synchronous=NORMAL\n",
                static_cast<long long>(recordMs.size()), recordSeconds, qPrintable(file),
                double(QFileInfo(file).size()) / 1e6);
    const auto over = [&recordMs](double ms) {
        return 100.0 * double(std::count_if(recordMs.cbegin(), recordMs.cend(), [ms](double t) { return t > ms; }))
            / double(recordMs.size());
    };
    std::printf("xAPI statements queued with their events: %d\n", store.outboxCounts().waiting);
    std::printf("record calls over 1 ms: %.2f%%, over 5 ms: %.2f%%, over 10 ms: %.2f%%\n", over(1), over(5), over(10));
    bench("progress_record_p50_ms", percentile(recordMs, 50), "ms", "one record call, median");
    bench("progress_record_p99_ms", percentile(recordMs, 99), "ms", "one record call with its xAPI statement, 99th percentile; target < 10");
    bench("progress_record_max_ms", percentile(recordMs, 100), "ms", "slowest record call (a WAL checkpoint or the machine stalling)");
    bench("progress_module_summary_ms", summaryMs, "ms", "moduleProgress, 7 modules, median of 50; target < 5");
    bench("progress_resume_ms", resumeMs, "ms", "resumePoint, median of 50; target < 5");
    bench("progress_streak_ms", streakMs, "ms", "streakDays, median of 50");
    if (flushed)
        bench("progress_flush_ms", flushMs, "ms", "flush(): WAL checkpoint + fsync, as when the app goes to the background");
    bench("progress_open_ms", openMs, "ms", "open() of the full file, quick_check included");
    bench("progress_open_startup_ms", openLaterMs, "ms", "open(IntegrityCheck::Later), as the app starts: the header only");
    bench("progress_integrity_check_ms", checkMs, "ms", "isDamaged(): the full check the app runs on a worker thread after the first frame");
    return 0;
}
