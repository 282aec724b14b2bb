#include "LockoutPolicy.h"

#include <algorithm>

namespace motcua::security {

int LockoutPolicy::lockSeconds(int failures) const
{
    if (failures < freeAttempts || freeAttempts < 1)
        return 0;
    qint64 seconds = baseLockSeconds;
    for (int i = freeAttempts; i < failures && seconds < maxLockSeconds; ++i)
        seconds *= 2;
    return int(std::min<qint64>(seconds, maxLockSeconds));
}

QDateTime LockoutPolicy::lockedUntil(int failures, const QDateTime& now) const
{
    const int seconds = lockSeconds(failures);
    return seconds > 0 ? now.addSecs(seconds) : QDateTime();
}

} // namespace motcua::security
