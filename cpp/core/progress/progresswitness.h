#pragma once

#include <QFile>
#include <QString>

class ProgressConnection;

// A few bytes beside the database (<file>.witness) holding the id of the newest event saved. SQLite
// keeps what it committed, but not if another program deletes or cuts the file or its WAL while
// Pausa runs: then a later start finds fewer events than were saved, and says so instead of
// quietly showing less. Written after each committed write (one small write(2), no fsync: a power
// cut that takes the last transactions of the WAL with it is reported the same way, which is true).
// Never the database itself: this file is opened with QFile, the database only through SQLite.
class ProgressWitness
{
public:
    // Opens (creating) the witness of the database at dbPath and returns the newest event id it saw
    // saved, or -1 when it had none (a first start, or the witness was lost).
    qint64 open(const QString &dbPath);
    void close();
    // After a committed write: remembers the newest event id in db. Nothing when not open.
    void saved(ProgressConnection &db);
    // The newest event id in db (0 for none), or -1 when it cannot be read.
    static qint64 newestEvent(ProgressConnection &db);

private:
    void write(qint64 eventId);

    QFile m_file;
};
