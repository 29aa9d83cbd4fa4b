#include "diagnostic.h"

#include <algorithm>

QString Diagnostic::severityName() const
{
    return isError() ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Diagnostic::toString() const
{
    return path + u':' + QString::number(line) + u':' + QString::number(column) + u": " + severityName()
        + u": " + message;
}

Diagnostic Diagnostic::error(const QString &path, int line, int column, const QString &message)
{
    return Diagnostic{path, line, column, Severity::Error, message};
}

Diagnostic Diagnostic::warning(const QString &path, int line, int column, const QString &message)
{
    return Diagnostic{path, line, column, Severity::Warning, message};
}

qsizetype errorCount(const Diagnostics &diagnostics)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                         [](const Diagnostic &d) { return d.isError(); });
}
