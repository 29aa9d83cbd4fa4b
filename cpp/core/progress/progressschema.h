#pragma once

#include <QStringList>

class ProgressConnection;

// The progress database's schema and its forward migrations. The version lives in
// PRAGMA user_version; step N takes a database from version N-1 to N in one transaction, so a kill
// during a migration leaves the file at the previous version, never half-way.
//
// Adding a version: append a step in progressschema.cpp (never edit an old one: files in the
// field went through it), raise CurrentVersion, keep tables() right, add a fixture
// tests/cpp/progress/data/progress-v<N>.db and make tst_progressrecovery open the older ones.
namespace ProgressSchema {

inline constexpr int CurrentVersion = 3; // 2: spaced review (issue #15), 3: the xAPI outbox (issue #14)

// Reads PRAGMA user_version; -1 when it cannot be read.
int version(ProgressConnection &db);

// Runs the steps from the database's version up to targetVersion. False (with the connection's
// error set) when a step fails; the steps before it stay committed.
bool migrate(ProgressConnection &db, int targetVersion = CurrentVersion);

// The tables of a given version, in an order that copying them one by one respects.
QStringList tables(int version);

} // namespace ProgressSchema
