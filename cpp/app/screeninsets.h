#pragma once

#include <QMargins>
#include <QObject>
#include <QRect>

class QQuickWindow;

// Keeps the window's content clear of the parts of the screen the system draws over (status bar,
// navigation or gesture bar): the window's overlap with what lies outside QScreen::availableGeometry()
// is written to the root object's insetTop/insetBottom/insetLeft/insetRight, which Main.qml pads by.
// Qt 6.4 has no safe-area API (SafeArea and QWindow::safeAreaMargins() are 6.9), so a notch that Qt
// does not take out of the available area is not known here. On a desktop the insets stay 0.
class ScreenInsets : public QObject
{
    Q_OBJECT

public:
    // The margins of `window` that lie outside `available` (both in screen coordinates).
    static QMargins outside(const QRect &window, const QRect &available);

    // Follows `window` (and is deleted with it).
    static void apply(QQuickWindow *window);

private:
    explicit ScreenInsets(QQuickWindow *window);
    void update();

    QQuickWindow *m_window;
};
