#include "windowplacement.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWindow>

#include <algorithm>

namespace {
constexpr auto GeometryKey = "window/geometry";
constexpr auto MaximizedKey = "window/maximized";
} // namespace

QRect WindowPlacement::fitted(QRect wanted, const QRect &available)
{
    if (!available.isValid())
        return wanted;
    wanted.setWidth(std::min(wanted.width(), available.width()));
    wanted.setHeight(std::min(wanted.height(), available.height()));
    const int x = std::clamp(wanted.x(), available.left(), available.right() - wanted.width() + 1);
    const int y = std::clamp(wanted.y(), available.top(), available.bottom() - wanted.height() + 1);
    wanted.moveTo(x, y);
    return wanted;
}

QRect WindowPlacement::initialGeometry(const QSize &defaultSize)
{
    const QRect saved = QSettings().value(QLatin1String(GeometryKey)).toRect();
    QScreen *screen = saved.isValid() ? QGuiApplication::screenAt(saved.center()) : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    if (saved.isValid() && saved.width() > 0 && saved.height() > 0)
        return fitted(saved, available);
    QRect centred(QPoint(), defaultSize.boundedTo(available.isValid() ? available.size() : defaultSize));
    if (available.isValid())
        centred.moveCenter(available.center());
    return fitted(centred, available);
}

bool WindowPlacement::initiallyMaximized()
{
    return QSettings().value(QLatin1String(MaximizedKey), false).toBool();
}

void WindowPlacement::remember(QWindow *window)
{
    new WindowPlacement(window);
}

WindowPlacement::WindowPlacement(QWindow *window)
    : QObject(window)
    , m_window(window)
    , m_normalGeometry(window->geometry())
{
    connect(window, &QWindow::xChanged, this, &WindowPlacement::noteGeometry);
    connect(window, &QWindow::yChanged, this, &WindowPlacement::noteGeometry);
    connect(window, &QWindow::widthChanged, this, &WindowPlacement::noteGeometry);
    connect(window, &QWindow::heightChanged, this, &WindowPlacement::noteGeometry);
    connect(window, &QWindow::visibleChanged, this, [this](bool visible) {
        if (!visible)
            save();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &WindowPlacement::save);
}

// A maximized or full-screen window's geometry is the screen's; what to restore is the size before.
void WindowPlacement::noteGeometry()
{
    if (m_window->windowStates() == Qt::WindowNoState)
        m_normalGeometry = m_window->geometry();
}

void WindowPlacement::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), m_normalGeometry);
    settings.setValue(QLatin1String(MaximizedKey), m_window->windowStates().testFlag(Qt::WindowMaximized));
}
