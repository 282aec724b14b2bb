#include "Outbox.h"

#include "Database.h"
#include "DossierSnapshot.h"
#include "StorageError.h"
#include "StorageTime.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace motcua {

namespace {

constexpr const char* kEntryColumns =
    "SELECT o.id, o.idempotency_key, d.uuid, o.sequence, o.kind, o.payload, o.state, o.attempts, o.last_error,"
    " o.next_attempt_at, o.revision, o.created_at, o.updated_at, o.synced_at, o.exported_at"
    " FROM outbox AS o JOIN dossiers AS d ON d.id = o.dossier_id ";

QByteArray entrySql(const char* tail)
{
    return QByteArray(kEntryColumns) + tail;
}

OutboxEntry readEntry(const Statement& s)
{
    OutboxEntry e;
    e.id = s.int64(0);
    e.idempotencyKey = s.text(1);
    e.dossierUuid = s.text(2);
    e.sequence = s.int64(3);
    e.kind = s.text(4);
    e.payload = QJsonDocument::fromJson(s.blob(5)).object();
    e.state = outboxStateFromKey(s.text(6)).value_or(OutboxState::Queued);
    e.attempts = s.integer(7);
    e.lastError = s.text(8);
    e.nextAttemptAt = storage_time::read(s, 9);
    e.revision = s.int64(10);
    e.createdAt = storage_time::read(s, 11);
    e.updatedAt = storage_time::read(s, 12);
    e.syncedAt = storage_time::read(s, 13);
    e.exportedAt = storage_time::read(s, 14);
    return e;
}

Result<QList<OutboxEntry>> readEntries(Database& db, Statement& s)
{
    QList<OutboxEntry> entries;
    while (s.next())
        entries.append(readEntry(s));
    if (!s.status().ok())
        return Result<QList<OutboxEntry>>(db.note(s.status().error()));
    return entries;
}

QJsonValue time(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(DossierSnapshot::isoTime(value)) : QJsonValue();
}

} // namespace

QString outboxStateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Synced:
        return QStringLiteral("synced");
    }
    return {};
}

std::optional<OutboxState> outboxStateFromKey(const QString& key)
{
    for (OutboxState s : {OutboxState::Queued, OutboxState::Sending, OutboxState::Failed, OutboxState::Synced})
        if (outboxStateKey(s) == key)
            return s;
    return std::nullopt;
}

Result<qint64> Outbox::enqueue(qint64 dossierId, qint64 eventId, const QString& idempotencyKey, const QString& kind,
                               const QJsonObject& payload)
{
    return enqueue(dossierId, eventId, idempotencyKey, kind, QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Result<qint64> Outbox::enqueue(qint64 dossierId, qint64 eventId, const QString& idempotencyKey, const QString& kind,
                               const QByteArray& payloadJson)
{
    if (!m_db.inTransaction())
        return Result<qint64>::failure(QString::fromLatin1(storage_error::NoTransaction),
                                       QStringLiteral("outbox entries are written with their change"));
    const qint64 now = storage_time::nowMs();
    Statement& s = m_db.cached(
        "INSERT INTO outbox (idempotency_key, dossier_id, event_id, sequence, kind, payload, state, next_attempt_at,"
        " created_at, updated_at) VALUES (?1, ?2, ?3,"
        " (SELECT coalesce(max(sequence), 0) + 1 FROM outbox WHERE dossier_id = ?2), ?4, ?5, 'queued', ?6, ?6, ?6)");
    s.bind(1, idempotencyKey).bind(2, dossierId);
    if (eventId > 0)
        s.bind(3, eventId);
    else
        s.bindNull(3);
    s.bind(4, kind).bindText(5, payloadJson).bind(6, now);
    if (Status st = s.run(); !st)
        return Result<qint64>(st.error());
    return m_db.lastInsertId();
}

Result<QList<OutboxEntry>> Outbox::claimBatch(int limit, const QDateTime& now)
{
    using R = Result<QList<OutboxEntry>>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R(tx.status().error());
    const qint64 nowMs = storage_time::toMs(now);
    static const QByteArray sql = entrySql(
        "WHERE o.state IN ('queued', 'failed') AND o.next_attempt_at <= ?1"
        " AND NOT EXISTS (SELECT 1 FROM outbox AS p WHERE p.dossier_id = o.dossier_id AND p.sequence < o.sequence"
        "  AND p.state <> 'synced' AND NOT (p.state IN ('queued', 'failed') AND p.next_attempt_at <= ?1))"
        " ORDER BY o.id LIMIT ?2");
    Statement& select = m_db.cached(sql.constData());
    select.bind(1, nowMs).bind(2, limit);
    auto entries = readEntries(m_db, select);
    if (!entries)
        return entries;
    for (OutboxEntry& e : entries.value()) {
        Statement& mark =
            m_db.cached("UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?2 WHERE id = ?1");
        mark.bind(1, e.id).bind(2, nowMs);
        if (Status st = mark.run(); !st)
            return R(m_db.note(st.error()));
        e.state = OutboxState::Sending;
        e.attempts += 1;
        e.updatedAt = storage_time::fromMs(nowMs);
    }
    if (Status st = tx.commit(); !st)
        return R(st.error());
    return entries;
}

Status Outbox::markSynced(qint64 id, qint64 revision)
{
    const qint64 now = storage_time::nowMs();
    Statement& s = m_db.cached("UPDATE outbox SET state = 'synced', synced_at = ?3, updated_at = ?3, last_error = NULL"
                               " WHERE id = ?1 AND revision = ?2 AND state = 'sending'");
    s.bind(1, id).bind(2, revision).bind(3, now);
    if (Status st = s.run(); !st)
        return m_db.note(st);
    if (m_db.changes() == 1)
        return Status::success();
    const auto current = entry(id);
    if (!current)
        return current.error();
    return Status::failure(QString::fromLatin1(storage_error::StaleOutbox),
                           QStringLiteral("outbox entry %1 is %2 at revision %3")
                               .arg(id)
                               .arg(outboxStateKey(current->state))
                               .arg(current->revision));
}

Status Outbox::markFailed(qint64 id, qint64 revision, const QString& reason, const QDateTime& nextAttemptAt)
{
    const qint64 now = storage_time::nowMs();
    Statement& s = m_db.cached("UPDATE outbox SET state = 'failed', last_error = ?3, next_attempt_at = ?4,"
                               " updated_at = ?5 WHERE id = ?1 AND revision = ?2 AND state = 'sending'");
    s.bind(1, id).bind(2, revision).bind(3, reason.left(2000));
    s.bind(4, nextAttemptAt.isValid() ? storage_time::toMs(nextAttemptAt) : now).bind(5, now);
    if (Status st = s.run(); !st)
        return m_db.note(st);
    if (m_db.changes() == 1)
        return Status::success();
    const auto current = entry(id);
    if (!current)
        return current.error();
    return Status::failure(QString::fromLatin1(storage_error::StaleOutbox),
                           QStringLiteral("outbox entry %1 is %2 at revision %3")
                               .arg(id)
                               .arg(outboxStateKey(current->state))
                               .arg(current->revision));
}

Result<int> Outbox::requeueSending(qint64 dossierId)
{
    Statement& s = m_db.cached("UPDATE outbox SET state = 'queued', revision = revision + 1, updated_at = ?2"
                               " WHERE dossier_id = ?1 AND state = 'sending'");
    s.bind(1, dossierId).bind(2, storage_time::nowMs());
    if (Status st = s.run(); !st)
        return Result<int>(m_db.note(st.error()));
    return m_db.changes();
}

Result<int> Outbox::retryNow(const QString& dossierUuid)
{
    Statement& s = m_db.cached("UPDATE outbox SET state = 'queued', next_attempt_at = ?1, updated_at = ?1"
                               " WHERE (state = 'failed' OR (state = 'queued' AND next_attempt_at > ?1))"
                               " AND (?2 IS NULL OR dossier_id = (SELECT id FROM dossiers WHERE uuid = ?2))");
    s.bind(1, storage_time::nowMs()).bindOptional(2, dossierUuid);
    if (Status st = s.run(); !st)
        return Result<int>(m_db.note(st.error()));
    return m_db.changes();
}

Result<int> Outbox::recoverInterrupted()
{
    Statement& s = m_db.cached(
        "UPDATE outbox SET state = 'queued', revision = revision + 1, updated_at = ?1 WHERE state = 'sending'");
    s.bind(1, storage_time::nowMs());
    if (Status st = s.run(); !st)
        return Result<int>(m_db.note(st.error()));
    return m_db.changes();
}

Result<OutboxEntry> Outbox::entry(qint64 id) const
{
    static const QByteArray sql = entrySql("WHERE o.id = ?1");
    Statement& s = m_db.cached(sql.constData());
    const ResetOnScopeExit done(s);
    s.bind(1, id);
    if (s.next())
        return readEntry(s);
    if (!s.status().ok())
        return Result<OutboxEntry>(s.status().error());
    return Result<OutboxEntry>::failure(QString::fromLatin1(storage_error::NotFound),
                                        QStringLiteral("no outbox entry %1").arg(id));
}

Result<QList<OutboxEntry>> Outbox::entriesForDossier(const QString& dossierUuid) const
{
    static const QByteArray sql = entrySql("WHERE d.uuid = ?1 ORDER BY o.sequence");
    Statement& s = m_db.cached(sql.constData());
    s.bind(1, dossierUuid);
    return readEntries(m_db, s);
}

Result<QList<OutboxEntry>> Outbox::pending(int limit) const
{
    static const QByteArray sql = entrySql("WHERE o.state <> 'synced' ORDER BY o.id LIMIT ?1");
    Statement& s = m_db.cached(sql.constData());
    s.bind(1, limit);
    return readEntries(m_db, s);
}

Result<QMap<OutboxState, qint64>> Outbox::countByState() const
{
    QMap<OutboxState, qint64> counts{
        {OutboxState::Queued, 0}, {OutboxState::Sending, 0}, {OutboxState::Failed, 0}, {OutboxState::Synced, 0}};
    Statement& s = m_db.cached("SELECT state, count(*) FROM outbox GROUP BY state");
    while (s.next())
        if (const auto state = outboxStateFromKey(s.text(0)))
            counts[*state] = s.int64(1);
    if (!s.status().ok())
        return Result<QMap<OutboxState, qint64>>(s.status().error());
    return counts;
}

Result<OutboxState> Outbox::dossierSyncState(const QString& dossierUuid) const
{
    Statement& s = m_db.cached("SELECT o.state FROM outbox AS o JOIN dossiers AS d ON d.id = o.dossier_id"
                               " WHERE d.uuid = ?1 AND o.state <> 'synced'"
                               " ORDER BY CASE o.state WHEN 'failed' THEN 0 WHEN 'sending' THEN 1 ELSE 2 END LIMIT 1");
    const ResetOnScopeExit done(s);
    s.bind(1, dossierUuid);
    if (s.next())
        return outboxStateFromKey(s.text(0)).value_or(OutboxState::Queued);
    if (!s.status().ok())
        return Result<OutboxState>(s.status().error());
    return OutboxState::Synced;
}

Result<QJsonObject> Outbox::exportEntry(qint64 id)
{
    const qint64 now = storage_time::nowMs();
    Statement& mark = m_db.cached("UPDATE outbox SET exported_at = ?2, updated_at = ?2 WHERE id = ?1");
    mark.bind(1, id).bind(2, now);
    if (Status st = mark.run(); !st)
        return Result<QJsonObject>(m_db.note(st.error()));
    const auto e = entry(id);
    if (!e)
        return Result<QJsonObject>(e.error());
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("motcua-outbox-entry/1")},
        {QStringLiteral("id"), e->id},
        {QStringLiteral("idempotencyKey"), e->idempotencyKey},
        {QStringLiteral("dossierUuid"), e->dossierUuid},
        {QStringLiteral("sequence"), e->sequence},
        {QStringLiteral("kind"), e->kind},
        {QStringLiteral("state"), outboxStateKey(e->state)},
        {QStringLiteral("attempts"), e->attempts},
        {QStringLiteral("lastError"), e->lastError.isEmpty() ? QJsonValue() : QJsonValue(e->lastError)},
        {QStringLiteral("createdAt"), time(e->createdAt)},
        {QStringLiteral("exportedAt"), time(e->exportedAt)},
        {QStringLiteral("payload"), e->payload},
    };
}

Status Outbox::exportEntryToFile(qint64 id, const QString& path)
{
    const auto current = entry(id);
    if (!current)
        return current.error();
    // Write the file first, then record the export, so exportedAt never claims a file that isn't there.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const auto json = exportEntry(id);
    if (!json)
        return json.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*json).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return m_db.note(Status::failure(QString::fromLatin1(storage_error::FileIo),
                                         QStringLiteral("cannot write the export file: %1").arg(file.errorString())));
    return tx.commit();
}

} // namespace motcua
