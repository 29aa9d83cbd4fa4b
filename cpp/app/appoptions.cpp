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

} // namespace

void AppOptions::describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Pausa: short workplace courses for the pauses of a day."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(firstFrameOption());
    parser.addOption(lessonsOption());
    parser.addOption(dataDirOption());
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
    if (options.dataDir.isEmpty())
        options.dataDir = qEnvironmentVariable("PAUSA_DATA_DIR");
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return options;
}
