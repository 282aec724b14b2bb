#pragma once

#include "AuditEntry.h"
#include "AuditQuery.h"
#include "AuditVerification.h"
#include "Result.h"

#include <QList>
#include <functional>

namespace motcua {
class Database;
}

namespace motcua::security {

// The hash-chained audit trail in the `audit_log` table of the profile database (migration 2).
//
// Rows are only ever appended (triggers refuse UPDATE and DELETE); append() takes the write lock
// (BEGIN IMMEDIATE, or joins the caller's Transaction) so two connections cannot fork the chain.
// What the chain can and cannot prove is in docs/SECURITY.md ("Audit trail").
class AuditTrail
{
public:
    explicit AuditTrail(Database& db) : m_db(db) {}

    // Appends `entry` (its seq, hashes and, when invalid, its time are filled in) and returns the
    // stored row.
    Result<AuditEntry> append(AuditEntry entry);
    // Mirrors dossier changes recorded in dossier_events (by whichever module) that the trail has not
    // seen yet, as "dossier.<event action>" rows: every change is logged even where the code that made
    // it did not call the audit trail. Returns how many rows were added.
    Result<int> importDossierEvents();

    // Walks the whole chain from the first row; names the first row that does not fit.
    Result<AuditVerification> verify() const;
    Result<QList<AuditEntry>> query(const AuditQuery& query) const;
    // Every row in chain order; `visit` returns false to stop.
    Status forEach(const std::function<bool(const AuditEntry&)>& visit) const;
    Result<qint64> count() const;

    static constexpr const char* kEventsWatermarkKey = "audit.dossier_events_seen";

private:
    Database& m_db;
};

} // namespace motcua::security
