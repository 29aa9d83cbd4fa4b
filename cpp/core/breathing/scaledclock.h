#pragma once

#include "clock.h"

// A clock that runs `scale` times faster than another one, so a UI test can run a whole breathing
// cycle in under a second. Changing the scale keeps the time continuous (no jump).
class ScaledClock final : public Clock
{
public:
    explicit ScaledClock(const Clock &base, double scale = 1.0);

    qint64 nowMs() const override;
    double rate() const override { return m_scale; }

    double scale() const { return m_scale; }
    void setScale(double scale);

private:
    const Clock &m_base;
    double m_scale;
    qint64 m_originMs = 0;       // this clock's time at the last rebase
    qint64 m_baseOriginMs = 0;   // the base clock's time at the last rebase
};
