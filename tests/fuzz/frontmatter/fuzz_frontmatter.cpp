// libFuzzer harness for everything a course .md file goes through before the app sees it: the UTF-8
// check, the front matter block, the lesson body scanner, lessons (and their cards' blocks) and
// breathing exercises. Any bytes in:
// no crash, no leak, no undefined behaviour, and the promises below hold (including path confinement). The catalogue reads a lesson's
// bytes and the full load its decoded text, so the two paths are checked to agree exactly.
#include "content/breathingfile.h"
#include "content/cardblocks.h"
#include "content/coursepath.h"
#include "content/frontmatter.h"
#include "content/lessonfile.h"
#include "content/lessonscanner.h"
#include "content/textfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_frontmatter: broken promise: %s\n", what);
        std::abort();
    }
}

void checkPositions(const Diagnostics &diagnostics, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (const Diagnostic &d : diagnostics) {
        check(!d.message.isEmpty(), "diagnostic has a message");
        check(d.line >= 0 && d.line <= lines.size() + 1, "diagnostic line inside the file");
        if (d.line >= 1 && d.line <= lines.size())
            check(d.column >= 1 && d.column <= lines[d.line - 1].size() + 1, "diagnostic column inside its line");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QStringLiteral("fuzz.md");

    // UTF-8: Qt's decoder and our locator of the first bad byte must agree on what is valid.
    TextFile file;
    Diagnostics decodeDiagnostics;
    const bool decoded = file.decode(bytes, path, &decodeDiagnostics);
    int badLine = 0;
    int badColumn = 0;
    check(decoded == !TextFile::findInvalidUtf8(bytes, &badLine, &badColumn), "UTF-8 check agrees with Qt");
    if (!decoded) {
        check(decodeDiagnostics.size() == 1 && decodeDiagnostics.first().line == badLine, "one error at the bad byte");
        check(badLine >= 1 && badColumn >= 1, "bad byte position is 1-based");
        return 0;
    }
    const QString &text = file.text();
    const QByteArrayView content = QByteArrayView(bytes).sliced(bytes.startsWith(TextFile::bom) ? 3 : 0);

    // Front matter: positions inside the file, and the byte-level block finder agrees with the parser.
    FrontMatter frontMatter;
    Diagnostics diagnostics;
    const bool parsed = frontMatter.parse(text, path, &diagnostics);
    checkPositions(diagnostics, text);
    int bodyLine = 0;
    const qsizetype blockEnd = FrontMatter::blockEnd(content, &bodyLine);
    check(parsed == (blockEnd >= 0), "blockEnd finds a block exactly when parse does");
    if (parsed) {
        check(frontMatter.bodyOffset() <= text.size(), "body inside the text");
        check(frontMatter.bodyLine() == bodyLine, "same body line from bytes and text");
        check(frontMatter.bodyOffset() == QString::fromUtf8(content.first(blockEnd)).size(), "same block end");
        for (const auto &entry : frontMatter.entries()) {
            check(!entry.key.isEmpty(), "entry has a key");
            check(entry.items.size() == entry.itemLines.size() && entry.items.size() == entry.itemColumns.size(),
                  "one position per list item");
        }
        frontMatter.string(u"id", true, path, &diagnostics);
        frontMatter.list(u"lessons", path, &diagnostics);
        frontMatter.warnUnknownKeys({QStringLiteral("id")}, path, &diagnostics);

        // The body scanner: text (full load) and bytes (catalogue) give the same figures.
        const QStringView body = QStringView(text).sliced(frontMatter.bodyOffset());
        const LessonScan fromText = LessonScanner::scan(body, frontMatter.bodyLine());
        LessonScan fromBytes;
        check(LessonScanner::scanUtf8(content.sliced(blockEnd), bodyLine, &fromBytes), "valid bytes scan");
        check(fromText.words == fromBytes.words, "same word count");
        check(fromText.cards.size() == fromBytes.cards.size(), "same cards");
        for (qsizetype i = 0; i < fromText.cards.size(); ++i) {
            check(fromText.cards[i].words == fromBytes.cards[i].words, "same card words");
            check(fromText.cards[i].characters == fromBytes.cards[i].characters, "same card characters");
            check(fromText.cards[i].marks == fromBytes.cards[i].marks, "same card marks");
            check(fromText.cards[i].line == fromBytes.cards[i].line, "same card line");
            check(fromText.cards[i].empty == fromBytes.cards[i].empty, "same empty cards");
            check(fromText.cards[i].begin <= fromText.cards[i].end && fromText.cards[i].end <= body.size(),
                  "card inside the body");
            LessonScanner::cardText(body, fromText.cards[i]);
        }
    }

    // Whole lessons and breathing exercises never crash and report positions inside the file.
    Diagnostics lessonDiagnostics;
    const std::optional<Lesson> lesson = LessonFile::parse(text, path, LoadDepth::Full, nullptr, &lessonDiagnostics);
    checkPositions(lessonDiagnostics, text);
    if (lesson) {
        check(!lesson->id.isEmpty() && lesson->cardCount > 0, "a usable lesson has an id and a card");
        check(lesson->body && lesson->body->cards.size() == lesson->cardCount, "one text per card");
        // How the reader cuts each card into text, quotes and images, and reads it aloud.
        for (const QString &card : lesson->body->cards) {
            for (const CardBlock &block : CardBlocks::split(card)) {
                check(block.kind == CardBlock::Kind::Image ? !block.target.isEmpty() : !block.markdown.isEmpty(),
                      "a block has something in it");
                CardBlocks::plainText(block.markdown);
            }
        }
    }
    CardBlocks::plainText(text);
    Diagnostics breathingDiagnostics;
    const std::optional<BreathingPattern> pattern = BreathingFile::parse(text, path, &breathingDiagnostics);
    checkPositions(breathingDiagnostics, text);
    if (pattern) {
        check(!pattern->phases.isEmpty(), "a usable pattern has phases");
        for (const auto &phase : pattern->phases)
            check(phase.seconds >= 1 && phase.seconds <= 20, "phase seconds in range");
    }
    // Path confinement: whatever the reference, an accepted path lies inside the course folder.
    const CoursePath course(QStringLiteral("/nonexistent/kurs"));
    const CoursePath::Resolved resolved = course.resolve(text.section(u'\n', 0, 0), {}, false);
    check(resolved.ok() != resolved.path.isEmpty(), "a path or an error");
    if (resolved.ok())
        check(resolved.path.startsWith(QStringLiteral("/nonexistent/kurs/")) && !resolved.path.contains(QStringLiteral("/../")),
              "a resolved path stays in the course folder");

    QList<BreathingPhase> phases;
    BreathingFile::parsePattern(QStringView(text).first(std::min<qsizetype>(text.size(), 200)), path, 1, 1, &phases,
                                nullptr);
    return 0;
}
