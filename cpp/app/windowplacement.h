#pragma once

#include <QObject>
#include <QRect>
#include <QSize>

class QWindow;

// Where the main window opens and what it remembers: the learner's last size and place (QSettings,
// "window/geometry" and "window/maximized"), or a default size centred, always fitted inside the
// screen's available area (a fixed 1280x800 window was cut off on a 360x740 screen). Desktop only:
// on a phone the system gives the window the whole screen.
class WindowPlacement : public QObject
{
    Q_OBJECT

public:
    // `wanted` made no larger than `available` and moved inside it.
    static QRect fitted(QRect wanted, const QRect &available);
    // The saved geometry on the screen it was on, or `defaultSize` centred on the primary screen;
    // fitted to that screen's available area. Call after the QGuiApplication exists.
    static QRect initialGeometry(const QSize &defaultSize);
    static bool initiallyMaximized();

    // Follows `window` (and is deleted with it), saving its normal size and place and whether it was
    // maximized whenever it is hidden and when the application quits.
    static void remember(QWindow *window);

private:
    explicit WindowPlacement(QWindow *window);
    void noteGeometry();
    void save() const;

    QWindow *m_window;
    QRect m_normalGeometry;
};
