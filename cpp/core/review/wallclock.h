#pragma once

#include <QDateTime>
#include <QtGlobal>

// The calendar time spaced review runs on: UTC milliseconds since the epoch. The app reads the system
// clock; tests and the Quick test harness move a FakeWallClock by days in a millisecond.
class WallClock
{
public:
    virtual ~WallClock() = default;
    virtual qint64 nowUtcMs() const = 0;
};

class SystemWallClock final : public WallClock
{
public:
    qint64 nowUtcMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A wall clock that only moves when told to.
class FakeWallClock final : public WallClock
{
public:
    explicit FakeWallClock(qint64 startMs) : m_nowMs(startMs) {}
    qint64 nowUtcMs() const override { return m_nowMs; }
    void advanceMs(qint64 ms) { m_nowMs += qMax<qint64>(0, ms); }

private:
    qint64 m_nowMs;
};
