#pragma once

#include <QDateTime>

namespace motcua::security {

// Back-off after repeated sign-in failures: the first `freeAttempts` failures cost nothing, then each
// further failure locks the account for twice as long as the previous one, up to `maxLockSeconds`.
// With the defaults: 5 failures → 30 s, 6 → 1 min, 7 → 2 min, … capped at 1 h. An administrator can
// lift a lock (motcua-cli user unlock).
struct LockoutPolicy
{
    int freeAttempts = 5;
    int baseLockSeconds = 30;
    int maxLockSeconds = 3600;

    // When the account stays locked after its `failures`-th consecutive failure at `now`; invalid when
    // that failure does not lock it.
    QDateTime lockedUntil(int failures, const QDateTime& now) const;
    int lockSeconds(int failures) const;
};

} // namespace motcua::security
