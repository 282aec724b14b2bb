#pragma once

#include "OutboxEntry.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace motcua {

class Database;

// The queue of changes waiting for the registry. Entries are written by DossierRepository in the same
// transaction as the change they describe; the sync module drains them through this class.
//
// Order: entries of one dossier are delivered in `sequence` order — an entry is claimable only when
// every earlier entry of its dossier is synced or claimable in the same batch. Dossiers don't wait
// for each other.
//
// Revisions: claimBatch() returns each entry's revision. When the dossier is edited while an entry is
// being sent, the entry goes back to queued with a new revision, and the answer to the old request
// (markSynced/markFailed with the old revision) is ignored with outbox.stale: the entry is simply
// sent again (same idempotency key and payload, so the registry takes it as a repeat).
class Outbox
{
public:
    explicit Outbox(Database& db) : m_db(db) {}

    // Appends an entry for `dossierId` inside the caller's transaction; returns its id.
    Result<qint64> enqueue(qint64 dossierId, qint64 eventId, const QString& idempotencyKey, const QString& kind,
                           const QJsonObject& payload);
    // The same with the payload already serialised as compact UTF-8 JSON.
    Result<qint64> enqueue(qint64 dossierId, qint64 eventId, const QString& idempotencyKey, const QString& kind,
                           const QByteArray& payloadJson);

    // Claims up to `limit` due entries (queued, or failed with nextAttemptAt <= now) in per-dossier
    // order, marks them sending and counts the attempt.
    Result<QList<OutboxEntry>> claimBatch(int limit, const QDateTime& now = QDateTime::currentDateTime());

    Status markSynced(qint64 id, qint64 revision);
    // Records a failed attempt: the reason is shown to the official, the entry is retried at nextAttemptAt.
    Status markFailed(qint64 id, qint64 revision, const QString& reason, const QDateTime& nextAttemptAt);
    // Puts the dossier's entries that are being sent back to queued (new revision). Called by the
    // repository when the dossier is edited; returns how many entries were requeued.
    Result<int> requeueSending(qint64 dossierId);
    // "Retry now": failed (and queued) entries become due immediately. Empty uuid = every dossier.
    Result<int> retryNow(const QString& dossierUuid = {});
    // After a crash nothing is in flight: entries left in sending go back to queued. Call at start-up.
    Result<int> recoverInterrupted();

    Result<OutboxEntry> entry(qint64 id) const;
    Result<QList<OutboxEntry>> entriesForDossier(const QString& dossierUuid) const;
    // Entries not yet synced, oldest first (the sync page).
    Result<QList<OutboxEntry>> pending(int limit = 1000) const;
    Result<QMap<OutboxState, qint64>> countByState() const;
    // The state shown beside a dossier: failed if any entry failed, else sending, else queued, else
    // synced (also when it has no entries).
    Result<OutboxState> dossierSyncState(const QString& dossierUuid) const;

    // A stuck entry for manual transfer: the full entry as JSON, written to `path` (atomically). The
    // entry stays in the outbox; its exportedAt is set. Nothing is ever dropped from the outbox.
    Result<QJsonObject> exportEntry(qint64 id);
    Status exportEntryToFile(qint64 id, const QString& path);

private:
    Database& m_db;
};

} // namespace motcua
