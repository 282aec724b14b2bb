#pragma once

#include <QtGlobal>

namespace motcua::sync {

// Exponential backoff with jitter that never gives up: the delay doubles per attempt up to a cap, and a
// random share of it is taken away so that many desks coming back online don't retry in lock-step.
class Backoff
{
public:
    static constexpr qint64 kBaseMs = 2000;
    static constexpr qint64 kTransientCapMs = 15 * 60 * 1000; // network, 5xx, 429
    static constexpr qint64 kPermanentCapMs = 60 * 60 * 1000; // rejected entries: someone must act

    // Delay before attempt number `attempts + 1`, given `attempts` failed ones (>= 1). `unit` in [0, 1)
    // picks the jitter: the result lies in [delay / 2, delay]. `retryAfterMs` (>= 0) is a floor.
    static qint64 delayMs(int attempts, bool permanent, double unit, qint64 retryAfterMs = -1);
    // The same with a random jitter.
    static qint64 delayMs(int attempts, bool permanent, qint64 retryAfterMs = -1);
};

} // namespace motcua::sync
