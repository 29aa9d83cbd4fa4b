#pragma once

#include <QIcon>
#include <QQuickImageProvider>

class QQmlEngine;

// Draws Pausa's icons for QML as `image://icon/<name>` or `image://icon/<name>/<colour>`: the SVG
// (a Material icon from :/icons/material/, or the app's own icon from :/icons/) rendered with Qt SVG
// at the size asked for, and, when a colour (hex, "#" left out: rrggbb or aarrggbb) is given, tinted
// in it. Tinting here rather than in a shader: Qt 6.4 has no MultiEffect, and the software renderer
// (offscreen tests, screenshots) draws no ShaderEffect. qml/components/Icon.qml builds the URLs.
class IconImageProvider : public QQuickImageProvider
{
public:
    IconImageProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // Registers a provider as "icon" on the engine (the app, the Quick tests, the screenshot tool).
    static void install(QQmlEngine *engine);
    // The app's own icon, for the window (and the task bar where the desktop shows it).
    static QIcon appIcon();
};
