#pragma once

#include "gift/giftparser.h"

#include <QStringList>
#include <QTest>

// Shared by the GIFT tests: parse a snippet and look at its diagnostics.
namespace GiftTest {

inline GiftParseResult parse(const QString &text)
{
    return parseGift(text, QStringLiteral("quiz.gift"));
}

inline QStringList lines(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(d.toString());
    return out;
}

inline Diagnostics errorsOf(const GiftParseResult &r)
{
    Diagnostics out;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.isError())
            out.append(d);
    }
    return out;
}

inline Diagnostics warningsOf(const GiftParseResult &r)
{
    Diagnostics out;
    for (const Diagnostic &d : r.diagnostics) {
        if (!d.isError())
            out.append(d);
    }
    return out;
}

} // namespace GiftTest

// Fails the calling test unless the result has no errors; prints them when it does.
#define GIFT_VERIFY_NO_ERRORS(result)                                                                    \
    QVERIFY2(GiftTest::errorsOf(result).isEmpty(),                                                       \
             qPrintable(GiftTest::lines(GiftTest::errorsOf(result)).join(u'\n')))
