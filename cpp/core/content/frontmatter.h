#pragma once

#include "diagnostic.h"

#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

// One `key: value` or `key:` + `  - item` list entry of a front matter block, with where it was written.
struct FrontMatterEntry
{
    QString key;
    QString value;          // a scalar value, quotes and escapes resolved
    QStringList items;      // a list's items
    QList<int> itemLines;   // 1-based line of each item
    QList<int> itemColumns; // 1-based column where each item's text starts
    bool isList = false;    // written as `key:` with nothing after the colon
    int line = 0;           // 1-based line of the key
    int valueColumn = 0;    // 1-based column where the value starts (after an opening quote)
};

// The small YAML-like subset Pausa's `.md` files start with (see lessons/README.md):
//   ---
//   key: value            value to the end of the line, or "quoted" with \" and \\ escapes
//   key:                  a list, one `- item` line per item
//     - item
//   # a comment line
//   ---
// Parsing never fails as a whole once the block is closed: a bad line is reported and skipped.
class FrontMatter
{
public:
    // Parses the block at the start of `text`. Returns false (with an error) when the file does not start
    // with `---` or the block is never closed; then nothing is usable.
    bool parse(QStringView text, const QString &path, Diagnostics *diagnostics);

    const QList<FrontMatterEntry> &entries() const { return m_entries; }
    const FrontMatterEntry *find(QStringView key) const;
    bool contains(QStringView key) const { return find(key) != nullptr; }

    // Where the block ends in a file's bytes (after the closing line; BOM already removed), without
    // decoding anything; -1 when the bytes do not start with a closed block. parse() on exactly those bytes,
    // decoded, finds the same block. Sets the line the body starts on.
    static qsizetype blockEnd(QByteArrayView bytes, int *bodyLine);

    // Offset in the text and 1-based line where the body after the closing `---` starts.
    qsizetype bodyOffset() const { return m_bodyOffset; }
    int bodyLine() const { return m_bodyLine; }
    // Line of the closing `---`: missing keys are reported there, where the author would add them.
    int closingLine() const { return m_closingLine; }

    // The value of a scalar key. A missing required key, or a list where a value is needed, is an error;
    // returns an empty string then.
    QString string(QStringView key, bool required, const QString &path, Diagnostics *diagnostics) const;
    // The items of a list key (an empty list when absent); a scalar value given instead is an error.
    QStringList list(QStringView key, const QString &path, Diagnostics *diagnostics) const;
    // Warns about every key not in `known` (a typo would otherwise silently do nothing).
    void warnUnknownKeys(const QSet<QString> &known, const QString &path, Diagnostics *diagnostics) const;

private:
    void parseLine(QStringView line, int lineNumber, const QString &path, Diagnostics *diagnostics);

    QList<FrontMatterEntry> m_entries;
    qsizetype m_openList = -1;   // index of the list key the next `- item` lines belong to
    qsizetype m_bodyOffset = 0;
    int m_bodyLine = 1;
    int m_closingLine = 1;
};
