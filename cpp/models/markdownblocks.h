#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

// Markdown of a course (a lesson card, a quiz question) as the blocks QML's MarkdownBlocks shows
// (CardBlocks::split): a list of { kind: "text" or "quote", text (Markdown), plainText },
// { kind: "image", source (URL, empty when the image may not be shown), size (upright, empty when
// unreadable), alt } and { kind: "table", header: [cell], rows: [[cell]], align: [Qt::Alignment per
// column] } (MarkdownTables::split; a cell is { text, plainText } as a text block, each row as many
// cells as the header). Images follow CourseLinks: only files of the course are loaded; a refused one has
// no source, so the view shows its "image missing" line. A text block's Markdown is the one Qt is given
// (CourseLinks::forDisplay): its images are allowed course files or their alternative text, raw HTML is
// text. That is checked with Qt's own Markdown parser; text that fails the check is shown literally.
namespace MarkdownBlocks {

// The URL relative references in a course's Markdown resolve against: its folder, with a trailing
// slash (":/…" resources as qrc:).
QUrl folderUrl(const QString &courseFolder);
// The folder back from folderUrl(); empty for any other URL.
QString courseFolder(const QUrl &folderUrl);

QVariantList blocks(const QString &markdown, const QString &courseFolder);

// `markdown` made safe for a Label's Markdown (see above); `imageUrls` are the only images it may load.
QString displayText(const QString &markdown, const QString &courseFolder);
// Whether Qt's Markdown reading of `markdown` loads no image outside `imageUrls` and takes no raw HTML.
bool loadsOnly(const QString &markdown, const QStringList &imageUrls);

} // namespace MarkdownBlocks
