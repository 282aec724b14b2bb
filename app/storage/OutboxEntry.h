#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace motcua {

// Where an outbox entry is on its way to the registry. Every state is visible to the official; nothing
// leaves the outbox except by being confirmed (synced).
enum class OutboxState {
    Queued,  // waiting to be sent
    Sending, // claimed by the sync client, request in flight
    Failed,  // the last attempt failed; retried at nextAttemptAt
    Synced,  // the registry confirmed it
};

QString outboxStateKey(OutboxState state); // "queued", "sending", "failed", "synced"
std::optional<OutboxState> outboxStateFromKey(const QString& key);

struct OutboxEntry
{
    qint64 id = 0;
    QString idempotencyKey; // client-generated UUID; the registry treats a re-send as the same request
    QString dossierUuid;
    qint64 sequence = 0; // order of the entry among its dossier's entries (1, 2, …)
    QString kind;        // "dossier.event"
    QJsonObject payload; // {"event": {...}, "dossier": {...}} (DossierSnapshot)
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QString lastError; // technical reason of the last failure, shown to the official
    QDateTime nextAttemptAt;
    qint64 revision = 1; // bumped on requeue: a result for an older revision is ignored
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime syncedAt;
    QDateTime exportedAt;
};

} // namespace motcua
