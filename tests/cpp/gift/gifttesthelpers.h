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

// Parses text that must hold exactly one question and no errors (an empty Question, with the
// diagnostics printed, otherwise).
inline Question one(const QString &text)
{
    const GiftParseResult r = parse(text);
    if (!errorsOf(r).isEmpty() || r.questions.size() != 1) {
        qWarning().noquote() << lines(r.diagnostics).join(u'\n');
        return Question{};
    }
    return r.questions.first();
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
