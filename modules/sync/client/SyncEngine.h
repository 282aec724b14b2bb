#pragma once

#include "AuthSession.h"
#include "ChangeApplier.h"
#include "EventEnvelope.h"
#include "PassReport.h"
#include "SyncOptions.h"

#include <QList>

namespace motcua {
class Database;
class Outbox;
struct OutboxEntry;
} // namespace motcua

namespace motcua::sync {

class AttachmentSource;
class RegistryHttp;

// One sync pass, top to bottom: drain the outbox in batches (attachments first, then the events, each
// answer recorded per entry), then pull the change feed. Blocking: it runs on the sync worker thread
// or in the CLI, never on the GUI thread.
//
// Entries leave the outbox only when the registry answered accepted/duplicate for their key; on any
// other outcome they are marked failed with the reason and a next attempt time (backoff with jitter,
// never giving up). A pass stops at the first failure of the registry itself (network, 5xx, 429,
// unreadable answer) and leaves the rest for the next pass.
class SyncEngine
{
public:
    SyncEngine(Database& db, RegistryHttp& http, Credentials credentials, AttachmentSource& files,
               SyncOptions options = {});

    // Puts entries a killed process left in "sending" back to queued; call once before the first pass.
    Status recoverInterrupted();
    PassReport runPass();

    AuthSession& auth() { return m_auth; }
    ChangeApplier& changes() { return m_changes; }

private:
    struct Pending
    {
        qint64 id = 0;
        qint64 revision = 0;
        int attempts = 0;
        EventEnvelope envelope;
    };

    // False when the pass must stop (report.error set).
    bool pushBatch(Outbox& outbox, const QList<OutboxEntry>& entries, PassReport& report);
    Status uploadAttachment(const EventEnvelope::Attachment& attachment, PassReport& report);
    void pull(PassReport& report);
    void fail(Outbox& outbox, const Pending& pending, const Error& error, bool permanent, qint64 retryAfterMs,
              PassReport& report);
    static bool validResults(const QJsonArray& results, const QList<Pending>& sent);

    Database& m_db;
    RegistryHttp& m_http;
    AttachmentSource& m_files;
    SyncOptions m_options;
    AuthSession m_auth;
    ChangeApplier m_changes;
    bool m_schemaReady = false;
};

} // namespace motcua::sync
