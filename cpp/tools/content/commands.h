#pragma once

#include <QStringList>

class QTextStream;

// The commands of pausa-content. Each returns the exit status: 0, or 1 when there is any error.

// Every diagnostic of every PATH, then "N courses, M modules, L lessons, Q questions: E errors, W warnings".
int runCheck(const QStringList &paths, QTextStream &out);
// The loaded content of one PATH as JSON on `out`, diagnostics on `err`.
int runDump(const QString &path, QTextStream &out, QTextStream &err);
// Per module: lessons, minutes, quiz questions and scenarios; then the course totals.
int runStats(const QStringList &paths, QTextStream &out, QTextStream &err);
// The full check of every course, then OUT_DIR/catalog.json and OUT_DIR/objects/<sha256>; nothing is
// written when a course has an error.
int runPublish(const QStringList &courseDirs, const QString &outDir, const QString &publisher, QTextStream &out,
               QTextStream &err);
