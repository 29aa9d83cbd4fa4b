#pragma once

#include <QString>
#include <QUrl>
#include <QVariantList>

// Markdown of a course (a lesson card, a quiz question) as the blocks QML's MarkdownBlocks shows
// (CardBlocks::split): a list of { kind: "text" or "quote", text (Markdown), plainText } and
// { kind: "image", source (URL), size (upright, empty when unreadable), alt }.
namespace MarkdownBlocks {

// The URL relative references in a course's Markdown resolve against: its folder, with a trailing
// slash (":/…" resources as qrc:).
QUrl folderUrl(const QString &courseFolder);

QVariantList blocks(const QString &markdown, const QUrl &baseUrl);

} // namespace MarkdownBlocks
