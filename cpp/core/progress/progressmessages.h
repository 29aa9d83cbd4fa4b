#pragma once

#include "progressconnection.h"

#include <QString>

// The plain sentences the learner sees about their progress (translatable, context "ProgressStore").
// One place, so the wording stays consistent and a translator finds them together.
namespace ProgressMessages {

QString cannotSaveSession();
QString deviceFullSession();
QString newerVersion();
QString recovered(const QString &movedAsideFileName);
// The damaged file's readable part was kept, lessonsDone completed lessons among it.
QString recoveredPartly(int lessonsDone, const QString &movedAsideFileName);
QString cannotReadFile();
// lostEvents saved events are no longer in the file (ProgressWitness).
QString lostSinceLastStart(int lostEvents);
QString damagedCannotReplace();
QString noStorageAtAll();
QString notOpen();
// A write (or, with reading, a read) that failed for this reason.
QString storageFailure(ProgressConnection::Problem problem, bool reading);
QString invalidInput(const QString &why);
QString exportFailed(const QString &filePath);

} // namespace ProgressMessages
