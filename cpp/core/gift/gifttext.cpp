#include "gifttext.h"

#include <QChar>

#include <algorithm>

GiftSpan::GiftSpan(const GiftCells *cells, qsizetype begin, qsizetype end)
    : m_cells(cells)
    , m_begin(begin)
    , m_end(std::max(begin, end))
{
}

bool GiftSpan::isSyntax(qsizetype index, char16_t ch) const
{
    if (index < m_begin || index >= m_end)
        return false;
    const GiftCell &c = at(index);
    return !c.escaped && c.ch == ch;
}

qsizetype GiftSpan::indexOf(char16_t ch, qsizetype from) const
{
    for (qsizetype i = std::max(from, m_begin); i < m_end; ++i) {
        if (isSyntax(i, ch))
            return i;
    }
    return -1;
}

bool GiftSpan::matchesAt(qsizetype index, QStringView s) const
{
    if (index < m_begin || index + s.size() > m_end)
        return false;
    for (qsizetype k = 0; k < s.size(); ++k) {
        if (!isSyntax(index + k, s.at(k).unicode()))
            return false;
    }
    return true;
}

qsizetype GiftSpan::indexOf(QStringView s, qsizetype from) const
{
    // The needles are 2 to 4 characters long, so the naive scan is linear in the span.
    for (qsizetype i = std::max(from, m_begin); i + s.size() <= m_end; ++i) {
        if (matchesAt(i, s))
            return i;
    }
    return -1;
}

qsizetype GiftSpan::lastIndexOf(QStringView s) const
{
    for (qsizetype i = m_end - s.size(); i >= m_begin; --i) {
        if (matchesAt(i, s))
            return i;
    }
    return -1;
}

GiftSpan GiftSpan::mid(qsizetype from, qsizetype to) const
{
    const qsizetype b = std::clamp(from, m_begin, m_end);
    const qsizetype e = std::clamp(to, b, m_end);
    return GiftSpan(m_cells, b, e);
}

GiftSpan GiftSpan::trimmed() const
{
    qsizetype b = m_begin;
    qsizetype e = m_end;
    while (b < e && QChar::isSpace(at(b).ch))
        ++b;
    while (e > b && QChar::isSpace(at(e - 1).ch))
        --e;
    return GiftSpan(m_cells, b, e);
}

QString GiftSpan::toString() const
{
    QString s;
    s.reserve(size());
    for (qsizetype i = m_begin; i < m_end; ++i)
        s.append(QChar(at(i).ch));
    return s;
}

GiftCell GiftSpan::endPosition() const
{
    if (isEmpty())
        return m_cells && m_begin > 0 ? at(m_begin - 1) : GiftCell{};
    GiftCell last = at(m_end - 1);
    last.column += last.escaped ? 2 : 1;
    last.escaped = false;
    return last;
}
