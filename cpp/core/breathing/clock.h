#pragma once

#include <QtGlobal>

// A monotonic time source in milliseconds. The breathing engine reads time only through this, so the
// app runs on a steady clock while tests run ten minutes of breathing in a few milliseconds.
class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds since an arbitrary fixed origin; never goes backwards.
    virtual qint64 nowMs() const = 0;

    // How many clock milliseconds pass per real millisecond. Timers that wait for a clock time divide
    // their delays by it (only a sped-up clock for UI tests returns anything but 1).
    virtual double rate() const { return 1.0; }
};
