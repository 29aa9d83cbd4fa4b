#pragma once

#include <QList>
#include <QString>

// One problem found in course content, pointing at the file, line and column an author should look at.
// Lines and columns are 1-based; 0 means "the whole file" (e.g. a file that cannot be read).
struct Diagnostic
{
    enum class Severity { Error, Warning };

    QString path;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString severityName() const;
    // "path:line:column: error: message", the form compilers use, so editors can jump to it. Always one
    // line: control characters in the path or message (a file name may hold a newline) are escaped as
    // \n, \r, \t or \xHH, a backslash in the path as \\.
    QString toString() const;

    static Diagnostic error(const QString &path, int line, int column, const QString &message);
    static Diagnostic warning(const QString &path, int line, int column, const QString &message);
};

using Diagnostics = QList<Diagnostic>;

// How many of the diagnostics are errors (the rest are warnings).
qsizetype errorCount(const Diagnostics &diagnostics);
