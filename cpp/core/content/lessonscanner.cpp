#include "lessonscanner.h"

#include "contentlimits.h"
#include "utf8.h"

#include <cstring>
#include <type_traits>

namespace {

enum CharClass : unsigned char { Other = 0, Space = 1, Word = 2 };

// Classes of U+0000–U+00FF (Swedish letters included), so that nearly every character costs one look-up.
struct Latin1Classes
{
    unsigned char table[256] = {};
    Latin1Classes()
    {
        for (char32_t c = 0; c < 256; ++c)
            table[c] = QChar::isSpace(c) ? Space : (QChar::isLetterOrNumber(c) ? Word : Other);
    }
};

const Latin1Classes latin1;

inline unsigned char classOf(char32_t c)
{
    if (c < 256)
        return latin1.table[c];
    return QChar::isSpace(c) ? Space : (QChar::isLetterOrNumber(c) ? Word : Other);
}

// Reads the character at p (advancing p) from UTF-16 or UTF-8. Returns false on bad UTF-8; a lone UTF-16
// surrogate reads as itself (not a letter), as QString does.
inline bool next(const char16_t *&p, const char16_t *end, char32_t *c)
{
    const char16_t unit = *p++;
    if (QChar::isHighSurrogate(unit) && p < end && QChar::isLowSurrogate(*p)) {
        *c = QChar::surrogateToUcs4(unit, *p++);
        return true;
    }
    *c = unit;
    return true;
}

inline bool next(const unsigned char *&p, const unsigned char *end, char32_t *c)
{
    if (*p < 0x80) {
        *c = *p++;
        return true;
    }
    const int length = Utf8::sequenceLength(p, end);
    if (length == 0)
        return false;
    *c = Utf8::decode(p, length);
    p += length;
    return true;
}

struct LineFacts
{
    int words = 0;
    int marks = 0;          // ContentLimits::isCountedMark
    bool blank = true;
    bool valid = true;      // false on bad UTF-8
};

// Skips the letters and digits at p: the common case, kept to a few instructions per character. Covers
// ASCII and the Latin-1 letters (å, ä, ö, é, ü…); anything else is left to the general path. (Reading
// 8 bytes at a time was tried: Swedish words are too short for it to pay.)
inline const char16_t *skipWordRun(const char16_t *p, const char16_t *end)
{
    while (p < end && *p < 256 && latin1.table[*p] == Word)
        ++p;
    return p;
}

inline const unsigned char *skipWordRun(const unsigned char *p, const unsigned char *end)
{
    while (p < end) {
        if (*p < 0x80) {
            if (latin1.table[*p] != Word)
                break;
            ++p;
        } else if (*p == 0xC3 && p + 1 < end && p[1] >= 0x80 && p[1] <= 0xBF && p[1] != 0x97 && p[1] != 0xB7) {
            p += 2;   // U+00C0–U+00FF except × and ÷: letters
        } else {
            break;
        }
    }
    return p;
}

template <typename Unit>
LineFacts lineFacts(const Unit *p, const Unit *end)
{
    // Branch-light: the class bits update the counters directly.
    unsigned words = 0;
    unsigned tokenHasWord = 0;
    unsigned nonBlank = 0;
    unsigned marks = 0;
    while (p < end) {
        const Unit *run = skipWordRun(p, end);
        if (run != p) {
            tokenHasWord = 1;
            nonBlank = 1;
            p = run;
            continue;
        }
        char32_t c = *p;
        if (c == u' ') {   // what follows nearly every word
            words += tokenHasWord;
            tokenHasWord = 0;
            ++p;
            continue;
        }
        if (c < 0x80) {
            ++p;
        } else if (!next(p, end, &c)) {
            return LineFacts{0, 0, true, false};
        }
        const unsigned cls = classOf(c);
        const unsigned isSpace = cls & Space;
        const unsigned isWord = cls >> 1;
        words += isSpace & tokenHasWord;
        tokenHasWord = (tokenHasWord | isWord) & (isSpace ^ 1u);
        nonBlank |= isSpace ^ 1u;
        marks += unsigned(ContentLimits::isCountedMark(c));
    }
    return LineFacts{int(words + tokenHasWord), int(marks), nonBlank == 0, true};
}

// A fence line opens or closes a fenced code block: up to three spaces, then ``` or ~~~ (or longer).
// Returns the fence's length (0 when the line is not one) and whether only spaces follow the fence.
template <typename Unit>
int fenceLength(const Unit *p, const Unit *end, Unit *fenceChar, bool *bare)
{
    int indent = 0;
    while (p < end && *p == ' ' && indent < 3) {
        ++p;
        ++indent;
    }
    if (p >= end || (*p != '`' && *p != '~'))
        return 0;
    const Unit c = *p;
    int n = 0;
    while (p < end && *p == c) {
        ++p;
        ++n;
    }
    if (n < 3)
        return 0;
    *fenceChar = c;
    *bare = true;
    for (; p < end; ++p)
        *bare = *bare && (*p == ' ' || *p == '\t');
    return n;
}

// Moves a fenced-code state (the open fence's character and length, 0 outside code) past one line;
// returns whether the line is a fence or inside one.
template <typename Unit>
bool updateFence(const Unit *p, const Unit *end, Unit *fenceChar, int *fence)
{
    Unit c = 0;
    bool bare = false;
    const int length = fenceLength(p, end, &c, &bare);
    if (*fence == 0) {
        if (length == 0)
            return false;
        *fence = length;
        *fenceChar = c;
    } else if (length >= *fence && c == *fenceChar && bare) {
        *fence = 0;
    }
    return true;
}

inline const char16_t *findNewline(const char16_t *p, const char16_t *end)
{
    const qsizetype at = QStringView(p, end - p).indexOf(u'\n');
    return at < 0 ? end : p + at;
}

inline const unsigned char *findNewline(const unsigned char *p, const unsigned char *end)
{
    const void *at = std::memchr(p, '\n', size_t(end - p));
    return at ? static_cast<const unsigned char *>(at) : end;
}

// Code points, the same count from UTF-16 (low surrogates skipped) and from valid UTF-8 (continuation
// bytes skipped).
inline int countCharacters(const char16_t *p, const char16_t *end)
{
    int count = 0;
    for (; p < end; ++p)
        count += !QChar::isLowSurrogate(*p);
    return count;
}

inline int countCharacters(const unsigned char *p, const unsigned char *end)
{
    int count = 0;
    for (; p < end; ++p)
        count += (*p & 0xC0) != 0x80;
    return count;
}

// "---" alone on a line ends a card. Trailing spaces and tabs are forgiven, as for Markdown's thematic break
// and the front matter's delimiters: they are invisible in an editor, and "--- " must not merge two cards.
template <typename Unit>
bool isCardSeparator(const Unit *p, const Unit *end)
{
    if (end - p < 3 || p[0] != '-' || p[1] != '-' || p[2] != '-')
        return false;
    for (p += 3; p < end; ++p) {
        if (*p != ' ' && *p != '\t')
            return false;
    }
    return true;
}

// The one pass over a body, in UTF-16 or UTF-8. Returns false on bad UTF-8.
template <typename Unit>
bool scanBody(const Unit *begin, const Unit *end, int firstLine, LessonScan *result)
{
    LessonCardSpan card;
    card.line = firstLine;
    Unit fenceChar = 0;
    int fence = 0;   // length of the open fence, 0 outside code blocks
    int lineNumber = firstLine;
    for (const Unit *p = begin; p < end; ++lineNumber) {
        const Unit *lineEnd = findNewline(p, end);
        const Unit *next = lineEnd < end ? lineEnd + 1 : end;
        if (lineEnd > p && lineEnd[-1] == '\r')
            --lineEnd;
        if (fence == 0 && isCardSeparator(p, lineEnd)) {
            card.end = p - begin;
            card.characters = countCharacters(begin + card.begin, begin + card.end);
            result->cards.append(card);
            card = LessonCardSpan{};
            card.begin = next - begin;
            card.line = lineNumber + 1;
        } else {
            const LineFacts facts = lineFacts(p, lineEnd);
            if (!facts.valid)
                return false;
            if (!facts.blank) {
                updateFence(p, lineEnd, &fenceChar, &fence);
                if (card.empty) {
                    card.empty = false;
                    card.line = lineNumber;
                }
            }
            card.words += facts.words;
            card.marks += facts.marks;
        }
        p = next;
    }
    card.end = end - begin;
    card.characters = countCharacters(begin + card.begin, begin + card.end);
    result->cards.append(card);
    for (const auto &span : std::as_const(result->cards))
        result->words += span.words;
    return true;
}

} // namespace

int LessonScanner::countWords(QStringView text)
{
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    return lineFacts(p, p + text.size()).words;
}

LessonScan LessonScanner::scan(QStringView body, int firstLine)
{
    LessonScan result;
    const auto *p = reinterpret_cast<const char16_t *>(body.utf16());
    scanBody(p, p + body.size(), firstLine, &result);
    return result;
}

bool LessonScanner::scanUtf8(QByteArrayView body, int firstLine, LessonScan *scan)
{
    *scan = LessonScan{};
    const auto *p = reinterpret_cast<const unsigned char *>(body.data());
    return scanBody(p, p + body.size(), firstLine, scan);
}

QString LessonScanner::cardText(QStringView body, const LessonCardSpan &card)
{
    QString text = body.sliced(card.begin, card.end - card.begin).trimmed().toString();
    if (text.contains(u'\r'))
        text.remove(u'\r');
    return text;
}

CodeFence::Line CodeFence::consume(QStringView line)
{
    const int before = m_length;
    const auto *begin = reinterpret_cast<const char16_t *>(line.utf16());
    if (!updateFence(begin, begin + line.size(), &m_char, &m_length))
        return Line::Text;
    return before == 0 || m_length == 0 ? Line::Fence : Line::Code;
}
