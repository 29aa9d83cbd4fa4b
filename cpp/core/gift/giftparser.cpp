#include "giftparser.h"

#include "giftanswerparser.h"
#include "giftsink.h"
#include "gifttext.h"

#include "content/contentlimits.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace {

// Appends one trimmed line to a question's cells, resolving GIFT's escapes (\~ \= \# \{ \} \: \\ and
// \n for a newline, as Moodle does); any other backslash is kept as text.
void appendLine(GiftCells &cells, QStringView line, int lineNumber, qsizetype from, qsizetype to)
{
    int column = 1;
    for (qsizetype i = 0; i < from; ++i) {
        if (!(line.at(i).isLowSurrogate() && i > 0 && line.at(i - 1).isHighSurrogate()))
            ++column;
    }
    for (qsizetype i = from; i < to; ++i) {
        const char16_t ch = line.at(i).unicode();
        if (ch == u'\\' && i + 1 < to) {
            const char16_t next = line.at(i + 1).unicode();
            static constexpr QStringView escapable = u"~=#{}:\\";
            if (escapable.contains(QChar(next)) || next == u'n') {
                cells.push_back(GiftCell{next == u'n' ? u'\n' : next, true, lineNumber, column});
                column += 2;
                ++i;
                continue;
            }
        }
        // The second half of a surrogate pair shares its character's column.
        const bool secondHalf = QChar::isLowSurrogate(ch) && i > from && line.at(i - 1).isHighSurrogate();
        cells.push_back(GiftCell{ch, false, lineNumber, secondHalf ? column - 1 : column});
        if (!secondHalf)
            ++column;
    }
}

// Turns the cells of one question (its non-blank, non-comment lines) into a Question.
class QuestionReader
{
public:
    QuestionReader(GiftSink &sink, const GiftCells &cells)
        : m_sink(sink)
        , m_all(&cells, 0, qsizetype(cells.size()))
    {
    }

    bool read(Question &q)
    {
        GiftSpan rest = m_all;
        if (rest.isSyntax(rest.begin(), u':') && rest.isSyntax(rest.begin() + 1, u':')) {
            const qsizetype close = rest.indexOf(u"::", rest.begin() + 2);
            if (close < 0) {
                m_sink.error(rest.first(), QStringLiteral("the title that starts here is never closed: "
                                                          "end it with '::'"));
                return false;
            }
            q.title = rest.mid(rest.begin() + 2, close).trimmed().toString();
            rest = rest.midFrom(close + 2).trimmed();
        }
        if (!findAnswerBlock(rest))
            return false;
        if (m_open < 0) {
            q.type = QuestionType::Description;
            q.stem = GiftAnswerParser::stripFormatTag(rest.toString().trimmed(), &q.format);
        } else {
            // Moodle's missing-word form: text after the block means the block stands for a blank.
            const GiftSpan after = rest.midFrom(m_close + 1);
            QString stem = rest.mid(rest.begin(), m_open).toString();
            if (!after.trimmed().isEmpty())
                stem += u"_____" + after.toString();
            q.stem = GiftAnswerParser::stripFormatTag(stem.trimmed(), &q.format);
            GiftAnswerParser answers(m_sink);
            if (!answers.parse(rest.mid(m_open + 1, m_close), rest.at(m_open), q))
                return false;
        }
        if (q.stem.isEmpty()) {
            m_sink.error(m_all.first(), QStringLiteral("this question has no text"));
            return false;
        }
        return true;
    }

private:
    // Finds the one answer block in a single scan; stops at the first brace that cannot be right.
    bool findAnswerBlock(const GiftSpan &text)
    {
        for (qsizetype i = text.begin(); i < text.end(); ++i) {
            const GiftCell &c = text.at(i);
            if (c.escaped)
                continue;
            if (c.ch == u'{') {
                if (m_open < 0) {
                    m_open = i;
                } else if (m_close < 0) {
                    m_sink.error(c, u"'{' inside the answer block opened on line " + position(text.at(m_open))
                                     + u": write \\{ for a literal brace, or close that block with '}' first");
                    return false;
                } else {
                    m_sink.error(c, QStringLiteral("a second answer block in one question: a question has one "
                                                   "answer block; separate questions with a blank line, or "
                                                   "write \\{ for a literal brace"));
                    return false;
                }
            } else if (c.ch == u'}') {
                if (m_open < 0 || m_close >= 0) {
                    m_sink.error(c, QStringLiteral("'}' without an answer block to close: write \\} for a "
                                                   "literal brace"));
                    return false;
                }
                m_close = i;
            }
        }
        if (m_open >= 0 && m_close < 0) {
            m_sink.error(text.endPosition(), u"the answer block opened on line "
                             + QString::number(text.at(m_open).line)
                             + u" is never closed: add a '}' after its last answer (a blank line ends a question)");
            return false;
        }
        return true;
    }

    static QString position(const GiftCell &c)
    {
        return QString::number(c.line) + u" (column " + QString::number(c.column) + u')';
    }

    GiftSink &m_sink;
    GiftSpan m_all;
    qsizetype m_open = -1;
    qsizetype m_close = -1;
};

// An untitled question's id: "q-" and the first 8 hex digits of its stem's SHA-1, or more digits when
// those 8 (32 bits) are already another stem's: in a bank of 100,000 questions two stems share them
// more often than not. The first keeps the short id (progress is stored by id), the next gets 16 digits
// (then all 40). Only the same stem twice is a duplicate.
QString derivedId(const QString &stem, const QHash<QString, QString> &stemOfDerivedId)
{
    const QByteArray hash = QCryptographicHash::hash(stem.toUtf8(), QCryptographicHash::Sha1).toHex();
    QString id;
    for (const int digits : {8, 16, 40}) {
        id = u"q-" + QString::fromLatin1(hash.left(digits));
        const auto taken = stemOfDerivedId.constFind(id);
        if (taken == stemOfDerivedId.constEnd() || taken.value() == stem)
            break;
    }
    return id;
}

// What makes a read question too much for the quiz page, in words for the author; empty when nothing.
QString outOfBounds(const Question &q)
{
    const qsizetype answers = q.choices.size() + q.pairs.size() + q.numbers.size();
    if (answers > ContentLimits::maxAnswersPerQuestion)
        return QStringLiteral("the question has ") + QString::number(answers) + QStringLiteral(" answers; at most ")
            + QString::number(ContentLimits::maxAnswersPerQuestion) + QStringLiteral(" are allowed, so cut it down");
    if (q.format == TextFormat::Markdown)
        return ContentLimits::markdownTooLarge(ContentLimits::measureMarkdown(q.stem), QStringLiteral("the question"),
                                               QStringLiteral("shorten it"));
    return {};
}

} // namespace

GiftParseResult parseGift(const QString &text, const QString &path)
{
    GiftSink sink;
    sink.path = path;
    QList<Question> questions;
    QHash<QString, int> firstLineOfId;
    QHash<QString, QString> stemOfDerivedId;
    QString category;
    GiftCells cells;
    int blocks = 0;
    bool tooManyQuestions = false;

    auto finishQuestion = [&] {
        if (cells.empty())
            return;
        if (++blocks > ContentLimits::maxQuestionsPerQuiz) {
            // Parsing stops here and the quiz is refused whole, so the app shows none of it, as check says.
            sink.diagnostics.append(ContentLimits::tooMany(path, cells.front().line, cells.front().column,
                QStringLiteral("the quiz"), -1, QStringLiteral("questions"), ContentLimits::maxQuestionsPerQuiz,
                QStringLiteral("split it into the quizzes of several modules")));
            tooManyQuestions = true;
            cells.clear();
            return;
        }
        Question q;
        q.line = cells.front().line;
        q.category = category;
        QuestionReader reader(sink, cells);
        if (reader.read(q)) {
            if (const QString problem = outOfBounds(q); !problem.isEmpty()) {
                sink.error(cells.front(), problem);
                cells.clear();
                return;
            }
            q.id = q.title.isEmpty() ? derivedId(q.stem, stemOfDerivedId) : q.title;
            if (q.title.isEmpty() && !stemOfDerivedId.contains(q.id))
                stemOfDerivedId.insert(q.id, q.stem);
            const auto first = firstLineOfId.constFind(q.id);
            if (first != firstLineOfId.constEnd()) {
                sink.error(cells.front(), u"duplicate question id '" + q.id + u"' (first on line "
                                              + QString::number(first.value()) + u')');
            } else {
                if (q.title.isEmpty())
                    sink.warning(cells.front(), QStringLiteral("this question has no title, so its id is made from "
                        "its text and editing the text loses learners' progress on it: add ::title:: before it"));
                firstLineOfId.insert(q.id, q.line);
                questions.append(q);
            }
        }
        cells.clear();
    };

    QStringView all(text);
    if (all.startsWith(QChar(0xFEFF)))
        all = all.mid(1);   // the loader removes it; tolerate one anyway
    int lineNumber = 0;
    qsizetype start = 0;
    while (start <= all.size() && !tooManyQuestions) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        QStringView line = all.mid(start, end - start);
        const qsizetype lineStart = start;
        start = end + 1;
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        // Moodle trims every line; a blank line ends a question, a "//" line is dropped.
        qsizetype from = 0;
        qsizetype to = line.size();
        while (from < to && line.at(from).isSpace())
            ++from;
        while (to > from && line.at(to - 1).isSpace())
            --to;
        const QStringView trimmed = line.mid(from, to - from);
        if (trimmed.isEmpty()) {
            finishQuestion();
        } else if (trimmed.startsWith(u"//")) {
            continue;
        } else if (cells.empty() && trimmed.startsWith(u"$CATEGORY:")) {
            category = trimmed.mid(10).trimmed().toString();
        } else {
            // Grow geometrically, but at least by this line: a 1 MiB line costs one allocation.
            const size_t needed = cells.size() + size_t(to - from) + 1;
            if (needed > cells.capacity())
                cells.reserve(std::max(needed, 2 * cells.capacity()));
            if (!cells.empty())
                cells.push_back(GiftCell{u'\n', false, cells.back().line, cells.back().column + 1});
            appendLine(cells, line, lineNumber, from, to);
        }
        if (lineStart == all.size())
            break;
    }
    finishQuestion();
    if (tooManyQuestions)
        questions.clear();

    if (blocks == 0)
        sink.error(GiftCell{u' ', false, 1, 1}, QStringLiteral("the quiz has no questions"));
    return GiftParseResult{questions, sink.diagnostics};
}
