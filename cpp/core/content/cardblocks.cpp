#include "cardblocks.h"

#include "lessonscanner.h"

#include <QRegularExpression>

namespace {

// A line that is one image and nothing else: ![alt](target) or ![alt](target "title").
const QRegularExpression &imageLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}!\[([^\]]*)\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)\s*$)"));
    return re;
}

// A line of a block quote: up to three spaces, then '>'.
const QRegularExpression &quoteLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}> ?)"));
    return re;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

void appendMarkdown(QList<CardBlock> *blocks, const QStringList &lines)
{
    const QString text = lines.join(u'\n').trimmed();
    if (!text.isEmpty())
        blocks->append(CardBlock{CardBlock::Kind::Markdown, text, {}, {}});
}

QString inlinePlain(QString line)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression autolink(QStringLiteral(R"(<((?:https?|mailto):[^>]*)>)"));
    static const QRegularExpression underscores(QStringLiteral(R"((?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}]))"));
    // An escaped mark (\*) is a literal character: hidden in the Private Use Area while the markup
    // is removed, then put back.
    constexpr char16_t hidden = 0xE000;
    for (qsizetype at = line.indexOf(u'\\'); at >= 0 && at + 1 < line.size(); at = line.indexOf(u'\\', at + 1)) {
        const char16_t next = line.at(at + 1).unicode();
        if (next < 128 && (QChar::isPunct(next) || QChar::isSymbol(next)))
            line.replace(at, 2, QChar(char16_t(hidden + next)));
    }
    line.replace(image, QStringLiteral("\\1"));
    line.replace(link, QStringLiteral("\\1"));
    line.replace(autolink, QStringLiteral("\\1"));
    line.remove(u'*');
    line.remove(u'`');
    line.replace(underscores, QString());
    for (QChar &c : line) {
        if (c.unicode() > hidden && c.unicode() < hidden + 128)
            c = QChar(char16_t(c.unicode() - hidden));
    }
    return line;
}

} // namespace

namespace CardBlocks {

QList<CardBlock> split(QStringView card)
{
    QList<CardBlock> blocks;
    const QList<QStringView> lines = card.split(u'\n');
    QStringList pending;   // Markdown lines not yet in a block
    CodeFence fences;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (fences.consume(line) != CodeFence::Line::Text) {
            pending.append(line.toString());
            continue;
        }
        const bool paragraphStart = pending.isEmpty() || isBlank(pending.constLast());
        if (paragraphStart && quoteLine().match(line.toString()).hasMatch()) {
            // A quote that is a paragraph of its own: all its lines start with '>', a blank line (or the
            // card's end) follows.
            qsizetype end = i;
            while (end < lines.size() && quoteLine().match(lines.at(end).toString()).hasMatch())
                ++end;
            if (end == lines.size() || isBlank(lines.at(end))) {
                appendMarkdown(&blocks, pending);
                pending.clear();
                QStringList quoted;
                for (qsizetype q = i; q < end; ++q) {
                    QString text = lines.at(q).toString();
                    if (text.endsWith(u'\r'))
                        text.chop(1);
                    quoted.append(text.remove(quoteLine()));
                }
                const QString text = quoted.join(u'\n').trimmed();
                if (!text.isEmpty())   // ">" alone quotes nothing: no empty block for the view
                    blocks.append(CardBlock{CardBlock::Kind::Quote, text, {}, {}});
                i = end - 1;
                continue;
            }
        }
        const QRegularExpressionMatch image = imageLine().match(line.toString());
        const bool alone = image.hasMatch() && paragraphStart && (i + 1 == lines.size() || isBlank(lines.at(i + 1)));
        if (!alone) {
            pending.append(line.toString());
            continue;
        }
        appendMarkdown(&blocks, pending);
        pending.clear();
        QString target = image.captured(2);
        if (target.startsWith(u'<') && target.endsWith(u'>'))
            target = target.mid(1, target.size() - 2);
        blocks.append(CardBlock{CardBlock::Kind::Image, {}, target, image.captured(1).trimmed()});
    }
    appendMarkdown(&blocks, pending);
    return blocks;
}

QString plainText(QStringView markdown)
{
    static const QRegularExpression quote(QStringLiteral(R"(^ {0,3}(?:> ?)+)"));
    static const QRegularExpression heading(QStringLiteral(R"(^ {0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$)"));
    static const QRegularExpression bullet(QStringLiteral(R"(^(\s*)[-*+]\s+)"));
    static const QRegularExpression rule(QStringLiteral(R"(^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$)"));
    static const QRegularExpression tableRule(QStringLiteral(R"(^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$)"));

    QStringList out;
    CodeFence fences;
    for (QStringView view : markdown.split(u'\n')) {
        if (view.endsWith(u'\r'))
            view.chop(1);
        const CodeFence::Line kind = fences.consume(view);
        if (kind != CodeFence::Line::Text) {
            if (kind == CodeFence::Line::Code)
                out.append(view.toString());
            continue;
        }
        QString line = view.toString();
        line.remove(quote);
        if (rule.match(line).hasMatch() || tableRule.match(line).hasMatch())
            continue;
        const QRegularExpressionMatch title = heading.match(line);
        if (title.hasMatch())
            line = title.captured(1);
        line.replace(bullet, QStringLiteral("\\1"));
        if (line.trimmed().startsWith(u'|')) {
            QStringList cells = line.trimmed().split(u'|');
            if (!cells.isEmpty() && cells.constFirst().trimmed().isEmpty())
                cells.removeFirst();
            if (!cells.isEmpty() && cells.constLast().trimmed().isEmpty())
                cells.removeLast();
            for (QString &cell : cells)
                cell = cell.trimmed();
            line = cells.join(QStringLiteral(", "));
        }
        line = inlinePlain(line).trimmed();
        if (line.isEmpty() && (out.isEmpty() || out.constLast().isEmpty()))
            continue;
        out.append(line);
    }
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

} // namespace CardBlocks
