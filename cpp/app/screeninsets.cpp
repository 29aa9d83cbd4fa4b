#include "screeninsets.h"

#include <QQuickWindow>
#include <QScreen>

#include <algorithm>

QMargins ScreenInsets::outside(const QRect &window, const QRect &available)
{
    if (!window.isValid() || !available.isValid())
        return {};
    return QMargins(std::max(0, available.left() - window.left()), std::max(0, available.top() - window.top()),
                    std::max(0, window.right() - available.right()),
                    std::max(0, window.bottom() - available.bottom()));
}

void ScreenInsets::apply(QQuickWindow *window)
{
    auto *insets = new ScreenInsets(window);
    insets->update();
}

ScreenInsets::ScreenInsets(QQuickWindow *window)
    : QObject(window)
    , m_window(window)
{
    connect(window, &QWindow::xChanged, this, &ScreenInsets::update);
    connect(window, &QWindow::yChanged, this, &ScreenInsets::update);
    connect(window, &QWindow::widthChanged, this, &ScreenInsets::update);
    connect(window, &QWindow::heightChanged, this, &ScreenInsets::update);
    connect(window, &QWindow::screenChanged, this, [this](QScreen *screen) {
        if (screen)
            connect(screen, &QScreen::availableGeometryChanged, this, &ScreenInsets::update, Qt::UniqueConnection);
        update();
    });
    if (QScreen *screen = window->screen())
        connect(screen, &QScreen::availableGeometryChanged, this, &ScreenInsets::update, Qt::UniqueConnection);
}

void ScreenInsets::update()
{
    const QScreen *screen = m_window->screen();
    const QMargins margins = screen ? outside(m_window->geometry(), screen->availableGeometry()) : QMargins();
    m_window->setProperty("insetTop", margins.top());
    m_window->setProperty("insetBottom", margins.bottom());
    m_window->setProperty("insetLeft", margins.left());
    m_window->setProperty("insetRight", margins.right());
}
