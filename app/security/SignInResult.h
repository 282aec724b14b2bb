#pragma once

#include "Account.h"
#include "Result.h"

#include <QDateTime>

namespace motcua::security {

// What a sign-in attempt came to. On failure `error.code` is one of security_error's codes; a lock
// (new or still running) sets `lockedUntil` so the screen can count down.
struct SignInResult
{
    Account account; // valid on success
    bool offline = false;
    Error error;
    QDateTime lockedUntil;
    int failedAttempts = 0;

    bool ok() const { return error.code.isEmpty() && account.isValid(); }
    static SignInResult failure(const char* code, QString message)
    {
        SignInResult r;
        r.error = {QLatin1String(code), std::move(message)};
        return r;
    }
};

} // namespace motcua::security
