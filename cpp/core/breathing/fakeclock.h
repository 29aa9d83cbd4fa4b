#pragma once

#include "clock.h"

// A clock that only moves when told to, for tests and simulations.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 0) : m_nowMs(startMs) {}

    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = qMax(m_nowMs, ms); }   // monotonic, like the real one
    void advanceMs(qint64 ms) { m_nowMs += qMax<qint64>(0, ms); }

private:
    qint64 m_nowMs;
};
