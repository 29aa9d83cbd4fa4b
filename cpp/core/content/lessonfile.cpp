#include "lessonfile.h"

#include "contentid.h"
#include "contentlimits.h"
#include "courselinks.h"
#include "coursepath.h"
#include "frontmatter.h"
#include "lessonscanner.h"
#include "textfile.h"


std::optional<Lesson> LessonFile::read(const QString &path, LoadDepth depth, const CoursePath *course,
                                       Diagnostics *diagnostics, int *idLine)
{
    if (depth == LoadDepth::Full) {
        TextFile file;
        if (!file.read(path, path, diagnostics))
            return std::nullopt;
        return parse(file.text(), path, depth, course, diagnostics, idLine);
    }
    // The catalogue never needs a lesson's text: it counts words and cards on the UTF-8 bytes (checking
    // them on the way) and decodes only the front matter. That is most of why it is cheaper than a full load.
    QByteArray bytes;
    if (!TextFile::readBytes(path, path, diagnostics, &bytes))
        return std::nullopt;
    const qsizetype bom = QByteArrayView(bytes).startsWith(TextFile::bom) ? 3 : 0;
    const QByteArrayView content = QByteArrayView(bytes).sliced(bom);
    int bodyLine = 1;
    const qsizetype blockEnd = FrontMatter::blockEnd(content, &bodyLine);
    LessonScan scan;
    TextFile head;
    FrontMatter frontMatter;
    Diagnostics found;
    if (blockEnd < 0 || !LessonScanner::scanUtf8(content.sliced(blockEnd), bodyLine, &scan)
        || !head.decode(bytes.left(bom + blockEnd), path, nullptr)
        || !frontMatter.parse(head.text(), path, &found) || frontMatter.bodyOffset() != head.text().size()) {
        // A file without a closed front matter block or with bad UTF-8 goes the long way, which reports it.
        TextFile file;
        if (!file.decode(bytes, path, diagnostics))
            return std::nullopt;
        return parse(file.text(), path, depth, course, diagnostics, idLine);
    }
    if (diagnostics)
        diagnostics->append(found);
    return build(frontMatter, scan, {}, path, depth, course, diagnostics, idLine);
}

std::optional<Lesson> LessonFile::parse(QStringView text, const QString &path, LoadDepth depth,
                                        const CoursePath *course, Diagnostics *diagnostics, int *idLine)
{
    FrontMatter frontMatter;
    if (!frontMatter.parse(text, path, diagnostics))
        return std::nullopt;
    const QStringView body = text.sliced(frontMatter.bodyOffset());
    return build(frontMatter, LessonScanner::scan(body, frontMatter.bodyLine()), body, path, depth, course,
                 diagnostics, idLine);
}

std::optional<Lesson> LessonFile::build(const FrontMatter &frontMatter, const LessonScan &scan, QStringView body,
                                        const QString &path, LoadDepth depth, const CoursePath *course,
                                        Diagnostics *diagnostics, int *idLine)
{
    Diagnostics ignored;
    if (!diagnostics)
        diagnostics = &ignored;
    if (const FrontMatterEntry *pattern = frontMatter.find(u"pattern")) {
        diagnostics->append(Diagnostic::error(path, pattern->line, 1,
            QStringLiteral("this is a breathing exercise (it has a pattern), not a lesson: list it under "
                           "\"breathing:\" in module.md, not under \"lessons:\"")));
        return std::nullopt;
    }
    static const QSet<QString> known{QStringLiteral("id"), QStringLiteral("title")};
    frontMatter.warnUnknownKeys(known, path, diagnostics);

    Lesson lesson;
    lesson.path = path;
    lesson.id = frontMatter.string(u"id", true, path, diagnostics);
    lesson.title = frontMatter.string(u"title", true, path, diagnostics);
    ContentId::check(lesson.id, frontMatter, path, diagnostics);
    const FrontMatterEntry *idEntry = frontMatter.find(u"id");
    if (idLine)
        *idLine = idEntry ? idEntry->line : 1;
    bool usable = !lesson.id.isEmpty() && !lesson.title.isEmpty();

    lesson.bodyLine = frontMatter.bodyLine();
    lesson.wordCount = scan.words;
    lesson.minutes = Lesson::readingMinutes(scan.words);

    // Cards as the --- lines make them, empty ones included (each of those would be a warning), checked
    // before anything else: nothing more of such a lesson is looked at, its links could be as many.
    if (const int limit = ContentLimits::maxCardsPerLesson; scan.cards.size() > limit) {
        diagnostics->append(ContentLimits::tooMany(path, scan.cards.at(limit).line, 1, QStringLiteral("the lesson"),
            scan.cards.size(), QStringLiteral("cards"), limit, QStringLiteral("split it into several lessons")));
        return std::nullopt;
    }
    int number = 0;   // counted as the author sees them in the file, empty ones included
    bool overBounds = false;   // then its links are not checked: there could be any number of them
    QStringList cards;
    for (const auto &card : scan.cards) {
        ++number;
        if (card.empty) {
            // Only worth a word between cards: a body ending in `---` is a common, harmless slip.
            if (number > 1 && number < scan.cards.size())
                diagnostics->append(Diagnostic::warning(path, card.line, 1,
                    QStringLiteral("card ") + QString::number(number)
                        + QStringLiteral(" is empty (two --- lines with nothing between them); it is left out")));
            continue;
        }
        ++lesson.cardCount;
        if (const QString tooLarge = ContentLimits::markdownTooLarge({card.characters, card.marks},
                QStringLiteral("card ") + QString::number(number), QStringLiteral("split it with a --- line"));
            !tooLarge.isEmpty()) {
            diagnostics->append(Diagnostic::error(path, card.line, 1, tooLarge));
            usable = false;
            overBounds = true;
            continue;
        }
        if (card.words > maxCardWords)
            diagnostics->append(Diagnostic::warning(path, card.line, 1,
                QStringLiteral("card ") + QString::number(number) + QStringLiteral(" has ")
                    + QString::number(card.words) + QStringLiteral(" words; keep a card at most ")
                    + QString::number(maxCardWords)
                    + QStringLiteral(" words so that it fits a phone screen (split it with a --- line)")));
        if (depth == LoadDepth::Full)
            cards.append(LessonScanner::cardText(body, card));
    }
    if (lesson.cardCount == 0) {
        diagnostics->append(Diagnostic::error(path, lesson.bodyLine, 1,
            QStringLiteral("the lesson has no text after its front matter")));
        usable = false;
    } else if (scan.words > maxLessonWords) {
        diagnostics->append(Diagnostic::warning(path, 1, 1,
            QStringLiteral("the lesson takes ") + QString::number(lesson.minutes, 'f', 1)
                + QStringLiteral(" minutes to read (") + QString::number(scan.words)
                + QStringLiteral(" words); aim for at most 3 minutes (540 words), or split it into two lessons")));
    }

    if (depth == LoadDepth::Full) {
        if (course && !overBounds)   // images and links: what they may point at (CourseLinks)
            CourseLinks::check(body, frontMatter.bodyLine(), 1, *course, path, maxImageBytes, diagnostics);
        LessonBody lessonBody;
        lessonBody.markdown = body.toString();
        if (lessonBody.markdown.contains(u'\r'))
            lessonBody.markdown.remove(u'\r');
        lessonBody.cards = std::move(cards);
        lesson.body = std::move(lessonBody);
    }
    if (!usable)
        return std::nullopt;
    return lesson;
}

LessonBody loadLessonBody(const Lesson &lesson, Diagnostics *diagnostics)
{
    if (lesson.body)
        return *lesson.body;
    // Warnings were given when the catalogue was read; only what stops the lesson from showing matters here.
    Diagnostics found;
    const std::optional<Lesson> full = LessonFile::read(lesson.path, LoadDepth::Full, nullptr, &found);
    if (diagnostics) {
        for (const auto &diagnostic : std::as_const(found)) {
            if (diagnostic.isError())
                diagnostics->append(diagnostic);
        }
    }
    if (!full || !full->body)
        return {};
    return *full->body;
}
