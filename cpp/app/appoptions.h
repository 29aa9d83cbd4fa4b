#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// What the command line and the environment ask of the app.
struct AppOptions
{
    QStringList lessonFolders;   // --lessons DIR (repeatable): courses to preview, no rebuild
    QString dataDir;
    QString subscribeUrl;   // --subscribe URL: add a catalog and install its courses (headless, headlesssync.h)
    bool exitAfterFirstFrame = false;   // --exit-after-first-frame: for the startup benchmark             // --data-dir DIR, or PAUSA_DATA_DIR, or the platform's app data folder

    static AppOptions parse(const QCoreApplication &app);
};
