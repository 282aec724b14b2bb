#include "HttpResponse.h"

#include "ProtocolConstants.h"
#include "SyncError.h"

namespace motcua::sync {

QString HttpResponse::serverCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

Error HttpResponse::failure() const
{
    if (!answered())
        return error;
    const QString code = serverCode();
    const QString detail = QStringLiteral("HTTP %1 %2").arg(status).arg(code);
    if (status == 429)
        return {QLatin1String(sync_error::RateLimited), detail};
    if (status >= 500)
        return {QLatin1String(sync_error::ServerError), detail};
    if (status == 401 && code == QLatin1String(protocol::code::InvalidCredentials))
        return {QLatin1String(sync_error::CredentialsRefused), detail};
    return {QLatin1String(sync_error::HttpStatus), detail};
}

} // namespace motcua::sync
