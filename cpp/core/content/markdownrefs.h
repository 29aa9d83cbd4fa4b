#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Something in a course's Markdown that points somewhere or that Qt would not show as text: a link, an
// image, an autolink, a link reference definition, raw HTML. Found line by line, outside fenced code
// blocks and code spans, the way authors write them. This is what `check` reports and what the app
// rewrites before Qt's Markdown sees a card; the app does not rely on it alone (MarkdownBlocks checks
// the rewritten text with Qt's own parser).
struct MarkdownRef
{
    enum class Kind {
        Link,         // [text](target)
        Image,        // ![alt](target), or ![alt][label] / ![alt] with a definition of the label
        Autolink,     // <scheme:…> or <name@host> (target "mailto:name@host")
        Definition,   // [label]: target
        Html,         // '<' that starts a tag, a comment or a declaration (start .. start + 1)
        ImageMark,    // "![" that does not start an image here (start .. start + 1 is the '!')
    };
    Kind kind = Kind::Link;
    qsizetype start = 0;         // the construct in the text, UTF-16 offsets
    qsizetype end = 0;
    qsizetype targetStart = 0;   // where the target is written (a reference image: its '!')
    QString target;              // backslash escapes resolved, angle brackets removed
    QString text;                // an image's alternative text, a link's text, as written
};

namespace MarkdownRefs {

// Everything above in `markdown`, in order of their start.
QList<MarkdownRef> find(QStringView markdown);

// Whether `target` starts with a URL scheme ("https:", "mailto:"; one letter would be a Windows
// drive); `scheme` gets it in lower case.
bool hasScheme(QStringView target, QString *scheme = nullptr);

} // namespace MarkdownRefs
