#include "headlessreporting.h"

#include "progress/datafolderlock.h"
#include "progress/progressstore.h"
#include "xapi/networklrstransport.h"
#include "xapi/xapisender.h"
#include "xapi/xapisettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fprintf(stderr, "pausa: %s\n", qPrintable(line));
}

int sendResults(const QString &dataDir)
{
    QSettings settings;
    XapiSettings reporting = XapiSettings::load(settings);
    DataFolderLock lock(dataDir);
    if (QDir().mkpath(dataDir) && lock.lock() == DataFolderLock::Result::HeldByOther) {
        complain(QStringLiteral("Pausa (process %1) has the data folder %2 open; it sends the results itself.")
                     .arg(lock.holderPid())
                     .arg(QDir::toNativeSeparators(dataDir)));
        return 1;
    }
    ProgressStore store;
    const ProgressStore::OpenResult opened = store.open(dataDir);
    if (!opened.message.isEmpty())
        complain(opened.message);
    const ProgressStore::OutboxCounts before = store.outboxCounts();
    const auto report = [&store, &before] {
        const ProgressStore::OutboxCounts after = store.outboxCounts();
        say(QStringLiteral("sent %1, waiting %2, not accepted %3")
                .arg(after.sent - before.sent)
                .arg(after.waiting)
                .arg(after.notAccepted));
        return after.waiting == 0 ? 0 : 1;
    };
    if (before.waiting == 0)
        return report();
    if (!reporting.enabled || !reporting.config.isComplete()) {
        complain(QStringLiteral("reporting results is off (turn it on in Pausa's Settings)."));
        return report();
    }
    if (reporting.pausedForCredentials()) {
        complain(QStringLiteral("the LRS refused these credentials before: check your organisation link."));
        return report();
    }

    NetworkLrsTransport transport(reporting.config);
    XapiSender sender(store, transport);
    sender.setRetryAutomatically(false);
    QObject::connect(&sender, &XapiSender::passFinished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    sender.sendNow();
    if (sender.state() == XapiSender::State::Sending)
        QCoreApplication::exec();
    if (!sender.problem().isEmpty())
        complain(sender.problem());
    if (sender.state() == XapiSender::State::Paused) {
        reporting.refusedFingerprint = reporting.config.fingerprint();
        reporting.save(settings);
    }
    store.flush();
    return report();
}

int join(const QString &link)
{
    QSettings settings;
    XapiSettings reporting = XapiSettings::load(settings);
    QString error;
    if (!reporting.config.readJoinLink(link, &error)) {
        complain(error);
        return 2;
    }
    reporting.refusedFingerprint.clear();
    if (!reporting.save(settings)) {
        complain(QStringLiteral("the settings file %1 could not be written.").arg(settings.fileName()));
        return 2;
    }
    // Never the key or the secret.
    if (!reporting.config.endpoint.isEmpty())
        say(QStringLiteral("Saved the organisation link: results would go to %1.").arg(reporting.config.endpoint.toString()));
    if (!reporting.config.catalog.isEmpty())
        say(QStringLiteral("Course catalog: %1").arg(reporting.config.catalog.toString()));
    say(QStringLiteral("Open Pausa's Settings to enter your name, see what will be sent and turn reporting on."));
    return 0;
}

} // namespace

int runHeadlessReporting(int argc, char *argv[])
{
    bool wanted = false;
    QString openedLink; // the desktop opens a pausa:// link as `pausa pausa://join?...` (x-scheme-handler)
    for (int i = 1; i < argc; ++i) {
        wanted = wanted || std::strcmp(argv[i], "--send-results") == 0 || std::strcmp(argv[i], "--join") == 0;
        if (std::strncmp(argv[i], "pausa://", 8) == 0)
            openedLink = QString::fromLocal8Bit(argv[i]);
    }
    if (!wanted && openedLink.isEmpty())
        return -1;

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pausa"));
    QCoreApplication::setApplicationName(QStringLiteral("Pausa"));
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("The learner's data folder."),
                                     QStringLiteral("dir"));
    const QCommandLineOption send(QStringLiteral("send-results"),
                                  QStringLiteral("Send the waiting results to the organisation's LRS, with no window."));
    const QCommandLineOption joinLink(QStringLiteral("join"), QStringLiteral("Save an organisation link (pausa://join?...)."),
                                      QStringLiteral("link"));
    parser.addOptions({dataDir, send, joinLink});
    if (!parser.parse(QCoreApplication::arguments())) {
        complain(parser.errorText());
        return 2;
    }
    if (parser.isSet(joinLink) || !openedLink.isEmpty())
        return join(parser.isSet(joinLink) ? parser.value(joinLink) : openedLink);
    QString folder = parser.value(dataDir);
    if (folder.isEmpty())
        folder = qEnvironmentVariable("PAUSA_DATA_DIR");
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sendResults(folder);
}
