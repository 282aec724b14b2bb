#pragma once

#include "Credentials.h"
#include "HttpResponse.h"
#include "Result.h"

#include <QDateTime>
#include <functional>

namespace motcua::sync {

class RegistryHttp;

// The desk's bearer token (SYNC-PROTOCOL.md §3): obtained from the credentials, renewed when less than
// a minute of it is left on the *server's* clock, and renewed once when a request answers 401
// token_expired/token_invalid. Never renewed in a loop.
class AuthSession
{
public:
    static constexpr qint64 kRenewMarginMs = 60 * 1000;

    AuthSession(RegistryHttp& http, Credentials credentials);

    // A usable token, fetching one when needed. Errors: sync.credentials_refused, transport errors.
    Status ensure();
    void invalidate() { m_token.clear(); }

    // Sends `call(token)`; on a 401 for the token, gets a new one and sends once more.
    HttpResponse send(const std::function<HttpResponse(const QString& token)>& call);

    const QString& agencyId() const { return m_agencyId; }
    const QString& deskId() const { return m_credentials.deskId; }
    int tokensIssued() const { return m_tokensIssued; }
    QDateTime expiresAt() const { return m_expiresAt; }

private:
    Status fetch();

    RegistryHttp& m_http;
    Credentials m_credentials;
    QString m_token;
    QDateTime m_expiresAt; // server clock
    QString m_agencyId;
    int m_tokensIssued = 0;
};

} // namespace motcua::sync
