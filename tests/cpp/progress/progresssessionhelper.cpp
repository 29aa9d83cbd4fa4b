// Plays one app session on a progress folder, the way the app opens its store: the header check at
// open, then the full integrity check of the open file (the app runs it after the first frame),
// then one completed lesson per line read on standard input ("item-<line>"), each echoed back once
// committed. "ready" follows the check. Used by tst_progresscrash, which starts a second store on
// the same folder meanwhile and then SIGKILLs this process.
//
//     progress_session_helper DIRECTORY
#include "crashscript.h"
#include "progress/progressstore.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: progress_session_helper DIRECTORY\n", stderr);
        return 2;
    }
    ProgressStore store;
    const ProgressStore::OpenResult opened = store.open(args.at(1), ProgressStore::IntegrityCheck::Later);
    using Status = ProgressStore::OpenResult::Status;
    if (opened.status != Status::Ok && opened.status != Status::Created) {
        std::fprintf(stderr, "progress_session_helper: open gave status %d\n", int(opened.status));
        return 1;
    }
    if (ProgressStore::isDamaged(store.filePath())) {
        std::fputs("progress_session_helper: the new file failed its check\n", stderr);
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);

    for (std::string line; std::getline(std::cin, line);) {
        const QString item = CrashScript::itemId(QString::fromStdString(line).toLongLong());
        if (!store.recordLessonCompleted(CrashScript::course(), CrashScript::module(), item, 30)) {
            std::fprintf(stderr, "progress_session_helper: %s failed\n", line.c_str());
            return 1;
        }
        std::printf("%s\n", line.c_str());
        std::fflush(stdout);
    }
    return 0;
}
