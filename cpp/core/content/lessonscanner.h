#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

// Where one card of a lesson body is, without its text: the catalogue keeps only these figures.
struct LessonCardSpan
{
    qsizetype begin = 0;   // offsets in the body (UTF-16 units, or bytes for scanUtf8)
    qsizetype end = 0;
    int line = 0;          // 1-based file line of the card's first non-blank line (or its first line)
    int words = 0;
    int characters = 0;    // code points from begin to end, blank lines and line ends included
    int marks = 0;         // Markdown marks counted against ContentLimits::maxCardMarks
    bool empty = true;     // nothing but blank lines
};

struct LessonScan
{
    int words = 0;
    QList<LessonCardSpan> cards;   // including empty ones, which the loader reports and drops
};

// Follows fenced code blocks line by line: a fence is up to three spaces, then ``` or ~~~ (or longer);
// it closes at a fence of the same character, at least as long, with nothing after it.
class CodeFence
{
public:
    enum class Line { Text, Fence, Code };
    // Feeds the next line and says what it is: ordinary text, a fence opening or closing a block, or
    // code inside one.
    Line consume(QStringView line);

private:
    char16_t m_char = 0;
    int m_length = 0;   // of the open fence, 0 outside code blocks
};

// One pass over a lesson's Markdown body: splits it into cards at lines that are exactly `---` (outside
// fenced code blocks) and counts words, characters and marks, without copying any text. (Links and
// images are CourseLinks' concern.)
class LessonScanner
{
public:
    // `firstLine` is the file line the body starts on, so that positions are the file's.
    static LessonScan scan(QStringView body, int firstLine);
    // The same figures straight from the file's UTF-8 bytes, without decoding them: the catalogue's path,
    // which never needs the text. Card offsets are byte offsets. Returns false
    // when the bytes are not valid UTF-8 (by the same rules as TextFile).
    static bool scanUtf8(QByteArrayView body, int firstLine, LessonScan *scan);

    // A word is a run of non-space characters with at least one letter or digit in it, so Markdown
    // syntax standing alone (`#`, `-`, `>`, `---`, `|`, `**`) is not counted.
    static int countWords(QStringView text);

    // The card's text: trimmed, CRLF turned into LF.
    static QString cardText(QStringView body, const LessonCardSpan &card);
};
