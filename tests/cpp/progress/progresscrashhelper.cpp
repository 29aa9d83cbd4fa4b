// Prints "started", opens <directory>/progress.db as the app does (header check, then the full check
// of the open file), prints "opened", records progress events in a loop
// and, after each one is committed, prints its sequence number on a line of its own and flushes, so whoever SIGKILLs this process
// knows exactly which events must have survived. Used by tst_progresscrash.
//
//     progress_crash_helper DIRECTORY FIRST_SEQUENCE_NUMBER
#include "crashscript.h"
#include "progress/progressstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const qint64 first = args.value(2).toLongLong(&ok);
    if (args.size() != 3 || !ok) {
        std::fputs("usage: progress_crash_helper DIRECTORY FIRST_SEQUENCE_NUMBER\n", stderr);
        return 2;
    }
    // "started" marks the end of process start-up (loading Qt takes ~100 ms on a busy machine): the
    // test's random kill delay counts from here, so kills land in open(), migrations and records.
    std::printf("started\n");
    std::fflush(stdout);
    ProgressStore store;
    // As the app opens it: the header at open, the full check of the open file afterwards.
    const ProgressStore::OpenResult opened = store.open(args.at(1), ProgressStore::IntegrityCheck::Later);
    using Status = ProgressStore::OpenResult::Status;
    if (opened.status != Status::Ok && opened.status != Status::Created) {
        std::fprintf(stderr, "progress_crash_helper: open gave status %d: %s\n", int(opened.status),
                     qPrintable(opened.message));
        return 1;
    }
    if (ProgressStore::isDamaged(store.filePath())) {
        std::fputs("progress_crash_helper: the file failed its integrity check\n", stderr);
        return 1;
    }

    std::printf("opened\n");
    std::fflush(stdout);

    using CrashScript::Kind;
    qint64 attempt = -1;
    QElapsedTimer alive;
    alive.start();
    // The test kills this within a minute; the time limit only stops an orphan.
    for (qint64 n = first; alive.elapsed() < 30000; ++n) {
        const QString item = CrashScript::itemId(n);
        bool saved = false;
        switch (CrashScript::kind(n)) {
        case Kind::LessonOpened:
            saved = store.recordLessonOpened(CrashScript::course(), CrashScript::module(), item);
            break;
        case Kind::CardReached:
            saved = store.recordCardReached(CrashScript::course(), CrashScript::module(), item, int(n % 10));
            break;
        case Kind::LessonCompleted:
            saved = store.recordLessonCompleted(CrashScript::course(), CrashScript::module(), item, 30);
            break;
        case Kind::Breathing:
            saved = store.recordBreathingSession(item, 60, n % 2 == 0);
            break;
        case Kind::QuizAnswer:
            if (attempt < 0)
                attempt = store.startQuizAttempt(CrashScript::course(), CrashScript::module(), QStringLiteral("quiz"));
            saved = attempt > 0
                && store.recordQuizAnswer(attempt, item, 0.5, QStringLiteral("{\"choice\":%1}").arg(n % 4));
            break;
        }
        if (!saved) {
            std::fprintf(stderr, "progress_crash_helper: event %lld failed: %s\n", static_cast<long long>(n),
                         qPrintable(store.lastError()));
            return 1;
        }
        // One write(2) of a whole line: a kill never leaves half a number in the pipe.
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
    return 0;
}
