#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// A GitHub-flavoured Markdown table: a header row, a delimiter row (`|---|:---:|`) and body rows, each
// cell's inline Markdown kept (bold, links, code), so the reader can draw the table as the theme would
// instead of through Qt's Markdown text (double borders, no cell padding, no sideways scrolling).
struct MarkdownTable
{
    enum class Align { Default, Left, Center, Right };
    QStringList header;        // each cell's Markdown, trimmed, "\|" read as "|"
    QList<QStringList> rows;   // as many cells as the header: a short row is filled with empty cells,
                               // a long one cut (as GitHub does)
    QList<Align> align;        // one per column, from the delimiter row's colons
};

// One piece of a run of Markdown: text, or a table cut out of it.
struct MarkdownPiece
{
    bool isTable = false;
    QString markdown;          // !isTable: the text, trimmed
    MarkdownTable table;       // isTable
};

namespace MarkdownTables {

// `markdown` cut at its tables, in order; no piece for blank text. A table is a line with a `|` (the
// header) followed by a delimiter row with as many cells, then every following line with a `|` up to a
// blank line. Fenced code and lines indented four spaces (code) are never tables.
QList<MarkdownPiece> split(QStringView markdown);

// The cells of one table line: split at every `|` that is not escaped, without the optional outer pipes.
QStringList cells(QStringView line);

} // namespace MarkdownTables
