#pragma once

#include <QString>

#include <memory>

class QLockFile;

// One Pausa per data folder. Two processes on one progress.db each believe the screen they show,
// and SQLite's file locks are all that keeps one from checkpointing or deleting the WAL the other is
// still writing; a second start should therefore never open the database at all. The lock is a file
// of its own beside it (<folder>/pausa.lock, QLockFile: the holder's pid, host and program name), so
// nothing outside SQLite ever opens progress.db. A lock left by a process that was killed is
// recognised as stale (that pid runs no Pausa any more) and taken over; age alone never makes a
// live holder's lock stale.
class DataFolderLock
{
public:
    enum class Result {
        Locked,       // this process holds the folder until the object is destroyed
        HeldByOther,  // another running process holds it: holderPid()
        Unavailable   // no lock file can be made there (read-only, missing): nothing to guard
    };

    explicit DataFolderLock(const QString &folder);
    ~DataFolderLock();
    DataFolderLock(const DataFolderLock &) = delete;
    DataFolderLock &operator=(const DataFolderLock &) = delete;

    // Tries once, without waiting. May be called again after HeldByOther.
    Result lock();
    // The process holding the folder after HeldByOther; 0 when it could not be read.
    qint64 holderPid() const { return m_holderPid; }
    QString lockFilePath() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
    qint64 m_holderPid = 0;
};
