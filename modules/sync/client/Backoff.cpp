#include "Backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace motcua::sync {

qint64 Backoff::delayMs(int attempts, bool permanent, double unit, qint64 retryAfterMs)
{
    const qint64 cap = permanent ? kPermanentCapMs : kTransientCapMs;
    const int exponent = std::clamp(attempts - 1, 0, 30);
    const qint64 full = std::min(cap, kBaseMs << std::min(exponent, 20));
    const double jitter = std::clamp(unit, 0.0, 1.0);
    const qint64 delay = full / 2 + static_cast<qint64>((full - full / 2) * jitter);
    return std::max(delay, retryAfterMs);
}

qint64 Backoff::delayMs(int attempts, bool permanent, qint64 retryAfterMs)
{
    return delayMs(attempts, permanent, QRandomGenerator::global()->generateDouble(), retryAfterMs);
}

} // namespace motcua::sync
