#pragma once

#include "giftsink.h"
#include "gifttext.h"
#include "question.h"

// Reads the inside of one GIFT answer block ("{...}") into a question: decides the question type the way
// Moodle's importer does and fills choices, pairs or numbers. Internal to parseGift().
class GiftAnswerParser
{
public:
    explicit GiftAnswerParser(GiftSink &sink);

    // content: the cells between the braces. Reports problems to the sink; returns false when the
    // question is broken and must be skipped.
    bool parse(const GiftSpan &content, const GiftCell &openBrace, Question &q);

    // "[html]Text" -> "Text", for the four format names Moodle knows; anything else is left alone.
    static QString stripFormatTag(const QString &text, TextFormat *format = nullptr);
    // A strict decimal number ("-1.5", "2e3"); no locale, no "inf"/"nan".
    static bool parseNumber(const QString &text, double *value);
    // A short, one-line rendering of author text for messages.
    static QString quote(const QString &text);

private:
    bool readWeight(GiftSpan &content, double *weight);
    static void splitFeedback(const GiftSpan &piece, GiftSpan *text, GiftSpan *feedback);
    static QString markerWithoutText(const GiftCell &marker);
    static QString clean(const GiftSpan &span) { return stripFormatTag(span.trimmed().toString()); }
    bool rejectLeadingText(const GiftSpan &leading, const QString &hint);
    bool readChoice(const GiftSpan &piece, const GiftCell &marker, double weight, Choice *choice);

    bool parseChoices(const GiftSpan &body, Question &q);
    bool parseTrueFalse(const GiftSpan &body, Question &q);
    bool parseShort(const GiftSpan &body, Question &q);
    bool parseMatching(const GiftSpan &body, Question &q);
    bool parseNumerical(const GiftSpan &body, Question &q);
    bool readNumericAnswer(const GiftSpan &piece, const GiftCell &where, NumericAnswer *answer);
    bool readNumber(const GiftSpan &span, const GiftCell &where, double *value);

    GiftSink &m_sink;
    GiftCell m_open;
};
