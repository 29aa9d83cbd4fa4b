#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// One card of a lesson cut into what the reader shows one under another: runs of Markdown, the images
// that stand in a paragraph of their own, and quotes. Qt's Markdown text draws an image at its own pixel
// size, so a photo would run off a phone's card; as a block of its own the reader scales it to the
// column. A quote (in this course, nearly always the customer speaking) only gets an indent from Qt,
// which reads like one more list item; as a block the reader sets it apart. An image inside a line of
// text, or a quote inside a paragraph, stays in the Markdown.
struct CardBlock
{
    enum class Kind { Markdown, Image, Quote };
    Kind kind = Kind::Markdown;
    QString markdown;   // Kind::Markdown: the text, trimmed; Kind::Quote: the quoted Markdown, without '>'
    QString target;     // Kind::Image: the file as written, relative to the course folder
    QString alt;        // Kind::Image: the alternative text
};

namespace CardBlocks {

// The blocks of a card, in order; none for a blank card. Fenced code is never cut.
QList<CardBlock> split(QStringView card);

// Markdown read as plain text, for a screen reader: the markup is dropped (heading marks, emphasis,
// quote marks, bullets, table rules), the words of links and images' alternative texts are kept.
QString plainText(QStringView markdown);

} // namespace CardBlocks
