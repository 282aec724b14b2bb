#include "RegistryOfficialAuthority.h"

#include "ProtocolConstants.h"
#include "SyncLog.h"

#include <QJsonObject>

namespace motcua::sync {

namespace {

bool isKnownRole(const QString& role)
{
    return role == QLatin1String("official") || role == QLatin1String("supervisor") ||
           role == QLatin1String("trainer") || role == QLatin1String("administrator");
}

security::OnlineAuthority::Answer unreachable()
{
    return {};
}

} // namespace

RegistryOfficialAuthority::RegistryOfficialAuthority(RegistryEndpoint endpoint, Credentials deskCredentials,
                                                     int timeoutMs)
    : m_http(std::move(endpoint), timeoutMs), m_auth(m_http, std::move(deskCredentials))
{}

security::OnlineAuthority::Answer RegistryOfficialAuthority::verify(const QString& login,
                                                                    const security::SecretBytes& password)
{
    // The JSON body needs the password as text; it lives only as long as this request.
    const QJsonObject body{{QStringLiteral("login"), login},
                           {QStringLiteral("password"), QString::fromUtf8(password.view())}};
    const HttpResponse r = m_auth.send([&](const QString& token) {
        return m_http.postJson(QLatin1String(protocol::kPathOfficialsVerify), body, token);
    });
    // Codes and statuses only: the login may be a mistyped password, the body holds the password.
    if (!r.answered()) {
        qCInfo(lcSync) << "official sign-in: registry unreachable:" << r.error.code;
        return unreachable();
    }
    if (r.status == 401 && r.serverCode() == QLatin1String(protocol::code::OfficialRefused))
        return {Outcome::Refused, {}, {}};
    if (r.status != 200) {
        qCInfo(lcSync) << "official sign-in: registry answered" << r.status << r.serverCode();
        return unreachable();
    }
    const QString displayName = r.json.value(QStringLiteral("displayName")).toString().trimmed();
    const QString role = r.json.value(QStringLiteral("role")).toString();
    if (r.json.value(QStringLiteral("accepted")) != QJsonValue(true) || displayName.isEmpty() || !isKnownRole(role)) {
        qCWarning(lcSync) << "official sign-in: the registry's answer has the wrong shape";
        return unreachable();
    }
    return {Outcome::Accepted, displayName, role};
}

} // namespace motcua::sync
