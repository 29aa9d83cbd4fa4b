#include "diagnostic.h"

#include <algorithm>

namespace {

// One problem is one line: a control character (a newline in a file name, say) is written as an escape,
// \n, \r, \t or \xHH; in a path a backslash too, as \\, so that a name cannot pass for an escape.
QString oneLine(const QString &text, bool escapeBackslash)
{
    const auto plain = [escapeBackslash](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() != 0x7F && (c != u'\\' || !escapeBackslash)
            && c != QChar::LineSeparator && c != QChar::ParagraphSeparator;
    };
    if (std::all_of(text.cbegin(), text.cend(), plain))
        return text;
    QString out;
    for (const QChar c : text) {
        if (plain(c))
            out.append(c);
        else if (c == u'\\')
            out.append(QStringLiteral("\\\\"));
        else if (c == u'\n')
            out.append(QStringLiteral("\\n"));
        else if (c == u'\r')
            out.append(QStringLiteral("\\r"));
        else if (c == u'\t')
            out.append(QStringLiteral("\\t"));
        else
            out.append(QStringLiteral("\\x") + QString::number(c.unicode(), 16).rightJustified(2, u'0'));
    }
    return out;
}

} // namespace

QString Diagnostic::severityName() const
{
    return isError() ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Diagnostic::toString() const
{
    return oneLine(path, true) + u':' + QString::number(line) + u':' + QString::number(column) + u": " + severityName()
        + u": " + oneLine(message, false);
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
