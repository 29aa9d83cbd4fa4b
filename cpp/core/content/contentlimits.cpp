#include "contentlimits.h"

namespace ContentLimits {

Diagnostic tooMany(const QString &path, int line, int column, const QString &what, qsizetype count,
                   const QString &items, int limit, const QString &advice)
{
    const QString number = count > limit ? QString::number(count) : QStringLiteral("more than ") + QString::number(limit);
    return Diagnostic::error(path, line, column,
        what + QStringLiteral(" has ") + number + u' ' + items + QStringLiteral("; at most ") + QString::number(limit)
            + QStringLiteral(" are allowed, so ") + advice);
}

MarkdownSize measureMarkdown(QStringView markdown)
{
    MarkdownSize size;
    for (const QChar c : markdown) {
        size.characters += !c.isLowSurrogate();
        size.marks += isCountedMark(c.unicode());
    }
    return size;
}

QString markdownTooLarge(const MarkdownSize &size, const QString &what, const QString &advice)
{
    if (size.characters > maxCardCharacters)
        return what + QStringLiteral(" has ") + QString::number(size.characters) + QStringLiteral(" characters; at most ")
            + QString::number(maxCardCharacters) + QStringLiteral(" are allowed, so ") + advice;
    if (size.marks > maxCardMarks)
        return what + QStringLiteral(" has ") + QString::number(size.marks)
            + QStringLiteral(" of the Markdown marks * _ ~ ` [; at most ") + QString::number(maxCardMarks)
            + QStringLiteral(" are allowed (Qt's Markdown reader slows down badly with more), so ") + advice;
    return {};
}

} // namespace ContentLimits
