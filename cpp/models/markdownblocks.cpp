#include "markdownblocks.h"

#include "content/cardblocks.h"
#include "content/courselinks.h"
#include "content/coursepath.h"
#include "content/markdowntable.h"

#include <QDir>
#include <QImageReader>
#include <QTextBlock>
#include <QTextDocument>

namespace {

// An image's size as it will be shown (turned upright as its EXIF orientation says), read from its
// header only; empty when the file cannot be read. Known before the image is decoded, it lets the
// view keep the image's place and decode a large photo at the size it is shown at.
QSize imageSize(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
        size.transpose();
    return size.isValid() ? size : QSize();
}

// A document that never loads a resource: only its structure is looked at.
class InertDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// Every ASCII punctuation character escaped: Qt's Markdown shows the text as it is written.
QString literal(const QString &markdown)
{
    QString out;
    out.reserve(markdown.size() * 2);
    for (const QChar c : markdown) {
        if (c.unicode() < 128 && (c.isPunct() || c.isSymbol()))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

int alignmentFlag(MarkdownTable::Align align)
{
    switch (align) {
    case MarkdownTable::Align::Center:
        return Qt::AlignHCenter;
    case MarkdownTable::Align::Right:
        return Qt::AlignRight;
    case MarkdownTable::Align::Left:
    case MarkdownTable::Align::Default:
        break;
    }
    return Qt::AlignLeft;
}

QVariantMap textBlock(const QString &kind, const QString &markdown, const QString &courseFolder)
{
    return QVariantMap{{QStringLiteral("kind"), kind},
                       {QStringLiteral("text"), MarkdownBlocks::displayText(markdown, courseFolder)},
                       {QStringLiteral("plainText"), CardBlocks::plainText(markdown)}};
}

QVariantList tableCells(const QStringList &cells, const QString &courseFolder)
{
    QVariantList out;
    for (const QString &cell : cells)
        out.append(textBlock(QStringLiteral("cell"), cell, courseFolder));
    return out;
}

QVariantMap tableBlock(const MarkdownTable &table, const QString &courseFolder)
{
    QVariantList rows;
    for (const QStringList &row : table.rows)
        rows.append(QVariant(tableCells(row, courseFolder)));
    QVariantList align;
    for (const MarkdownTable::Align a : table.align)
        align.append(alignmentFlag(a));
    return QVariantMap{{QStringLiteral("kind"), QStringLiteral("table")},
                       {QStringLiteral("header"), tableCells(table.header, courseFolder)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("align"), align}};
}

} // namespace

namespace MarkdownBlocks {

QUrl folderUrl(const QString &courseFolder)
{
    if (courseFolder.startsWith(u":/"))
        return QUrl(QStringLiteral("qrc") + courseFolder + u'/');
    return QUrl::fromLocalFile(QDir(courseFolder).absolutePath() + u'/');
}

QString courseFolder(const QUrl &folderUrl)
{
    QString folder;
    if (folderUrl.scheme() == u"qrc")
        folder = u':' + folderUrl.path();
    else if (folderUrl.isLocalFile())
        folder = folderUrl.toLocalFile();
    while (folder.size() > 2 && folder.endsWith(u'/'))
        folder.chop(1);
    return folder;
}

bool loadsOnly(const QString &markdown, const QStringList &imageUrls)
{
    // The reading a Label does (QTextDocument's default features, GitHub's dialect with HTML).
    InertDocument document;
    document.setMarkdown(markdown);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && !imageUrls.contains(format.toImageFormat().name()))
                return false;
            if (format.hasProperty(QTextFormat::BackgroundImageUrl))
                return false;
        }
    }
    // Raw HTML that took effect: its tags are gone from the text that the same reading without HTML keeps.
    InertDocument withoutHtml;
    withoutHtml.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
                                          | QTextDocument::MarkdownNoHTML);
    return document.toPlainText() == withoutHtml.toPlainText();
}

QString displayText(const QString &markdown, const QString &courseFolder)
{
    QStringList imageUrls;
    const QString text = CourseLinks::forDisplay(markdown, CoursePath(courseFolder), &imageUrls);
    return loadsOnly(text, imageUrls) ? text : literal(markdown);
}

QVariantList blocks(const QString &markdown, const QString &courseFolder)
{
    const CoursePath course(courseFolder);
    QVariantList blocks;
    for (const CardBlock &block : CardBlocks::split(markdown)) {
        if (block.kind == CardBlock::Kind::Image) {
            const CourseLinks::Verdict verdict = CourseLinks::image(course, block.target);
            blocks.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("image")},
                                      {QStringLiteral("source"), verdict.ok() ? QUrl(CourseLinks::fileUrl(verdict.address)) : QUrl()},
                                      {QStringLiteral("size"), verdict.ok() ? imageSize(verdict.address) : QSize()},
                                      {QStringLiteral("alt"), block.alt},
                                      {QStringLiteral("target"), block.target}});
        } else if (block.kind == CardBlock::Kind::Quote) {
            blocks.append(textBlock(QStringLiteral("quote"), block.markdown, courseFolder));
        } else {
            // Tables are drawn by the view (padding, rules, sideways scrolling), not by Qt's Markdown.
            for (const MarkdownPiece &piece : MarkdownTables::split(block.markdown)) {
                blocks.append(piece.isTable ? tableBlock(piece.table, courseFolder)
                                            : textBlock(QStringLiteral("text"), piece.markdown, courseFolder));
            }
        }
    }
    return blocks;
}

} // namespace MarkdownBlocks
