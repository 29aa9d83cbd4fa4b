#include "giftanswerparser.h"

#include "giftpieces.h"

#include <QChar>

#include <algorithm>
#include <cmath>

QString GiftAnswerParser::markerWithoutText(const GiftCell &marker)
{
    return u"the answer marker '" + QString(QChar(marker.ch))
        + u"' has nothing after it: write the answer after it, or remove it";
}

GiftAnswerParser::GiftAnswerParser(GiftSink &sink)
    : m_sink(sink)
{
}

QString GiftAnswerParser::stripFormatTag(const QString &text, TextFormat *format)
{
    struct Tag { QStringView name; TextFormat format; };
    static constexpr Tag tags[] = {{u"[moodle]", TextFormat::Moodle}, {u"[html]", TextFormat::Html},
                                   {u"[markdown]", TextFormat::Markdown}, {u"[plain]", TextFormat::Plain}};
    for (const Tag &tag : tags) {
        if (text.startsWith(tag.name)) {
            if (format)
                *format = tag.format;
            return text.mid(tag.name.size()).trimmed();
        }
    }
    return text;
}

QString GiftAnswerParser::quote(const QString &text)
{
    const QString s = text.simplified();
    constexpr qsizetype maxLength = 40;
    if (s.size() <= maxLength)
        return s;
    return s.left(maxLength - 1) + QChar(0x2026);
}

bool GiftAnswerParser::readWeight(GiftSpan &content, double *weight)
{
    const GiftSpan t = content.trimmed();
    if (t.isEmpty() || !t.isSyntax(t.begin(), u'%'))
        return true;
    // The weight must close before the feedback starts; a lone '%' is plain text, as in Moodle.
    const qsizetype hash = t.indexOf(u'#');
    const qsizetype close = t.mid(t.begin(), hash < 0 ? t.end() : hash).indexOf(u'%', t.begin() + 1);
    if (close < 0)
        return true;
    const QString inner = t.mid(t.begin() + 1, close).toString().trimmed();
    double w = 0;
    if (!parseNumber(inner, &w)) {
        m_sink.error(t.first(), u"the weight '%" + quote(inner)
                         + u"%' is not a number: write a percentage such as %50% or %-25%");
        return false;
    }
    if (w < -100 || w > 100) {
        m_sink.error(t.first(), u"the weight '%" + inner + u"%' lies outside -100% to 100%");
        return false;
    }
    *weight = w;
    content = t.midFrom(close + 1);
    return true;
}

void GiftAnswerParser::splitFeedback(const GiftSpan &piece, GiftSpan *text, GiftSpan *feedback)
{
    const qsizetype hash = piece.indexOf(u'#');
    *text = hash < 0 ? piece : piece.mid(piece.begin(), hash);
    *feedback = hash < 0 ? piece.mid(piece.end(), piece.end()) : piece.midFrom(hash + 1);
}

bool GiftAnswerParser::rejectLeadingText(const GiftSpan &leading, const QString &hint)
{
    const GiftSpan t = leading.trimmed();
    if (t.isEmpty())
        return true;
    m_sink.error(t.first(), u"'" + quote(t.toString()) + u"' comes before the first answer: " + hint);
    return false;
}

bool GiftAnswerParser::parse(const GiftSpan &content, const GiftCell &openBrace, Question &q)
{
    m_open = openBrace;
    GiftSpan body = content.trimmed();
    // General feedback follows the last "####", as in Moodle.
    const qsizetype general = body.lastIndexOf(u"####");
    if (general >= 0) {
        q.generalFeedback = clean(body.midFrom(general + 4));
        body = body.mid(body.begin(), general).trimmed();
    }
    // The type is decided in Moodle's order: empty, '#', any '~', '->', T/F, else short answer.
    if (body.isEmpty()) {
        q.type = QuestionType::Essay;
        return true;
    }
    if (body.isSyntax(body.begin(), u'#'))
        return parseNumerical(body, q);
    if (body.indexOf(u'~') >= 0)
        return parseChoices(body, q);
    if (body.indexOf(u"->", body.begin()) >= 0)
        return parseMatching(body, q);
    const qsizetype hash = body.indexOf(u'#');
    const QString head = body.mid(body.begin(), hash < 0 ? body.end() : hash).trimmed().toString().toUpper();
    if (head == u"T" || head == u"TRUE" || head == u"F" || head == u"FALSE")
        return parseTrueFalse(body, q);
    return parseShort(body, q);
}

bool GiftAnswerParser::readChoice(const GiftSpan &piece, const GiftCell &marker, double weight, Choice *choice)
{
    GiftSpan content = piece;
    if (!readWeight(content, &weight))
        return false;
    GiftSpan text, feedback;
    splitFeedback(content, &text, &feedback);
    *choice = Choice{clean(text), weight, clean(feedback)};
    if (choice->text.isEmpty()) {
        m_sink.error(marker, markerWithoutText(marker));
        return false;
    }
    return true;
}

bool GiftAnswerParser::parseChoices(const GiftSpan &body, Question &q)
{
    QList<GiftCell> markers;
    bool hasRight = false;
    bool allPairs = true;            // every answer is "left -> right": a matching question
    qsizetype tildePair = -1;        // the first '~' that starts such a pair
    const bool ok = forEachGiftPiece(body, u"~=", [&](const GiftPiece &piece) {
        if (piece.marker < 0)
            return rejectLeadingText(piece.content, QStringLiteral("start every answer with = (right) or ~ (wrong)"));
        const GiftCell &marker = body.at(piece.marker);
        const bool right = marker.ch == u'=';
        hasRight = hasRight || right;
        const bool pair = piece.content.indexOf(u"->", piece.content.begin()) >= 0;
        allPairs = allPairs && pair;
        if (pair && !right && tildePair < 0)
            tildePair = piece.marker;
        Choice choice;
        if (!readChoice(piece.content, marker, right ? 100 : 0, &choice))
            return false;
        q.choices.append(choice);
        markers.append(marker);
        return true;
    });
    if (!ok)
        return false;
    // One '~' among "=left -> right" pairs would make a choice question of a matching one, with its pairs
    // as options and several of them "right".
    if (allPairs && tildePair >= 0) {
        m_sink.error(body.at(tildePair), QStringLiteral("this pair starts with '~', so the question is read as "
                                                        "multiple choice, not matching: start every pair with '=', "
                                                        "as in =left -> right"));
        return false;
    }
    if (q.choices.size() < 2) {
        m_sink.error(m_open, u"a multiple-choice question needs at least two answers, this one has "
                         + QString::number(q.choices.size()));
        return false;
    }
    // Moodle's rule: an '=' makes it a one-answer question, only '~' (with weights) a many-answer one.
    q.type = hasRight ? QuestionType::Single : QuestionType::Multiple;
    if (!hasRight && std::none_of(q.choices.cbegin(), q.choices.cend(), [](const Choice &c) { return c.weight > 0; })) {
        m_sink.error(m_open, QStringLiteral("no answer is marked right: start the right answer with '=', or give "
                                            "the right options of a many-answer question weights such as ~%50%"));
        return false;
    }

    double best = -100;
    double positive = 0;
    for (qsizetype i = 0; i < q.choices.size(); ++i) {
        const Choice &c = q.choices.at(i);
        best = std::max(best, c.weight);
        positive += std::max(0.0, c.weight);
        if (c.feedback.isEmpty()) {
            m_sink.warning(markers.at(i), u"option '" + quote(c.text)
                               + u"' has no feedback: learners who pick it will not learn why");
        }
    }
    // Within 0.01 so that three options of 33.33333% count as 100%.
    if (q.type == QuestionType::Single && best < 99.99) {
        m_sink.warning(m_open, QStringLiteral("no answer is worth 100%: no learner can get full marks"));
    } else if (q.type == QuestionType::Multiple && std::abs(positive - 100) > 0.01) {
        m_sink.warning(m_open, u"the positive weights add up to " + QString::number(positive)
                           + u"%, not 100%: write the weights so that all right options together make 100%");
    }
    return true;
}

bool GiftAnswerParser::parseTrueFalse(const GiftSpan &body, Question &q)
{
    // Moodle's split_truefalse_comment: "T#shown to a wrong chooser#shown to a right chooser".
    const qsizetype first = body.indexOf(u'#');
    const qsizetype second = first < 0 ? -1 : body.indexOf(u'#', first + 1);
    const QString answer = body.mid(body.begin(), first < 0 ? body.end() : first).trimmed().toString().toUpper();
    const QString wrong = first < 0 ? QString() : clean(body.mid(first + 1, second < 0 ? body.end() : second));
    const QString right = second < 0 ? QString() : clean(body.midFrom(second + 1));
    const bool isTrue = answer.startsWith(u'T');
    q.type = QuestionType::TrueFalse;
    q.choices = {Choice{QStringLiteral("true"), isTrue ? 100.0 : 0.0, isTrue ? right : wrong},
                 Choice{QStringLiteral("false"), isTrue ? 0.0 : 100.0, isTrue ? wrong : right}};
    return true;
}

bool GiftAnswerParser::parseShort(const GiftSpan &body, Question &q)
{
    q.type = QuestionType::Short;
    return forEachGiftPiece(body, u"=", [&](const GiftPiece &piece) {
        if (piece.marker < 0)
            return rejectLeadingText(piece.content, QStringLiteral("start every accepted answer with ="));
        Choice choice;
        if (!readChoice(piece.content, body.at(piece.marker), 100, &choice))
            return false;
        q.choices.append(choice);
        return true;
    });
}

bool GiftAnswerParser::parseMatching(const GiftSpan &body, Question &q)
{
    // Every line of the block must start a pair with '='; Moodle would silently glue a line without
    // one onto the pair above.
    bool atLineStart = true;
    for (qsizetype i = body.begin(); i < body.end(); ++i) {
        const GiftCell &c = body.at(i);
        if (!c.escaped && c.ch == u'\n') {
            atLineStart = true;
        } else if (atLineStart && !QChar::isSpace(c.ch)) {
            if (c.escaped || c.ch != u'=') {
                m_sink.error(c, QStringLiteral("this line of the matching question does not start with '=': "
                                               "write every pair as =left -> right"));
                return false;
            }
            atLineStart = false;
        }
    }
    int scored = 0;
    const bool ok = forEachGiftPiece(body, u"=", [&](const GiftPiece &piece) {
        if (piece.marker < 0)
            return true;   // only white space: the line check above saw to that
        const GiftCell &marker = body.at(piece.marker);
        const GiftSpan content = piece.content.trimmed();
        if (content.isEmpty()) {
            m_sink.error(marker, markerWithoutText(marker));
            return false;
        }
        const qsizetype arrow = content.indexOf(u"->", content.begin());
        if (arrow < 0) {
            m_sink.error(marker, u"the pair '" + quote(content.toString()) + u"' has no '->' between its two sides");
            return false;
        }
        const MatchPair pair{clean(content.mid(content.begin(), arrow)),
                             content.midFrom(arrow + 2).trimmed().toString()};
        if (pair.right.isEmpty()) {
            m_sink.error(marker, u"the pair '" + quote(pair.left) + u"' has nothing after '->'");
            return false;
        }
        // An empty left side is an extra wrong answer to choose from, as Moodle's matching questions allow.
        if (!pair.left.isEmpty())
            ++scored;
        q.pairs.append(pair);
        return true;
    });
    if (!ok)
        return false;
    if (scored < 2) {
        m_sink.error(m_open, u"a matching question needs at least two pairs, this one has "
                         + QString::number(scored));
        return false;
    }
    q.type = QuestionType::Matching;
    return true;
}

