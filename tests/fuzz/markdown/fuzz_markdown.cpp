// libFuzzer harness for the app's side of course Markdown: a lesson's cards (or a quiz's [markdown]
// questions) as the reader gets them -> CardBlocks -> MarkdownBlocks::blocks (what the QML view is given)
// -> Qt's Markdown reader, as the view's Label (textFormat MarkdownText) runs it. Only what the content
// checks accept gets here, as in the app: the bounds of ContentLimits must keep Qt's reader fast (the
// per-input -timeout and -rss_limit_mb of this fuzzer, in tests/fuzz/CMakeLists.txt).
#include "content/cardblocks.h"
#include "content/contentlimits.h"
#include "content/lessonfile.h"
#include "content/textfile.h"
#include "gift/giftparser.h"
#include "markdownblocks.h"

#include <QGuiApplication>
#include <QTextDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// The reader's horizontal list makes the current card and its neighbours; a quiz shows one question.
constexpr int cardsShownAtOnce = 3;

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_markdown: broken promise: %s\n", what);
        std::abort();
    }
}

// What the view does with one card or question: the blocks, then each text block through Qt's reader.
void show(const QString &markdown)
{
    const QVariantList blocks = MarkdownBlocks::blocks(markdown, QStringLiteral("/nonexistent/kurs"));
    for (const QVariant &value : blocks) {
        const QVariantMap block = value.toMap();
        const QString kind = block.value(QStringLiteral("kind")).toString();
        check(kind == u"text" || kind == u"quote" || kind == u"image", "a known kind of block");
        if (kind == u"image") {
            // Only a file of the course is ever loaded; in a course folder with no files, none is.
            check(block.value(QStringLiteral("source")).toUrl().isEmpty(), "an image outside the course has no source");
            continue;
        }
        const QString text = block.value(QStringLiteral("text")).toString();
        check(!text.isEmpty(), "a text block has text");
        QTextDocument document;
        document.setMarkdown(text);
        document.setTextWidth(360);   // a phone's column
        document.size();
    }
}

} // namespace

// Font loading (fontconfig, FreeType, HarfBuzz, Qt's font caches) keeps what it loads for the life of the
// process, and a font first needed by an input (bold, code, a script) is loaded then: not leaks of ours.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\nleak:libfreetype.so\nleak:libharfbuzz.so\nleak:libQt6Gui.so\n";
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Qt's text layout needs a QGuiApplication; the offscreen platform needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "fuzz_markdown";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
    show(QStringLiteral("# Varm-upp\n\n*Fonts* are loaded once, here, not while an input runs."));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TextFile file;
    if (!file.decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.md"),
                     nullptr))
        return 0;
    const QString &text = file.text();

    // As a lesson: only a lesson the checks accept reaches the reader.
    const std::optional<Lesson> lesson =
        LessonFile::parse(text, QStringLiteral("fuzz.md"), LoadDepth::Full, nullptr, nullptr);
    if (lesson && lesson->body) {
        check(lesson->body->cards.size() <= ContentLimits::maxCardsPerLesson, "cards within the bound");
        for (qsizetype i = 0; i < lesson->body->cards.size() && i < cardsShownAtOnce; ++i) {
            const QString &card = lesson->body->cards.at(i);
            const ContentLimits::MarkdownSize measured = ContentLimits::measureMarkdown(card);
            check(measured.characters <= ContentLimits::maxCardCharacters, "card characters within the bound");
            check(measured.marks <= ContentLimits::maxCardMarks, "card marks within the bound");
            show(card);
        }
    }

    // As a quiz: its [markdown] questions are shown as cards are.
    const GiftParseResult quiz = parseGift(text, QStringLiteral("fuzz.gift"));
    check(quiz.questions.size() <= ContentLimits::maxQuestionsPerQuiz, "questions within the bound");
    int shown = 0;
    for (const Question &question : quiz.questions) {
        if (question.format != TextFormat::Markdown || shown == cardsShownAtOnce)
            continue;
        ++shown;
        show(question.stem);
    }
    return 0;
}
