#pragma once

#include "SecretBytes.h"

#include <QString>

namespace motcua::security {

// Who vouches for registry accounts when the desk is online: the provincial registry (or, in tests,
// a fake). The sync protocol v1 only authenticates the desk, so the production adapter is a seam for
// when the registry offers user sign-in (docs/SECURITY.md "Accounts"); until then desks use local
// accounts created by their administrator.
//
// verify() blocks (network): Authenticator calls it on its worker thread.
class OnlineAuthority
{
public:
    enum class Outcome { Accepted, Refused, Unreachable };

    struct Answer
    {
        Outcome outcome = Outcome::Unreachable;
        QString displayName; // as the registry knows the official
        QString role;        // a role id; empty keeps the desk's own
    };

    virtual ~OnlineAuthority() = default;
    virtual Answer verify(const QString& login, const SecretBytes& password) = 0;
};

} // namespace motcua::security
