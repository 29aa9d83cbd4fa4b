#pragma once

#include <QString>

// Looking at a progress file before the store trusts it, and moving a damaged one aside.
// Nothing here writes to the file: a file from a newer Pausa must stay exactly as it is.
namespace ProgressFile {

struct Probe
{
    enum class State {
        Missing,     // no file yet
        Usable,      // a database of a version this code knows (possibly older), passes quick_check
                     // (at Depth::Header: whose header reads)
        Newer,       // user_version is newer than ProgressSchema::CurrentVersion: do not touch
        Damaged,     // not a database, or quick_check finds damage: move it aside
        Unreadable,  // the file exists but this process may not read it (permissions), or a directory
                     // stands in its place: not damaged, so leave it where it is
        Inconclusive // SQLite could not say (locked, a hot journal a read-only look cannot replay...):
                     // let a read-write open decide
    };
    // How much was looked at: Header reads user_version only, Full also runs quick_check.
    enum class Depth { Header, Full };

    State state = State::Missing;
    int version = 0;
    QString detail; // technical, for the log
};

// Never opens the file except through SQLite (see progressfile.cpp for why).
// Opens the file read-only under connectionName (removed again before returning), reads
// PRAGMA user_version and, at Depth::Full, runs PRAGMA quick_check (which reads every page: a few
// ms for a year of daily use, ~70 ms for heavy use). Safe on any thread: the connection is its own.
Probe probe(const QString &path, const QString &connectionName, Probe::Depth depth = Probe::Depth::Full);

// Renames path to progress-corrupt-<yyyyMMdd-HHmmss>.db in the same directory (a -N suffix when
// that name is taken), with its -wal, -shm and -journal companions: a stale -wal left beside a new
// file could be replayed into it. Returns the new path of the main file, or an empty string (and
// *detail) when the file could not be moved.
QString moveAside(const QString &path, QString *detail);

} // namespace ProgressFile
