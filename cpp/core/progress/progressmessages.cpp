#include "progressmessages.h"

#include <QCoreApplication>

namespace {

// lupdate picks the texts up from QT_TRANSLATE_NOOP; translation happens here, at run time.
QString translated(const char *text)
{
    return QCoreApplication::translate("ProgressStore", text);
}

} // namespace

namespace ProgressMessages {

QString cannotSaveSession()
{
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Pausa can't save your progress on this device right now, so what you do in this session "
              "won't be kept."));
}

QString deviceFullSession()
{
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your device is full, so Pausa can't save your progress: what you do in this session won't be "
              "kept. Free up some space and restart Pausa."));
}

QString newerVersion()
{
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your progress was saved by a newer version of Pausa. This version leaves it untouched and won't "
              "save this session: update Pausa to continue where you left off."));
}

QString recovered(const QString &movedAsideFileName)
{
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your saved progress was damaged and couldn't be read, so Pausa started a new record. The "
              "damaged file was kept as %1."))
        .arg(movedAsideFileName);
}

QString recoveredPartly(int lessonsDone, const QString &movedAsideFileName)
{
    return QCoreApplication::translate("ProgressStore",
                                       "Your saved progress was damaged. Pausa kept everything it could still read "
                                       "(%n completed lesson(s) among it) in a new record; the damaged file was kept as %1.",
                                       nullptr, lessonsDone)
        .arg(movedAsideFileName);
}

QString cannotReadFile()
{
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Pausa isn't allowed to read your saved progress (the file's permissions "
              "changed), so it left the file as it is and won't save this session. Restore the permissions and restart Pausa to continue where you left off."));
}

QString lostSinceLastStart(int lostEvents)
{
    return QCoreApplication::translate("ProgressStore",
                                       "Part of your recent progress is missing (%n step(s)): the progress file was "
                                       "changed or removed by another program while Pausa was running, or the device lost "
                                       "power. Everything else was kept.",
                                       nullptr, lostEvents);
}

QString damagedCannotReplace()
{
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your saved progress is damaged and Pausa can't replace it, so what you do in this session won't "
              "be kept."));
}

QString noStorageAtAll()
{
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Pausa can't record your progress in this session."));
}

QString notOpen()
{
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your progress couldn't be saved because the progress store is not open."));
}

QString storageFailure(ProgressConnection::Problem problem, bool reading)
{
    if (reading) {
        return problem == ProgressConnection::Problem::Corrupt
            ? translated(QT_TRANSLATE_NOOP("ProgressStore", "Your progress couldn't be read because the progress file is damaged. Restart Pausa to repair it."))
            : translated(QT_TRANSLATE_NOOP("ProgressStore", "Your progress couldn't be read because of a storage error."));
    }
    switch (problem) {
    case ProgressConnection::Problem::Full:
        return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your progress couldn't be saved because the device is full."));
    case ProgressConnection::Problem::ReadOnly:
        return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your progress couldn't be saved because Pausa can't write to its storage."));
    case ProgressConnection::Problem::Corrupt:
        return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your progress couldn't be saved because the progress file is damaged. Restart Pausa to "
                  "repair it."));
    case ProgressConnection::Problem::Busy:
        return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your progress couldn't be saved because another copy of Pausa is using it."));
    case ProgressConnection::Problem::None:
    case ProgressConnection::Problem::Other:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your progress couldn't be saved because of an unexpected storage error."));
}

QString invalidInput(const QString &why)
{
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Progress was not saved: %1.")).arg(why);
}

QString exportFailed(const QString &filePath)
{
    return translated(QT_TRANSLATE_NOOP("ProgressStore", "Your progress couldn't be exported to %1.")).arg(filePath);
}

} // namespace ProgressMessages
