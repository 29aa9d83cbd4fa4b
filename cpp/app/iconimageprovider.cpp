// Renders and tints the SVG icons for QML (see the header).
#include "iconimageprovider.h"

#include <QColor>
#include <QFile>
#include <QLoggingCategory>
#include <QPainter>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSvgRenderer>

Q_LOGGING_CATEGORY(lcIcons, "pausa.icons")

namespace {

// The glyph size Material draws its icons at, used when QML asks for no size.
constexpr int defaultIconSize = 24;
// An icon larger than this is a mistake (or a hostile size): refuse rather than allocate it.
constexpr int maximumIconSize = 1024;

// The resource file of an icon name, or an empty string. Names are plain words, so an id cannot
// reach any other resource.
QString iconFile(const QString &name)
{
    static const QRegularExpression plainName(QStringLiteral("^[a-z0-9_]+$"));
    if (!plainName.match(name).hasMatch())
        return {};
    for (const QString &folder : {QStringLiteral(":/icons/material/"), QStringLiteral(":/icons/")}) {
        const QString file = folder + name + QStringLiteral(".svg");
        if (QFile::exists(file))
            return file;
    }
    return {};
}

} // namespace

IconImageProvider::IconImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage IconImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString name = id.section(QLatin1Char('/'), 0, 0);
    const QString colourText = id.section(QLatin1Char('/'), 1, 1);
    const QString file = iconFile(name);
    if (file.isEmpty()) {
        qCWarning(lcIcons) << "no icon named" << name;
        return {};
    }
    QSvgRenderer renderer(file);
    if (!renderer.isValid()) {
        qCWarning(lcIcons) << "the icon" << name << "is not a valid SVG";
        return {};
    }

    // A width or height of 0 asks for the other one's size; nothing asked: Material's 24 px.
    const int width = requestedSize.width() > 0 ? requestedSize.width()
                    : requestedSize.height() > 0 ? requestedSize.height() : defaultIconSize;
    const int height = requestedSize.height() > 0 ? requestedSize.height() : width;
    if (width > maximumIconSize || height > maximumIconSize) {
        qCWarning(lcIcons) << "the icon" << name << "was asked for at" << width << "x" << height;
        return {};
    }
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    if (!colourText.isEmpty()) {
        const QColor colour(QLatin1Char('#') + colourText);
        if (colour.isValid()) {
            // Keep the icon's shape (its alpha) and paint it all in the colour.
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), colour);
        } else {
            qCWarning(lcIcons) << "the icon" << name << "has no colour" << colourText;
        }
    }
    painter.end();
    if (size)
        *size = image.size();
    return image;
}

void IconImageProvider::install(QQmlEngine *engine)
{
    engine->addImageProvider(QStringLiteral("icon"), new IconImageProvider);
}

QIcon IconImageProvider::appIcon()
{
    return QIcon(QStringLiteral(":/icons/pausa.svg"));
}
