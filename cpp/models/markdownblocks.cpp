#include "markdownblocks.h"

#include "content/cardblocks.h"

#include <QDir>
#include <QImageReader>

namespace {

// An image's size as it will be shown (turned upright as its EXIF orientation says), read from its
// header only; empty when the file cannot be read. Known before the image is decoded, it lets the
// view keep the image's place and decode a large photo at the size it is shown at.
QSize imageSize(const QUrl &url)
{
    const QString path = url.scheme() == u"qrc" ? u':' + url.path() : url.toLocalFile();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
        size.transpose();
    return size.isValid() ? size : QSize();
}

} // namespace

namespace MarkdownBlocks {

QUrl folderUrl(const QString &courseFolder)
{
    if (courseFolder.startsWith(u":/"))
        return QUrl(QStringLiteral("qrc") + courseFolder + u'/');
    return QUrl::fromLocalFile(QDir(courseFolder).absolutePath() + u'/');
}

QVariantList blocks(const QString &markdown, const QUrl &baseUrl)
{
    QVariantList blocks;
    for (const CardBlock &block : CardBlocks::split(markdown)) {
        if (block.kind == CardBlock::Kind::Image) {
            const QUrl source = baseUrl.resolved(QUrl(block.target));
            blocks.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("image")},
                                      {QStringLiteral("source"), source},
                                      {QStringLiteral("size"), imageSize(source)},
                                      {QStringLiteral("alt"), block.alt}});
        } else {
            const bool quote = block.kind == CardBlock::Kind::Quote;
            blocks.append(QVariantMap{{QStringLiteral("kind"), quote ? QStringLiteral("quote") : QStringLiteral("text")},
                                      {QStringLiteral("text"), block.markdown},
                                      {QStringLiteral("plainText"), CardBlocks::plainText(block.markdown)}});
        }
    }
    return blocks;
}

} // namespace MarkdownBlocks
