#include "AuthSession.h"

#include "ProtocolConstants.h"
#include "ProtocolTime.h"
#include "RegistryHttp.h"
#include "SyncError.h"

namespace motcua::sync {

AuthSession::AuthSession(RegistryHttp& http, Credentials credentials)
    : m_http(http), m_credentials(std::move(credentials))
{}

Status AuthSession::ensure()
{
    if (!m_token.isEmpty() && m_expiresAt.isValid() && m_http.skew().serverNow().msecsTo(m_expiresAt) > kRenewMarginMs)
        return {};
    return fetch();
}

Status AuthSession::fetch()
{
    m_token.clear();
    if (!m_credentials.isComplete())
        return Status::failure(QLatin1String(sync_error::NoCredentials), QStringLiteral("desk id or secret missing"));
    const HttpResponse r =
        m_http.postJson(QLatin1String(protocol::kPathToken), {{QStringLiteral("deskId"), m_credentials.deskId},
                                                              {QStringLiteral("secret"), m_credentials.secret}});
    if (!r.success())
        return r.failure();
    const QString token = r.json.value(QStringLiteral("token")).toString();
    const QDateTime expiresAt = ProtocolTime::parse(r.json.value(QStringLiteral("expiresAt")).toString());
    if (token.isEmpty() || !expiresAt.isValid())
        return Status::failure(QLatin1String(sync_error::BadResponse), QStringLiteral("token answer without token"));
    m_token = token;
    m_expiresAt = expiresAt;
    m_agencyId = r.json.value(QStringLiteral("agencyId")).toString();
    ++m_tokensIssued;
    return {};
}

HttpResponse AuthSession::send(const std::function<HttpResponse(const QString&)>& call)
{
    auto unauthorised = [](const HttpResponse& r) {
        const QString code = r.serverCode();
        return r.answered() && r.status == 401 &&
               (code == QLatin1String(protocol::code::TokenExpired) ||
                code == QLatin1String(protocol::code::TokenInvalid));
    };
    if (Status s = ensure(); !s) {
        HttpResponse failed;
        failed.error = s.error();
        return failed;
    }
    HttpResponse r = call(m_token);
    if (!unauthorised(r))
        return r;
    if (Status s = fetch(); !s) {
        HttpResponse failed;
        failed.error = s.error();
        return failed;
    }
    return call(m_token);
}

} // namespace motcua::sync
