// bench_content_load: how long loading a large course takes, against just reading its files.
// Prints human-readable lines and "BENCH name value" lines for scripts/run-bench.sh.
#include "content/courseloader.h"
#include "contentgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>

namespace {

// Wall-clock and process CPU time of one piece of work, in milliseconds. CPU time (user + system, which
// includes the kernel's file reading) is what the work itself costs; other programs on a busy machine
// inflate the wall clock but not it.
struct Timing
{
    double wallMs = std::numeric_limits<double>::max();
    double cpuMs = std::numeric_limits<double>::max();

    void measure(const std::function<void()> &work)
    {
        timespec cpuStart{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuStart);
        QElapsedTimer timer;
        timer.start();
        work();
        const double wall = double(timer.nsecsElapsed()) / 1e6;
        timespec cpuEnd{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuEnd);
        const double cpu = double(cpuEnd.tv_sec - cpuStart.tv_sec) * 1e3 + double(cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e6;
        wallMs = std::min(wallMs, wall);   // best of the runs: the figure least disturbed by other work
        cpuMs = std::min(cpuMs, cpu);
    }
};

void report(const char *name, double value, const char *human)
{
    std::printf("%-52s %10.2f\n", human, value);
    std::printf("BENCH %s %.3f\n", name, value);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    // Optional "MODULES LESSONS" arguments make a smaller course, e.g. for a profiler run.
    ContentGenerator::Size size;
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3) {
        size.modules = std::max(1, arguments[1].toInt());
        size.lessonsPerModule = std::max(1, arguments[2].toInt());
    }
    QElapsedTimer timer;
    timer.start();
    const QStringList files = ContentGenerator::writeCourse(dir.path(), size);
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_content_load: cannot write the course to %s\n", qPrintable(dir.path()));
        return 1;
    }
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFile(file).size();
    std::printf("content: %lld files, %.1f MiB, %d modules x %d lessons, %d questions per quiz (written in %lld ms)\n",
                qlonglong(files.size()), double(bytes) / (1024.0 * 1024.0), size.modules, size.lessonsPerModule,
                size.questionsPerQuiz, qlonglong(timer.elapsed()));

    qint64 readBytes = 0;
    auto readAll = [&files, &readBytes] {
        readBytes = 0;
        for (const QString &path : files) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                readBytes += file.readAll().size();
        }
    };
    // Sanity first (and a warm cache for every figure): the loader must find the whole course, error-free.
    readAll();
    CourseLoader check(LoadDepth::Full);
    const std::optional<Course> course = check.loadCourse(dir.path());
    if (!course || course->lessonCount() != size.modules * size.lessonsPerModule
        || course->questionCount() != size.modules * size.questionsPerQuiz || errorCount(check.diagnostics()) > 0) {
        std::fprintf(stderr, "bench_content_load: the generated course did not load cleanly (%lld diagnostics)\n",
                     qlonglong(check.diagnostics().size()));
        for (const auto &d : check.diagnostics().mid(0, 5))
            std::fprintf(stderr, "  %s\n", qPrintable(d.toString()));
        return 1;
    }

    // Best of 3 for each, the three interleaved so that a burst of other work on the machine does not
    // fall on one of them only.
    Timing read;
    Timing catalog;
    Timing full;
    for (int run = 0; run < 3; ++run) {
        read.measure(readAll);
        catalog.measure([&dir] { CourseLoader(LoadDepth::Catalog).loadCourse(dir.path()); });
        full.measure([&dir] { CourseLoader(LoadDepth::Full).loadCourse(dir.path()); });
    }

    report("content_read_ms", read.wallMs, "read every file (QFile::readAll), ms");
    report("content_catalog_ms", catalog.wallMs, "load the catalogue, ms");
    report("content_full_ms", full.wallMs, "load everything (cards split, quizzes), ms");
    report("content_read_cpu_ms", read.cpuMs, "read every file, CPU ms");
    report("content_catalog_cpu_ms", catalog.cpuMs, "load the catalogue, CPU ms");
    report("content_full_cpu_ms", full.cpuMs, "load everything, CPU ms");
    // The ratios compare CPU time: on a shared machine the wall clock mostly measures the neighbours.
    const double catalogRatio = catalog.cpuMs / read.cpuMs;
    const double fullRatio = full.cpuMs / read.cpuMs;
    report("content_catalog_vs_read_ratio", catalogRatio, "catalogue / read (CPU time)");
    report("content_full_vs_read_ratio", fullRatio, "full load / read (CPU time)");
    std::printf("wall-clock ratios: catalogue %.2f, full %.2f\n", catalog.wallMs / read.wallMs, full.wallMs / read.wallMs);
    std::printf("target: full <= 3x read: %s\n", fullRatio <= 3 ? "met" : "MISSED");
    return 0;
}
