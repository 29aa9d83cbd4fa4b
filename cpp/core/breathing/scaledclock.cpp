#include "scaledclock.h"

#include <cmath>

namespace {
constexpr double MinScale = 0.01;
}

ScaledClock::ScaledClock(const Clock &base, double scale)
    : m_base(base)
    , m_scale(qMax(MinScale, scale))
    , m_baseOriginMs(base.nowMs())
{
}

qint64 ScaledClock::nowMs() const
{
    const qint64 baseElapsed = m_base.nowMs() - m_baseOriginMs;
    return m_originMs + static_cast<qint64>(std::floor(static_cast<double>(baseElapsed) * m_scale));
}

void ScaledClock::setScale(double scale)
{
    scale = qMax(MinScale, scale);
    if (scale == m_scale)
        return;
    m_originMs = nowMs();
    m_baseOriginMs = m_base.nowMs();
    m_scale = scale;
}
