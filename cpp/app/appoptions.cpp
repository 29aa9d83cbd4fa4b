#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

AppOptions AppOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Pausa: short workplace courses for the pauses of a day."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lessons(QStringLiteral("lessons"),
                                     QStringLiteral("Also load the course(s) in <dir>, e.g. to preview edits."),
                                     QStringLiteral("dir"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the learner's progress in <dir> (default: the app data folder; "
                                                    "or set PAUSA_DATA_DIR)."),
                                     QStringLiteral("dir"));
    QCommandLineOption firstFrame(QStringLiteral("exit-after-first-frame"),
                                  QStringLiteral("Print the peak memory when the first frame is shown, then quit."));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstFrame);
    const QCommandLineOption subscribe(QStringLiteral("subscribe"),
                                       QStringLiteral("Subscribe to the course catalog at <url> and install its courses, "
                                                      "with no window."), QStringLiteral("url"));
    const QCommandLineOption sync(QStringLiteral("sync"),
                                  QStringLiteral("Install or update the courses of every subscription, with no window; "
                                                 "one line per course; exit 1 if anything failed."));
    parser.addOption(subscribe);
    parser.addOption(sync);
    parser.addOption(lessons);
    parser.addOption(dataDir);
    parser.process(app);

    AppOptions options;
    options.lessonFolders = parser.values(lessons);
    options.dataDir = parser.value(dataDir);
    options.exitAfterFirstFrame = parser.isSet(firstFrame);
    options.subscribeUrl = parser.value(subscribe);
    if (options.dataDir.isEmpty())
        options.dataDir = qEnvironmentVariable("PAUSA_DATA_DIR");
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return options;
}
