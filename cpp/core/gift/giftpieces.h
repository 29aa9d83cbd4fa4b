#pragma once

#include "gifttext.h"

#include <QStringView>

// Walking the answers of a GIFT answer block one marker ('=' / '~') at a time. Internal to the parser.

// One answer of a block: the text after its marker, up to the next marker.
struct GiftPiece
{
    qsizetype marker = -1;   // absolute index of the '=' or '~' that starts it; -1 for the text before the first
    GiftSpan content;
};

// Calls visit(piece) for the text before the first marker, then for each answer, in order, and stops
// as soon as visit returns false (returning false too). Nothing is collected, so a block of a million
// markers costs no memory and stops at its first bad answer.
template<typename Visit>
bool forEachGiftPiece(const GiftSpan &body, QStringView markers, Visit visit)
{
    qsizetype marker = -1;
    qsizetype start = body.begin();
    for (qsizetype i = body.begin(); i < body.end(); ++i) {
        const GiftCell &c = body.at(i);
        if (c.escaped || !markers.contains(QChar(c.ch)))
            continue;
        if (!visit(GiftPiece{marker, body.mid(start, i)}))
            return false;
        marker = i;
        start = i + 1;
    }
    return visit(GiftPiece{marker, body.mid(start, body.end())});
}
