#pragma once

#include "SecretBytes.h"

#include <QString>
#include <functional>
#include <memory>

namespace motcua::security {

// Who vouches for registry accounts when the desk is online: the provincial registry
// (/v1/officials:verify, implemented by the sync module's RegistryOfficialAuthority) or, in tests, a
// fake (docs/SECURITY.md "Accounts").
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

// Makes an authority for one sign-in attempt, on the sign-in worker thread (it may read settings and the
// keychain, which block). Null when nobody can vouch (no registry configured): registry accounts are then
// checked against their cached verifier only. Must capture nothing that lives on another thread.
using OnlineAuthorityFactory = std::function<std::unique_ptr<OnlineAuthority>()>;

} // namespace motcua::security
