// startup: time from process start to the first frame shown, and peak memory, of Pausa (real course,
// a year of daily progress) against a bare Controls window, interleaved, offscreen. Medians and ratios.
// Also Pausa with a library of generated courses beside the bundled one: start-up should not grow
// with the library.
#include "contentgenerator.h"
#include "firstframerun.h"
#include "progress/progressstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/mman.h>

namespace {

// What touching a fresh page costs on this machine, in microseconds: a minor page fault. On a
// virtual machine it can be ten times a phone's, and start-up touches thousands of pages.
double pageFaultMicroseconds()
{
    constexpr size_t pages = 2048;
    constexpr size_t pageSize = 4096;
    QList<double> samples;
    for (int round = 0; round < 5; ++round) {
        // Straight from the system each round (malloc would hand back pages already touched).
        void *mapped = mmap(nullptr, pages * pageSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped == MAP_FAILED)
            return -1;
        auto *block = static_cast<volatile char *>(mapped);
        QElapsedTimer timer;
        timer.start();
        for (size_t at = 0; at < pages * pageSize; at += pageSize)
            block[at] = 1;
        samples << double(timer.nsecsElapsed()) / 1e3 / double(pages);
        munmap(mapped, pages * pageSize);
    }
    return median(samples);
}

// A year of daily use: every day a few lessons, cards and a breathing session, a quiz each week.
void seedYear(const QString &dir)
{
    ProgressStore store;
    store.open(dir);
    const QString course = QStringLiteral("besvarliga-kunder");
    const QDateTime start = QDateTime::currentDateTime().addDays(-365);
    for (int day = 0; day < 365; ++day) {
        const QDateTime at = start.addDays(day);
        const QString module = QStringLiteral("vem-ar-besvarlig");
        const QString lesson = QStringLiteral("fyra-kundtyper");
        store.recordLessonOpened(course, module, lesson, at);
        for (int card = 0; card < 5; ++card)
            store.recordCardReached(course, module, lesson, card, at.addSecs(20 * card));
        store.recordLessonCompleted(course, module, lesson, 120, at.addSecs(120));
        store.recordBreathingSession(QStringLiteral("box"), 60, true, at.addSecs(200));
        if (day % 7 == 0) {
            const qint64 attempt = store.startQuizAttempt(course, module, module, at.addSecs(300));
            for (int q = 0; q < 8; ++q)
                store.recordQuizAnswer(attempt, QStringLiteral("q%1").arg(q), q % 3 ? 1 : 0, QStringLiteral("{}"), at.addSecs(310 + q));
            store.finishQuizAttempt(attempt, 75, false, 120, at.addSecs(400));
        }
    }
    store.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString bin = QCoreApplication::applicationDirPath();
    // `bench_startup --seed DIR` only writes the year of progress into DIR, to profile the app by hand.
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == QStringLiteral("--seed")) {
        seedYear(arguments.at(2));
        return 0;
    }
    QTemporaryDir dataDir;
    seedYear(dataDir.path());
    // An organisation's library: 10 courses of 8 modules of 6 lessons, each with its quiz.
    constexpr int libraryCourses = 10;
    QTemporaryDir library;
    for (int c = 0; c < libraryCourses; ++c) {
        ContentGenerator::Size size;
        size.modules = 8;
        size.lessonsPerModule = 6;
        size.courseId = "bibliotek-" + QByteArray::number(c);
        const QString folder = library.filePath(QStringLiteral("kurs-%1").arg(c));
        if (!QDir().mkpath(folder) || ContentGenerator::writeCourse(folder, size, 1000 + unsigned(c)).isEmpty()) {
            std::fprintf(stderr, "bench_startup: cannot write the library\n");
            return 1;
        }
    }

    // The machines are shared and noisy: more interleaved pairs, steadier medians.
    const int runs = 20;
    QList<double> appMs, appRss, appFaults, baseMs, baseRss, baseFaults, libraryMs, libraryRss;
    for (int i = 0; i < runs; ++i) {
        const FirstFrameRun base = FirstFrameRun::start(bin + QStringLiteral("/startup_baseline"), {});
        const FirstFrameRun pausa = FirstFrameRun::start(bin + QStringLiteral("/pausa"),
                                  {QStringLiteral("--exit-after-first-frame"), QStringLiteral("--data-dir"), dataDir.path()});
        const FirstFrameRun withLibrary = FirstFrameRun::start(bin + QStringLiteral("/pausa"),
                                        {QStringLiteral("--exit-after-first-frame"), QStringLiteral("--data-dir"),
                                         dataDir.path(), QStringLiteral("--lessons"), library.path()});
        if (base.ms < 0 || pausa.ms < 0 || withLibrary.ms < 0) {
            std::fprintf(stderr, "bench_startup: a run did not report its first frame\n");
            return 1;
        }
        baseMs << base.ms;
        baseRss << base.rssKb;
        appMs << pausa.ms;
        appRss << pausa.rssKb;
        baseFaults << base.faults;
        appFaults << pausa.faults;
        libraryMs << withLibrary.ms;
        libraryRss << withLibrary.rssKb;
    }
    const double appFrame = median(appMs), baseFrame = median(baseMs);
    const double appPeak = median(appRss) / 1024, basePeak = median(baseRss) / 1024;
    std::printf("startup (offscreen, %d interleaved runs each, medians): pausa %.1f ms %.1f MB, baseline %.1f ms %.1f MB\n",
                runs, appFrame, appPeak, baseFrame, basePeak);
    std::printf("BENCH startup_first_frame_ms %.2f\n", appFrame);
    std::printf("BENCH startup_baseline_first_frame_ms %.2f\n", baseFrame);
    std::printf("BENCH startup_peak_rss_mb %.2f\n", appPeak);
    std::printf("BENCH startup_baseline_peak_rss_mb %.2f\n", basePeak);
    std::printf("BENCH startup_first_frame_ratio %.3f\n", appFrame / baseFrame);
    std::printf("BENCH startup_peak_rss_ratio %.3f\n", appPeak / basePeak);
    const double libraryFrame = median(libraryMs), libraryPeak = median(libraryRss) / 1024;
    std::printf("startup with a library of %d more courses (%d lessons): %.1f ms %.1f MB\n", libraryCourses,
                libraryCourses * 8 * 6, libraryFrame, libraryPeak);
    std::printf("BENCH startup_library_first_frame_ms %.2f\n", libraryFrame);
    std::printf("BENCH startup_library_growth_ratio %.3f\n", libraryFrame / appFrame);
    std::printf("BENCH startup_library_peak_rss_ratio %.3f\n", libraryPeak / appPeak);
    // Not targets: where the difference goes. Each first touch of a page is a fault; its price is the
    // machine's, so the same start-up is slower relative to the baseline where faults are dear.
    const double appPageFaults = median(appFaults), basePageFaults = median(baseFaults);
    const double faultUs = pageFaultMicroseconds();
    std::printf("startup page faults: pausa %.0f, baseline %.0f; one costs %.2f us here, so the %.0f more take about %.1f ms\n",
                appPageFaults, basePageFaults, faultUs, appPageFaults - basePageFaults,
                (appPageFaults - basePageFaults) * faultUs / 1e3);
    std::printf("BENCH startup_page_faults %.0f\n", appPageFaults);
    std::printf("BENCH startup_baseline_page_faults %.0f\n", basePageFaults);
    std::printf("BENCH startup_page_fault_us %.2f\n", faultUs);
    return 0;
}
