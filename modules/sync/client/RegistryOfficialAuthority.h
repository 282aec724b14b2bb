#pragma once

#include "AuthSession.h"
#include "OnlineAuthority.h"
#include "RegistryHttp.h"

namespace motcua::sync {

// The registry vouching for officials (SYNC-PROTOCOL.md §3.1): POST /v1/officials:verify with the desk's
// bearer token. Only a clear answer counts: 200 accepted with a known role → Accepted, 401
// auth.official_refused → Refused. Anything else (no network, timeout, 429/503/5xx, the desk's own
// credentials refused, an answer of the wrong shape) → Unreachable, so the cached verifier decides
// offline: an official must not be kept out of the desk by the registry's bad day.
//
// Blocking: made and used on the sign-in worker thread, never on the GUI thread.
class RegistryOfficialAuthority : public security::OnlineAuthority
{
public:
    // Shorter than a sync pass's timeout: the official is waiting at the login dialog.
    static constexpr int kDefaultTimeoutMs = 8000;

    RegistryOfficialAuthority(RegistryEndpoint endpoint, Credentials deskCredentials,
                              int timeoutMs = kDefaultTimeoutMs);

    Answer verify(const QString& login, const security::SecretBytes& password) override;

private:
    RegistryHttp m_http;
    AuthSession m_auth;
};

} // namespace motcua::sync
