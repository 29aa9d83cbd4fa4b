#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

// A course file read as text: UTF-8 only, at most 1 MiB, a leading BOM dropped. Line numbers of the text
// match the file's (a CRLF file keeps its "\r" before each "\n": splitting at "\n" counts lines right).
class TextFile
{
public:
    static constexpr qint64 maxBytes = 1024 * 1024;
    static constexpr char bom[] = "\xEF\xBB\xBF";

    // Reads `filePath`; on any problem adds an error for `displayPath` (the path shown to the author) and
    // returns false. Nothing of a refused file is kept: a file with invalid UTF-8 is skipped as a whole.
    bool read(const QString &filePath, const QString &displayPath, Diagnostics *diagnostics);
    // Only the reading and the size check, for a caller that checks the UTF-8 itself while scanning it
    // (the catalogue's lesson reader); such a caller reports bad UTF-8 through decode(), for the same message.
    static bool readBytes(const QString &filePath, const QString &displayPath, Diagnostics *diagnostics,
                          QByteArray *bytes);
    // The UTF-8 check and decoding, on bytes already in memory (used by read() and by the fuzzer).
    bool decode(const QByteArray &bytes, const QString &displayPath, Diagnostics *diagnostics);

    const QString &text() const { return m_text; }
    QString takeText() { return std::move(m_text); }

    // Where the first byte that is not valid UTF-8 is, as a 1-based line and column (the column counts
    // characters, as an editor does). Returns false when all of `bytes` is valid UTF-8.
    static bool findInvalidUtf8(const QByteArray &bytes, int *line, int *column);

private:
    QString m_text;
};
