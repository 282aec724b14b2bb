#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>

namespace motcua {
struct OutboxEntry;
}

namespace motcua::sync {

// Turns an outbox entry (storage's payload {"event", "dossier"}) into a protocol event
// (SYNC-PROTOCOL.md §5.1). The result depends only on the stored entry, so a re-send is byte for byte
// the same event and the registry recognises it as a repeat.
class EventEnvelope
{
public:
    struct Attachment
    {
        QString sha256;
        qint64 size = 0;
    };

    QJsonObject event;
    QList<Attachment> attachments;
    bool demo = false;

    // Errors: sync.bad_entry when the payload lacks what the protocol needs.
    static Result<EventEnvelope> fromEntry(const OutboxEntry& entry);
    // "create" → dossier.received, "edit"/"official_code" → dossier.updated, life-cycle actions →
    // dossier.action.
    static QString eventType(const QString& action);
};

} // namespace motcua::sync
