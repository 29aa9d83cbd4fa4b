#include "giftanswerparser.h"

#include "giftpieces.h"

#include <cmath>
#include <limits>

// The numerical half of GiftAnswerParser: "{#5:1}", "{#1..3}", "{#=5:0 =%50%5:2 ~#other}".

bool GiftAnswerParser::parseNumber(const QString &text, double *value)
{
    // Checked by hand first: QString::toDouble() also takes "inf", "nan" and spaces.
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto digits = [&] {
        const qsizetype start = i;
        while (i < n && text.at(i) >= u'0' && text.at(i) <= u'9')
            ++i;
        return i - start;
    };
    if (i < n && (text.at(i) == u'-' || text.at(i) == u'+'))
        ++i;
    qsizetype mantissa = digits();
    if (i < n && text.at(i) == u'.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0)
        return false;
    if (i < n && (text.at(i) == u'e' || text.at(i) == u'E')) {
        ++i;
        if (i < n && (text.at(i) == u'-' || text.at(i) == u'+'))
            ++i;
        if (digits() == 0)
            return false;
    }
    if (i != n)
        return false;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

bool GiftAnswerParser::readNumber(const GiftSpan &span, const GiftCell &where, double *value)
{
    const GiftSpan t = span.trimmed();
    if (t.isEmpty()) {
        m_sink.error(where, QStringLiteral("a number is missing here"));
        return false;
    }
    const QString text = t.toString();
    if (!parseNumber(text, value)) {
        QString message = u"'" + quote(text) + u"' is not a number";
        if (text.contains(u','))
            message += QStringLiteral(": use a point as the decimal separator");
        m_sink.error(t.first(), message);
        return false;
    }
    return true;
}

bool GiftAnswerParser::readNumericAnswer(const GiftSpan &piece, const GiftCell &where, NumericAnswer *answer)
{
    GiftSpan content = piece;
    if (!readWeight(content, &answer->weight))
        return false;
    GiftSpan text, feedback;
    splitFeedback(content, &text, &feedback);
    answer->feedback = clean(feedback);
    text = text.trimmed();
    if (text.isEmpty()) {
        m_sink.error(where, where.ch == u'=' ? markerWithoutText(where) : QStringLiteral("a number is missing here"));
        return false;
    }
    // Moodle's three forms: "min..max", "value:tolerance", "value". A separator at the very start
    // does not count (so "..3" is read, and rejected, as a number).
    const qsizetype dots = text.indexOf(u"..", text.begin() + 1);
    const qsizetype colon = text.indexOf(u':', text.begin() + 1);
    if (dots > 0) {
        double low = 0, high = 0;
        if (!readNumber(text.mid(text.begin(), dots), text.at(dots), &low)
            || !readNumber(text.midFrom(dots + 2), text.at(dots), &high))
            return false;
        answer->value = (low + high) / 2;
        answer->tolerance = std::abs(high - answer->value);
        answer->range = true;
    } else if (colon > 0) {
        double tolerance = 0;
        if (!readNumber(text.mid(text.begin(), colon), text.at(colon), &answer->value)
            || !readNumber(text.midFrom(colon + 1), text.at(colon), &tolerance))
            return false;
        answer->tolerance = std::abs(tolerance);   // Moodle takes a negative margin as given; it means the same
    } else {
        if (!readNumber(text, where, &answer->value))
            return false;
        answer->tolerance = 0;
    }
    return true;
}

bool GiftAnswerParser::parseNumerical(const GiftSpan &body, Question &q)
{
    GiftSpan rest = body.midFrom(body.begin() + 1);
    // As in Moodle, a '~' starts the feedback for every other number: kept as a zero-weight answer
    // that matches anything.
    const qsizetype tilde = rest.indexOf(u'~');
    NumericAnswer other;
    const bool hasOther = tilde >= 0;
    if (hasOther) {
        GiftSpan text, feedback;
        splitFeedback(rest.midFrom(tilde + 1), &text, &feedback);
        other = NumericAnswer{0, std::numeric_limits<double>::infinity(), 0, clean(feedback)};
        rest = rest.mid(rest.begin(), tilde);
    }
    const bool ok = forEachGiftPiece(rest, u"=", [&](const GiftPiece &piece) {
        const GiftSpan trimmed = piece.content.trimmed();
        if (piece.marker < 0 && trimmed.isEmpty())
            return true;   // nothing before the first '=' ("{#=5}")
        // Moodle reads a first number without '=' ("{#5:1}") as an answer too.
        const GiftCell where = piece.marker >= 0 ? rest.at(piece.marker) : trimmed.first();
        NumericAnswer answer;
        if (!readNumericAnswer(piece.content, where, &answer))
            return false;
        q.numbers.append(answer);
        return true;
    });
    if (!ok)
        return false;
    if (q.numbers.isEmpty()) {
        m_sink.error(m_open, QStringLiteral("the numerical answer has no number to compare with: "
                                            "write for example {#5:1} or {#1..3}"));
        return false;
    }
    if (hasOther)
        q.numbers.append(other);
    q.type = QuestionType::Numerical;
    return true;
}
