#pragma once

#include <QDateTime>
#include <QString>

namespace motcua::security {

// One row of the audit trail: who did what to which dossier, when. `detail` says more about the act
// (the form printed, the export's purpose) and, like every field here, never holds personal data:
// dossiers are named by uuid and code only.
struct AuditEntry
{
    qint64 seq = 0; // 1, 2, 3, … without gaps: the chain's order
    QDateTime occurredAt;
    QString actor; // login of the official, or "system"
    QString role;  // role id at the time
    QString action;
    QString dossierUuid;
    QString dossierCode;
    QString detail;
    QString prevHash; // hex SHA-256 of the previous row (64 zeros for the first)
    QString hash;     // hex SHA-256(prev hash ‖ canonical row)
};

} // namespace motcua::security
