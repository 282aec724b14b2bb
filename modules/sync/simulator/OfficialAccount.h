#pragma once

#include "Result.h"

#include <QString>

namespace motcua::sync {

// An official the simulator vouches for at /v1/officials:verify (SYNC-PROTOCOL.md §3.1): training and
// test accounts only, given on the command line as LOGIN:PASSWORD:ROLE:Display name.
struct OfficialAccount
{
    QString login;
    QString password;
    QString role; // official, supervisor, trainer or administrator
    QString displayName;

    // The display name is everything after the third colon, so it may hold colons; the password may not.
    static Result<OfficialAccount> parse(const QString& spec);
    static bool isKnownRole(const QString& role);
};

} // namespace motcua::sync
