#pragma once

#include "diagnostic.h"

#include <QString>
#include <QStringList>
#include <QStringView>

class CoursePath;

// What a course's Markdown (lesson cards, [markdown] quiz questions) may point at. Courses come from
// many authors, so their content is untrusted input:
// - An image is a file of the course: a relative reference (against the course folder), inside the
//   folder with symbolic links resolved, a regular file (not a folder, a pipe or a device), at most
//   maxImageFileBytes. Nothing else is ever loaded: not a web address (a tracking beacon, network use
//   while the learner thinks the app is offline), not a file elsewhere on the disk.
// - A link opens only for https:, http: and mailto:, or when it is a file of the course (relative,
//   against the course folder like images). A '#' anchor stays where it is. Every other scheme
//   (file:, javascript:, smb:, …) is refused.
// - Raw HTML is shown as text: Qt would otherwise load its images and swallow the rest of the card.
namespace CourseLinks {

constexpr qint64 maxImageFileBytes = 16 * 1024 * 1024;

struct Verdict
{
    enum class Kind { Refused, Web, CourseFile, Anchor };
    Kind kind = Kind::Refused;
    QString address;   // Web: the address; CourseFile: the file's path
    QString error;     // Refused: why, in words for the author
    bool ok() const { return kind != Kind::Refused; }
};

Verdict image(const CoursePath &course, const QString &target);
Verdict link(const CoursePath &course, const QString &target);

// A course file's URL as Qt loads it: file:///… (percent-encoded), or qrc:/… for a resource.
QString fileUrl(const QString &path);

// `markdown` as the app hands it to Qt's Markdown: every image an allowed course file (written as its
// absolute URL, which `imageUrls` gets) or else its alternative text; raw HTML escaped, shown as text.
QString forDisplay(QStringView markdown, const CoursePath &course, QStringList *imageUrls = nullptr);

// HTML-like question text (GIFT's Moodle and [html] formats, shown as Qt's styled text) with every
// <img> an allowed course file (its absolute URL) or else its alternative text.
QString htmlForDisplay(const QString &html, const CoursePath &course);

// `check`'s part: every image, link and raw HTML of a lesson body (or a quiz question) that breaks the
// rules above, at its line and column. `firstLine` is the file line the text starts on, `firstColumn`
// the column of its first line; an image over `warnImageBytes` is a warning.
void check(QStringView markdown, int firstLine, int firstColumn, const CoursePath &course, const QString &path,
           qint64 warnImageBytes, Diagnostics *diagnostics);

} // namespace CourseLinks
