#include "markdowntable.h"

#include "lessonscanner.h"

#include <QRegularExpression>

namespace {

QStringView withoutCarriageReturn(QStringView line)
{
    return line.endsWith(u'\r') ? line.chopped(1) : line;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// Whether the character at `at` is escaped: an odd number of backslashes right before it.
bool escapedAt(QStringView text, qsizetype at)
{
    qsizetype slashes = 0;
    while (at - slashes - 1 >= 0 && text.at(at - slashes - 1) == u'\\')
        ++slashes;
    return slashes % 2 == 1;
}

bool hasPipe(QStringView line)
{
    for (qsizetype at = line.indexOf(u'|'); at >= 0; at = line.indexOf(u'|', at + 1)) {
        if (!escapedAt(line, at))
            return true;
    }
    return false;
}

// Spaces before the first other character (a tab as four): four or more make an indented code line.
int indentOf(QStringView line)
{
    int indent = 0;
    for (const QChar c : line) {
        if (c == u' ')
            indent += 1;
        else if (c == u'\t')
            indent += 4;
        else
            break;
    }
    return indent;
}

// The columns' alignments that `line` gives as a delimiter row; none when it is not one.
QList<MarkdownTable::Align> delimiterRow(QStringView line)
{
    static const QRegularExpression cell(QStringLiteral(R"(^:?-+:?$)"));
    if (!hasPipe(line) || indentOf(line) >= 4)   // "---" alone is a rule or a heading's underline
        return {};
    QList<MarkdownTable::Align> align;
    for (const QString &text : MarkdownTables::cells(line)) {
        if (!cell.match(text).hasMatch())
            return {};
        const bool left = text.startsWith(u':');
        const bool right = text.endsWith(u':');
        align.append(left && right ? MarkdownTable::Align::Center
                     : right       ? MarkdownTable::Align::Right
                     : left        ? MarkdownTable::Align::Left
                                   : MarkdownTable::Align::Default);
    }
    return align;
}

void appendText(QList<MarkdownPiece> *pieces, const QStringList &lines)
{
    const QString text = lines.join(u'\n').trimmed();
    if (!text.isEmpty())
        pieces->append(MarkdownPiece{false, text, {}});
}

} // namespace

namespace MarkdownTables {

QStringList cells(QStringView line)
{
    QStringView text = line.trimmed();
    if (text.startsWith(u'|'))
        text = text.mid(1);
    if (text.endsWith(u'|') && !escapedAt(text, text.size() - 1))
        text.chop(1);
    QStringList out;
    QString cell;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            // "\|" is a pipe in the cell (also inside `code`, as GitHub reads it); other escapes stay
            // for the cell's own Markdown.
            if (text.at(i + 1) != u'|')
                cell.append(c);
            cell.append(text.at(++i));
        } else if (c == u'|') {
            out.append(cell.trimmed());
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    out.append(cell.trimmed());
    return out;
}

QList<MarkdownPiece> split(QStringView markdown)
{
    QList<MarkdownPiece> pieces;
    const QList<QStringView> lines = markdown.split(u'\n');
    QStringList pending;   // text lines not yet in a piece
    CodeFence fences;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = withoutCarriageReturn(lines.at(i));
        if (fences.consume(line) != CodeFence::Line::Text) {
            pending.append(line.toString());
            continue;
        }
        // A table starts a paragraph of its own (as an image or a quote does in CardBlocks): one that
        // follows a line of text without a blank line between is left to Qt's Markdown.
        const bool paragraphStart = pending.isEmpty() || isBlank(pending.constLast());
        if (paragraphStart && i + 1 < lines.size() && indentOf(line) < 4 && hasPipe(line)) {
            const QStringList header = cells(line);
            const QList<MarkdownTable::Align> align = delimiterRow(withoutCarriageReturn(lines.at(i + 1)));
            if (align.size() == header.size()) {
                appendText(&pieces, pending);
                pending.clear();
                MarkdownTable table{header, {}, align};
                qsizetype end = i + 2;
                for (; end < lines.size(); ++end) {
                    const QStringView row = withoutCarriageReturn(lines.at(end));
                    if (isBlank(row) || !hasPipe(row))
                        break;
                    QStringList rowCells = cells(row);
                    rowCells.resize(header.size());
                    table.rows.append(rowCells);
                }
                pieces.append(MarkdownPiece{true, {}, table});
                i = end - 1;
                continue;
            }
        }
        pending.append(line.toString());
    }
    appendText(&pieces, pending);
    return pieces;
}

} // namespace MarkdownTables
