#include "markdownrefs.h"

#include "lessonscanner.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

using Definitions = QHash<QString, QString>;   // normalised label -> target

// A label as CommonMark matches it: case folded, inner white space collapsed.
QString normalisedLabel(QStringView label)
{
    return label.toString().simplified().toCaseFolded();
}

QString unescaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size() && text[i + 1].unicode() < 128 && text[i + 1].isPunct())
            ++i;
        out.append(text[i]);
    }
    return out;
}

qsizetype backtickRun(QStringView line, qsizetype at)
{
    qsizetype end = at;
    while (end < line.size() && line[end] == u'`')
        ++end;
    return end - at;
}

// The end of the code span opened by the backtick run at `at` (after its closing run), or -1.
qsizetype codeSpanEnd(QStringView line, qsizetype at)
{
    const qsizetype length = backtickRun(line, at);
    for (qsizetype i = at + length; i < line.size();) {
        if (line[i] != u'`') {
            ++i;
            continue;
        }
        const qsizetype run = backtickRun(line, i);
        if (run == length)
            return i + run;
        i += run;
    }
    return -1;
}

// The ']' that closes the '[' at `open`, or -1.
qsizetype closingBracket(QStringView line, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\') {
            ++i;
        } else if (c == u'`') {
            const qsizetype end = codeSpanEnd(line, i);
            i = (end < 0 ? i + backtickRun(line, i) : end) - 1;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

struct Destination
{
    qsizetype targetStart = 0;
    QString target;
    qsizetype end = 0;   // after the closing ')'
};

// "(target "title")" starting at the '(' at `open`.
bool parseDestination(QStringView line, qsizetype open, Destination *out)
{
    qsizetype i = open + 1;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    out->targetStart = i;
    if (i < line.size() && line[i] == u'<') {
        const qsizetype close = line.indexOf(u'>', i + 1);
        if (close < 0 || line.sliced(i + 1, close - i - 1).contains(u'<'))
            return false;
        out->targetStart = i + 1;
        out->target = unescaped(line.sliced(i + 1, close - i - 1));
        i = close + 1;
    } else {
        int depth = 0;
        const qsizetype start = i;
        for (; i < line.size(); ++i) {
            const QChar c = line[i];
            if (c == u'\\' && i + 1 < line.size()) {
                ++i;
            } else if (c == u'(') {
                ++depth;
            } else if (c == u')') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c.isSpace() || c.unicode() < 0x20) {
                break;
            }
        }
        out->target = unescaped(line.sliced(start, i - start));
    }
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    if (i < line.size() && (line[i] == u'"' || line[i] == u'\'' || line[i] == u'(')) {
        const QChar close = line[i] == u'(' ? QChar(u')') : line[i];
        for (++i; i < line.size() && line[i] != close; ++i) {
            if (line[i] == u'\\')
                ++i;
        }
        if (i >= line.size())
            return false;
        ++i;
        while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
    }
    if (i >= line.size() || line[i] != u')')
        return false;
    out->end = i + 1;
    return true;
}

// An image at the "![" at `at`: inline, full, collapsed or shortcut reference.
bool parseImage(QStringView line, qsizetype at, const Definitions &definitions, MarkdownRef *ref)
{
    const qsizetype close = closingBracket(line, at + 1);
    if (close < 0)
        return false;
    ref->kind = MarkdownRef::Kind::Image;
    ref->start = at;
    ref->text = line.sliced(at + 2, close - at - 2).toString();
    Destination destination;
    if (close + 1 < line.size() && line[close + 1] == u'(' && parseDestination(line, close + 1, &destination)) {
        ref->end = destination.end;
        ref->targetStart = destination.targetStart;
        ref->target = destination.target;
        return true;
    }
    QStringView label = line.sliced(at + 2, close - at - 2);
    ref->end = close + 1;
    if (close + 1 < line.size() && line[close + 1] == u'[') {
        const qsizetype labelEnd = line.indexOf(u']', close + 2);
        if (labelEnd < 0)
            return false;
        if (labelEnd > close + 2)
            label = line.sliced(close + 2, labelEnd - close - 2);
        ref->end = labelEnd + 1;
    }
    const auto found = definitions.constFind(normalisedLabel(label));
    if (found == definitions.constEnd())
        return false;
    ref->targetStart = at;
    ref->target = found.value();
    return true;
}

bool parseAutolink(QStringView line, qsizetype at, MarkdownRef *ref)
{
    static const QRegularExpression uri(QStringLiteral(R"(\G<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>\x00-\x1f]*)>)"));
    static const QRegularExpression email(QStringLiteral(
        R"(\G<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*)>)"));
    for (const QRegularExpression *re : {&uri, &email}) {
        const QRegularExpressionMatch match = re->match(line, at);
        if (match.hasMatch()) {
            ref->kind = MarkdownRef::Kind::Autolink;
            ref->start = at;
            ref->end = match.capturedEnd(0);
            ref->targetStart = at + 1;
            ref->target = re == &email ? QStringLiteral("mailto:") + match.captured(1) : match.captured(1);
            return true;
        }
    }
    return false;
}

// The references in one line of text (not code), offsets in the line.
void findInLine(QStringView line, const Definitions &definitions, QList<MarkdownRef> *refs)
{
    QList<std::pair<qsizetype, qsizetype>> skips;   // the "(target)" of links whose text is being read
    for (qsizetype i = 0; i < line.size();) {
        if (!skips.isEmpty() && i >= skips.constLast().first) {
            i = std::max(i, skips.constLast().second);
            skips.removeLast();
            continue;
        }
        const QChar c = line[i];
        if (c == u'\\') {
            i += 2;
        } else if (c == u'`') {
            const qsizetype end = codeSpanEnd(line, i);
            i = end < 0 ? i + backtickRun(line, i) : end;
        } else if (c == u'!' && i + 1 < line.size() && line[i + 1] == u'[') {
            MarkdownRef ref;
            if (parseImage(line, i, definitions, &ref)) {
                refs->append(ref);
                i = ref.end;
            } else {
                refs->append(MarkdownRef{MarkdownRef::Kind::ImageMark, i, i + 1, i, {}, {}});
                ++i;
            }
        } else if (c == u'[') {
            const qsizetype close = closingBracket(line, i);
            Destination destination;
            if (close > i && close + 1 < line.size() && line[close + 1] == u'('
                && parseDestination(line, close + 1, &destination)) {
                refs->append(MarkdownRef{MarkdownRef::Kind::Link, i, destination.end, destination.targetStart,
                                         destination.target, line.sliced(i + 1, close - i - 1).toString()});
                skips.append({close + 1, destination.end});
            }
            ++i;
        } else if (c == u'<') {
            MarkdownRef ref;
            if (parseAutolink(line, i, &ref)) {
                refs->append(ref);
                i = ref.end;
                continue;
            }
            if (i + 1 < line.size() && (line[i + 1].isLetter() || line[i + 1] == u'/' || line[i + 1] == u'!'
                                        || line[i + 1] == u'?'))
                refs->append(MarkdownRef{MarkdownRef::Kind::Html, i, i + 1, i, {}, {}});
            ++i;
        } else {
            ++i;
        }
    }
}

} // namespace

namespace MarkdownRefs {

QList<MarkdownRef> find(QStringView markdown)
{
    static const QRegularExpression definition(
        QStringLiteral(R"(^ {0,3}\[((?:[^\]\\]|\\.)+)\]:[ \t]*(<[^<>\n]*>|\S+))"));
    struct Line
    {
        QStringView text;
        qsizetype offset;
    };
    QList<Line> lines;
    CodeFence fences;
    qsizetype offset = 0;
    for (QStringView line : markdown.split(u'\n')) {
        QStringView text = line.endsWith(u'\r') ? line.chopped(1) : line;
        if (fences.consume(text) == CodeFence::Line::Text)
            lines.append(Line{text, offset});
        offset += line.size() + 1;
    }

    QList<MarkdownRef> refs;
    Definitions definitions;
    QList<qsizetype> definitionLines;
    for (const Line &line : std::as_const(lines)) {
        // Only a line that opens with '[' (after up to three spaces) can be a definition: the
        // expression is too costly to run on every line of a course (a third of a full load).
        qsizetype indent = 0;
        while (indent < 3 && indent < line.text.size() && line.text[indent] == u' ')
            ++indent;
        if (indent >= line.text.size() || line.text[indent] != u'[')
            continue;
        const QRegularExpressionMatch match = definition.match(line.text);
        if (!match.hasMatch())
            continue;
        QString target = match.captured(2);
        qsizetype targetStart = match.capturedStart(2);
        if (target.startsWith(u'<')) {
            target = target.mid(1, target.size() - 2);
            ++targetStart;
        }
        target = unescaped(target);
        const QString label = normalisedLabel(match.capturedView(1));
        if (!definitions.contains(label))   // the first definition of a label wins
            definitions.insert(label, target);
        refs.append(MarkdownRef{MarkdownRef::Kind::Definition, line.offset, line.offset + match.capturedEnd(0),
                                line.offset + targetStart, target, match.captured(1)});
        definitionLines.append(line.offset);
    }
    for (const Line &line : std::as_const(lines)) {
        if (definitionLines.contains(line.offset))
            continue;
        const qsizetype first = refs.size();
        findInLine(line.text, definitions, &refs);
        for (qsizetype i = first; i < refs.size(); ++i) {
            refs[i].start += line.offset;
            refs[i].end += line.offset;
            refs[i].targetStart += line.offset;
        }
    }
    std::stable_sort(refs.begin(), refs.end(),
                     [](const MarkdownRef &a, const MarkdownRef &b) { return a.start < b.start; });
    return refs;
}

bool hasScheme(QStringView target, QString *scheme)
{
    qsizetype i = 0;
    while (i < target.size() && target[i].unicode() < 128
           && (target[i].isLetterOrNumber() || target[i] == u'+' || target[i] == u'.' || target[i] == u'-'))
        ++i;
    const bool found = i >= 2 && i < target.size() && target[i] == u':' && target[0].isLetter();
    if (found && scheme)
        *scheme = target.first(i).toString().toLower();
    return found;
}

} // namespace MarkdownRefs
