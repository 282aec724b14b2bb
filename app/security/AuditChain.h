#pragma once

#include "AuditEntry.h"

#include <QByteArray>
#include <QString>

namespace motcua::security {

// The hash chain of the audit trail: hash = SHA-256(prev hash ‖ canonical row), so changing, inserting
// or removing a row breaks every link after it. The canonical row is an unambiguous byte string:
// a version tag, then every field as "<byte length>:<UTF-8 bytes>;" in a fixed order (seq, time in
// ms since the epoch, actor, role, action, dossier uuid, dossier code, detail). The prev hash enters
// as its 32 raw bytes.
class AuditChain
{
public:
    static QString genesisHash(); // 64 zeros
    static QByteArray canonicalRow(const AuditEntry& entry);
    static QString hashOf(const QString& prevHash, const AuditEntry& entry);
};

} // namespace motcua::security
