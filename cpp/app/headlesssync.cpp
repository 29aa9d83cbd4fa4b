#include "headlesssync.h"

#include "appoptions.h"
#include "catalog/catalogsync.h"
#include "progress/datafolderlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <cstdio>
#include <cstring>

bool HeadlessSync::wanted(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--sync") == 0 || std::strcmp(argv[i], "--subscribe") == 0
            || std::strncmp(argv[i], "--subscribe=", 12) == 0)
            return true;
    }
    return false;
}

int HeadlessSync::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pausa"));
    QCoreApplication::setApplicationName(QStringLiteral("Pausa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAUSA_VERSION));
    const AppOptions options = AppOptions::parse(app);

    // The app itself may be running on this folder: then it keeps its courses up to date itself.
    DataFolderLock folderLock(options.dataDir);
    if (!QDir().mkpath(options.dataDir)) {
        std::fprintf(stderr, "pausa: cannot create the data folder %s\n", qPrintable(options.dataDir));
        return 1;
    }
    if (folderLock.lock() == DataFolderLock::Result::HeldByOther) {
        std::fprintf(stderr, "pausa: another Pausa (process %lld) is using the data folder %s; close it first.\n",
                     static_cast<long long>(folderLock.holderPid()),
                     qPrintable(QDir::toNativeSeparators(options.dataDir)));
        return 3;
    }

    CatalogSync sync(options.dataDir);
    QEventLoop loop;
    QObject::connect(&sync, &CatalogSync::finished, &loop, &QEventLoop::quit);
    if (!options.subscribeUrl.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(options.subscribeUrl);
        sync.install(url);
    } else {
        sync.syncAll();
    }
    loop.exec();

    for (const CatalogSync::CourseResult &result : sync.results())
        std::printf("%s\n", qPrintable(result.line()));
    if (sync.results().isEmpty() && sync.error().isEmpty())
        std::printf("no subscriptions: add one with --subscribe URL\n");
    else if (!sync.error().isEmpty() && sync.results().isEmpty())
        std::printf("failed: %s\n", qPrintable(sync.error()));
    std::fflush(stdout);
    return sync.failed() ? 1 : 0;
}
