#pragma once

#include "clock.h"

// The real monotonic clock (std::chrono::steady_clock): unaffected by changes of the wall-clock time.
class SteadyClock final : public Clock
{
public:
    qint64 nowMs() const override;
};
