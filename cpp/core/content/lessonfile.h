#pragma once

#include "diagnostic.h"
#include "lesson.h"
#include "loaddepth.h"

#include <QString>
#include <QStringView>

#include <optional>

class CoursePath;
class FrontMatter;
struct LessonScan;

// Reads one lesson file: front matter (id, title), reading figures and, for a full load, the cards.
class LessonFile
{
public:
    static constexpr int maxCardWords = 120;
    static constexpr int maxLessonWords = 540;   // 3 minutes at 180 words a minute
    // A lesson image larger than this is worth a warning: it makes the app bigger to download and slow
    // to show on a phone, where a figure is at most about 700 px wide (a 1500 px JPEG is ~300 KB).
    static constexpr qint64 maxImageBytes = 600 * 1024;

    // Returns nothing when the lesson cannot be shown (errors reported). With LoadDepth::Full and a
    // `course`, links to course files are checked too. `idLine` gets the line of the id.
    static std::optional<Lesson> read(const QString &path, LoadDepth depth, const CoursePath *course,
                                      Diagnostics *diagnostics, int *idLine = nullptr);
    // The same from text already read.
    static std::optional<Lesson> parse(QStringView text, const QString &path, LoadDepth depth,
                                       const CoursePath *course, Diagnostics *diagnostics, int *idLine = nullptr);

private:
    // The lesson from its front matter and scanned body; `body` (the text) is needed for LoadDepth::Full only.
    static std::optional<Lesson> build(const FrontMatter &frontMatter, const LessonScan &scan, QStringView body,
                                       const QString &path, LoadDepth depth, const CoursePath *course,
                                       Diagnostics *diagnostics, int *idLine);
};

// The cards of a lesson listed by the catalogue, read when the learner opens it. Problems (the file
// changed or vanished since) are reported; the body is empty then.
LessonBody loadLessonBody(const Lesson &lesson, Diagnostics *diagnostics = nullptr);
