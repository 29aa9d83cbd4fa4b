// QuizSession: how the current question's text is shown (its format, its Markdown blocks, the images
// its styled text may load). The rest of the session is in quizsession.cpp.
#include "quizsession.h"

#include "content/courselinks.h"
#include "content/coursepath.h"
#include "markdownblocks.h"

QString QuizSession::stem() const
{
    const Question *q = current();
    const Course *c = course();
    // Styled text loads the images it names: only the course's own files, never the web or the disk.
    if (q && c && (q->format == TextFormat::Moodle || q->format == TextFormat::Html))
        return CourseLinks::htmlForDisplay(q->stem, CoursePath(c->path));
    return q ? q->stem : QString();
}
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
