#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QCommandLineParser;

// What the command line and the environment ask of the app.
struct AppOptions
{
    QStringList lessonFolders;   // --lessons DIR (repeatable): courses to preview, no rebuild
    QString dataDir;             // --data-dir DIR, or PAUSA_DATA_DIR, or the platform's app data folder
    QString subscribeUrl;        // --subscribe URL: add a catalog and install its courses (headless, headlesssync.h)
    bool exitAfterFirstFrame = false;   // --exit-after-first-frame: for the startup benchmark and tests

    // Whether the command line asks for something done without a window: --help, --version, or a
    // mistake to report. main() then runs it on a QCoreApplication, before it looks for a display, so
    // it works on a machine with none. A headless command adds its option here and in runWithoutWindow.
    static bool wantsNoWindow(const QStringList &arguments);

    // Parses the application's arguments; --help, --version and a mistake print and exit here.
    static AppOptions parse(const QCoreApplication &app);

private:
    static void describe(QCommandLineParser &parser);
};
