#pragma once

#include <QString>
#include <QStringView>

#include <vector>

// The characters of one GIFT question after escape resolution. Each cell remembers whether it was
// written escaped (so "\{" is a literal brace and never syntax) and where it stood in the file, so every
// diagnostic can point at an exact line and column. Internal to the GIFT parser.
struct GiftCell
{
    char16_t ch = 0;
    bool escaped = false;   // written as "\x": literal text, never syntax
    int line = 0;           // 1-based
    int column = 0;         // 1-based, counted in Unicode characters (a tab is one)
};

// std::vector rather than QList: appending a million cells is several times faster.
using GiftCells = std::vector<GiftCell>;

// A half-open range [begin, end) of absolute indexes into a list of cells. Cheap to copy. Every search
// is a forward or backward linear scan of the range, so the parser stays linear in its input.
class GiftSpan
{
public:
    GiftSpan() = default;
    GiftSpan(const GiftCells *cells, qsizetype begin, qsizetype end);

    qsizetype begin() const { return m_begin; }
    qsizetype end() const { return m_end; }
    qsizetype size() const { return m_end - m_begin; }
    bool isEmpty() const { return m_end <= m_begin; }
    const GiftCell &at(qsizetype index) const { return (*m_cells)[size_t(index)]; }
    const GiftCell &first() const { return at(m_begin); }

    // True when the cell at the absolute index is the unescaped character ch.
    bool isSyntax(qsizetype index, char16_t ch) const;
    // Absolute index of the first unescaped occurrence of ch / of the sequence s at or after from; -1 if none.
    qsizetype indexOf(char16_t ch, qsizetype from) const;
    qsizetype indexOf(QStringView s, qsizetype from) const;
    qsizetype indexOf(char16_t ch) const { return indexOf(ch, m_begin); }
    // Absolute index of the last unescaped occurrence of s; -1 if none.
    qsizetype lastIndexOf(QStringView s) const;

    // The sub-range [from, to) in absolute indexes, clamped to this span.
    GiftSpan mid(qsizetype from, qsizetype to) const;
    GiftSpan midFrom(qsizetype from) const { return mid(from, m_end); }
    GiftSpan trimmed() const;

    QString toString() const;
    // Where the character after this span's last cell would stand (for "add a '}' here").
    GiftCell endPosition() const;

private:
    bool matchesAt(qsizetype index, QStringView s) const;

    const GiftCells *m_cells = nullptr;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
};
