#include "markdownpalette.h"

#include <QGuiApplication>
#include <QPalette>

MarkdownPalette::MarkdownPalette(QObject *parent)
    : QObject(parent)
{
}

QColor MarkdownPalette::linkColor() const
{
    return QGuiApplication::palette().color(QPalette::Link);
}

void MarkdownPalette::setLinkColor(const QColor &color)
{
    if (!color.isValid() || color == linkColor())
        return;
    QPalette palette = QGuiApplication::palette();
    palette.setColor(QPalette::Link, color);   // every colour group: active, inactive, disabled
    QGuiApplication::setPalette(palette);
    m_reread = !m_reread;
    Q_EMIT linkColorChanged();
}

QString MarkdownPalette::rereadSuffix() const
{
    return m_reread ? QStringLiteral("\n") : QString();
}
