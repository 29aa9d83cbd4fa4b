#pragma once

#include <QString>
#include <QStringList>

class ProgressConnection;

// Reading what is still readable out of a damaged progress file. A few bad pages (a torn write, a
// bad flash block) usually sit in one table, most often the long event log, while the small
// summary tables the screens read are intact: throwing the whole file away would show the learner
// 0 of 31 lessons for the loss of some history.
namespace ProgressSalvage {

struct Result
{
    qint64 rows = 0;               // rows copied, over all tables
    QStringList incompleteTables;  // tables where damage stopped a scan (rows beyond it are lost)
    int lessonsDone = 0;           // lessons completed at least once in what was kept
    bool copiedAnything() const { return rows > 0; }
};

// Copies every row of the damaged file at damagedPath (read on a read-only connection of its own,
// never changed) that can be read into db, which must be open on a file at the current schema
// version; one transaction per table. Each table is read in key order up to the damage and, where
// there is damage, in reverse key order from its end back to it, so one damaged region costs only
// the rows on its pages. A file of another schema version is not salvaged (nothing is copied).
Result copyReadable(ProgressConnection &db, const QString &damagedPath);

} // namespace ProgressSalvage
