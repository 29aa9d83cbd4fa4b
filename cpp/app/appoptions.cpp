#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace {

const QCommandLineOption &lessonsOption()
{
    static const QCommandLineOption option(
        QStringLiteral("lessons"), QStringLiteral("Also load the course(s) in <dir>, e.g. to preview edits."),
        QStringLiteral("dir"));
    return option;
}

const QCommandLineOption &dataDirOption()
{
    static const QCommandLineOption option(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep the learner's progress in <dir> (default: the app data folder; or set PAUSA_DATA_DIR)."),
        QStringLiteral("dir"));
    return option;
}

const QCommandLineOption &firstFrameOption()
{
    static const QCommandLineOption option = [] {
        QCommandLineOption hidden(QStringLiteral("exit-after-first-frame"),
                                  QStringLiteral("Print the peak memory when the first frame is shown, then quit."));
        hidden.setFlags(QCommandLineOption::HiddenFromHelp);
        return hidden;
    }();
    return option;
}

const QCommandLineOption &subscribeOption()
{
    static const QCommandLineOption option(
        QStringLiteral("subscribe"),
        QStringLiteral("Subscribe to the course catalog at <url> and install its courses, with no window."),
        QStringLiteral("url"));
    return option;
}

const QCommandLineOption &syncOption()
{
    static const QCommandLineOption option(
        QStringLiteral("sync"), QStringLiteral("Install or update the courses of every subscription, with no window; "
                                               "one line per course; exit 1 if anything failed."));
    return option;
}

const QCommandLineOption &sendResultsOption()
{
    static const QCommandLineOption option(
        QStringLiteral("send-results"),
        QStringLiteral("Send the waiting results to the organisation's Learning Record Store, with no window."));
    return option;
}

const QCommandLineOption &joinOption()
{
    static const QCommandLineOption option(
        QStringLiteral("join"), QStringLiteral("Save an organisation link (pausa://join?...), with no window."),
        QStringLiteral("link"));
    return option;
}

} // namespace

void AppOptions::describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Pausa: short workplace courses for the pauses of a day."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(firstFrameOption());
    parser.addOption(lessonsOption());
    parser.addOption(dataDirOption());
    parser.addOption(subscribeOption());
    parser.addOption(syncOption());
    // Handled before any of this (headlessreporting.cpp); listed so that --help shows them.
    parser.addOption(sendResultsOption());
    parser.addOption(joinOption());
}

bool AppOptions::wantsNoWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    // parse() needs no application object; a mistake (an unknown option) is reported by parse(app).
    if (!parser.parse(arguments))
        return true;
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
        || parser.isSet(QStringLiteral("version"));
}

AppOptions AppOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    AppOptions options;
    options.lessonFolders = parser.values(lessonsOption());
    options.dataDir = parser.value(dataDirOption());
    options.exitAfterFirstFrame = parser.isSet(firstFrameOption());
    options.subscribeUrl = parser.value(subscribeOption());
    if (options.dataDir.isEmpty())
        options.dataDir = qEnvironmentVariable("PAUSA_DATA_DIR");
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return options;
}
