// startup_library_ratio: the first frame of Pausa with a grown library (20 courses the size of the
// bundled one, and 200,000 progress events) against Pausa with the bundled course and an empty store,
// interleaved, offscreen. Start-up must not grow with the library. The courses are read from their
// folders once (a warm-up start each) and from the course cache after that, as on a learner's device.
#include "firstframerun.h"
#include "progress/progressstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int courses = 20;
constexpr int targetEvents = 200000;

// Copies the bundled course `courses` times, each with an id of its own.
bool writeLibrary(const QString &from, const QString &to)
{
    for (int c = 1; c <= courses; ++c) {
        const QString folder = to + QStringLiteral("/kurs-%1").arg(c);
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = folder + source.mid(from.size());
            if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
                return false;
        }
        QFile manifest(folder + QStringLiteral("/course.md"));
        if (!manifest.open(QIODevice::ReadWrite))
            return false;
        QByteArray text = manifest.readAll();
        const QByteArray id = QByteArray("id: kurs-") + QByteArray::number(c);
        text.replace("id: besvarliga-kunder", id);
        if (!manifest.resize(0) || !manifest.seek(0) || manifest.write(text) != text.size())
            return false;
    }
    return true;
}

// Years of heavy use across the library: lessons read card by card, quizzes, breathing.
qint64 seedEvents(const QString &dir)
{
    ProgressStore store;
    store.open(dir);
    qint64 events = 0;
    QDateTime at = QDateTime::currentDateTime().addDays(-1000);
    const QString module = QStringLiteral("vem-ar-besvarlig");
    const QString lesson = QStringLiteral("fyra-kundtyper");
    for (int visit = 0; events < targetEvents; ++visit) {
        const QString course = QStringLiteral("kurs-%1").arg(visit % courses + 1);
        at = at.addSecs(600);
        store.recordLessonOpened(course, module, lesson, at);
        for (int card = 0; card < 5; ++card)
            store.recordCardReached(course, module, lesson, card, at.addSecs(20 * card));
        store.recordLessonCompleted(course, module, lesson, 120, at.addSecs(120));
        store.recordBreathingSession(QStringLiteral("box"), 60, true, at.addSecs(200));
        events += 8;
        if (visit % 10 == 0) {
            const qint64 attempt = store.startQuizAttempt(course, module, module, at.addSecs(300));
            for (int q = 0; q < 8; ++q)
                store.recordQuizAnswer(attempt, QStringLiteral("q%1").arg(q), q % 3 ? 1 : 0, QStringLiteral("{}"),
                                       at.addSecs(310 + q));
            store.finishQuizAttempt(attempt, 75, false, 120, at.addSecs(400));
            events += 10;
        }
    }
    store.flush();
    return events;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString pausa = QCoreApplication::applicationDirPath() + QStringLiteral("/pausa");
    QTemporaryDir emptyData, grownData, library;
    QElapsedTimer seeding;
    seeding.start();
    if (!writeLibrary(QStringLiteral(PAUSA_SOURCE_DIR "/lessons/besvarliga-kunder"), library.path())) {
        std::fprintf(stderr, "bench_library: cannot write the library\n");
        return 1;
    }
    const qint64 events = seedEvents(grownData.path());
    std::printf("library: %d courses, %lld progress events, seeded in %.1f s\n", courses, events,
                double(seeding.elapsed()) / 1000);

    const QStringList one{QStringLiteral("--exit-after-first-frame"), QStringLiteral("--data-dir"), emptyData.path()};
    const QStringList grown{QStringLiteral("--exit-after-first-frame"), QStringLiteral("--data-dir"), grownData.path(),
                            QStringLiteral("--lessons"), library.path()};
    // Warm-up: the first start after an install reads the new courses and fills the cache.
    const FirstFrameRun firstGrown = FirstFrameRun::start(pausa, grown);
    FirstFrameRun::start(pausa, one);
    std::printf("first start with the grown library (reads every course): %.1f ms\n", firstGrown.ms);

    const int runs = 20;
    QList<double> oneMs, grownMs;
    for (int i = 0; i < runs; ++i) {
        const FirstFrameRun a = FirstFrameRun::start(pausa, one);
        const FirstFrameRun b = FirstFrameRun::start(pausa, grown);
        if (a.ms < 0 || b.ms < 0) {
            std::fprintf(stderr, "bench_library: a run did not report its first frame\n");
            return 1;
        }
        oneMs << a.ms;
        grownMs << b.ms;
    }
    const double base = median(oneMs), withLibrary = median(grownMs);
    std::printf("first frame (offscreen, %d interleaved runs, medians): one course, empty store %.1f ms; "
                "%d more courses and %lld events %.1f ms\n", runs, base, courses, events, withLibrary);
    std::printf("BENCH startup_library_first_start_ms %.2f\n", firstGrown.ms);
    std::printf("BENCH startup_library_ratio %.3f\n", withLibrary / base);
    return 0;
}
