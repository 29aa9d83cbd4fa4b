// QuizSession: how the current question's text is shown (its format, its Markdown blocks). The rest of
// the session is in quizsession.cpp.
#include "quizsession.h"

#include "markdownblocks.h"

// (A styled stem's images were limited to the course's own files as the quiz was loaded: CourseLibrary.)
QString QuizSession::stem() const { return current() ? current()->stem : QString(); }
QString QuizSession::stemFormat() const { return current() ? textFormatName(current()->format) : QString(); }

QVariantList QuizSession::stemBlocks() const
{
    const Question *q = current();
    const Course *c = course();
    if (q == nullptr || c == nullptr || q->format != TextFormat::Markdown)
        return {};
    return MarkdownBlocks::blocks(q->stem, c->path);
}
QUrl QuizSession::baseUrl() const { return course() ? MarkdownBlocks::folderUrl(course()->path) : QUrl(); }
