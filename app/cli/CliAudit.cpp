#include "CliAudit.h"

#include "AuditTrail.h"

namespace motcua::cli {

QString cliActor()
{
    return QStringLiteral("cli:") + qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

Status recordCliAccess(Database& db, const char* action, const QString& dossierUuid, const QString& dossierCode,
                       const QString& detail)
{
    security::AuditEntry entry;
    entry.actor = cliActor();
    entry.role = QStringLiteral("cli");
    entry.action = QString::fromLatin1(action);
    entry.dossierUuid = dossierUuid;
    entry.dossierCode = dossierCode;
    entry.detail = detail;
    if (auto stored = security::AuditTrail(db).append(entry); !stored)
        return stored.error();
    return Status::success();
}

} // namespace motcua::cli
