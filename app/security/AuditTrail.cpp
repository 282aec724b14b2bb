#include "AuditTrail.h"

#include "AuditChain.h"
#include "Database.h"
#include "SecurityError.h"
#include "StorageTime.h"
#include "Transaction.h"

namespace motcua::security {

namespace {

constexpr const char* kSelect = "SELECT seq, occurred_at, actor, role, action, dossier_uuid, dossier_code, detail,"
                                " prev_hash, hash FROM audit_log";

AuditEntry readEntry(const Statement& s)
{
    AuditEntry e;
    e.seq = s.int64(0);
    e.occurredAt = storage_time::read(s, 1);
    e.actor = s.text(2);
    e.role = s.text(3);
    e.action = s.text(4);
    e.dossierUuid = s.text(5);
    e.dossierCode = s.text(6);
    e.detail = s.text(7);
    e.prevHash = s.text(8);
    e.hash = s.text(9);
    return e;
}

// Appends inside an open transaction.
Result<AuditEntry> appendLocked(Database& db, AuditEntry entry)
{
    Statement& last = db.cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    qint64 lastSeq = 0;
    QString lastHash = AuditChain::genesisHash();
    if (last.next()) {
        lastSeq = last.int64(0);
        lastHash = last.text(1);
    }
    if (!last.status().ok())
        return last.status().error();
    last.reset();
    if (!entry.occurredAt.isValid())
        entry.occurredAt = QDateTime::currentDateTime();
    // The chain hashes milliseconds: drop anything finer so the stored row hashes the same.
    entry.occurredAt = storage_time::fromMs(storage_time::toMs(entry.occurredAt));
    entry.seq = lastSeq + 1;
    entry.prevHash = lastHash;
    entry.hash = AuditChain::hashOf(lastHash, entry);
    Statement& insert =
        db.cached("INSERT INTO audit_log (seq, occurred_at, actor, role, action, dossier_uuid,"
                  " dossier_code, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bind(1, entry.seq);
    storage_time::bind(insert, 2, entry.occurredAt);
    insert.bind(3, entry.actor)
        .bind(4, entry.role)
        .bind(5, entry.action)
        .bind(6, entry.dossierUuid)
        .bind(7, entry.dossierCode)
        .bind(8, entry.detail)
        .bind(9, entry.prevHash)
        .bind(10, entry.hash);
    if (Status st = insert.run(); !st)
        return Result<AuditEntry>(db.note(st.error()));
    return entry;
}

Error auditWrite(const Error& cause)
{
    return {QLatin1String(security_error::AuditWrite),
            QStringLiteral("cannot write the audit trail: %1 %2").arg(cause.code, cause.message)};
}

} // namespace

Result<AuditEntry> AuditTrail::append(AuditEntry entry)
{
    if (entry.action.isEmpty() || entry.actor.isEmpty())
        return Result<AuditEntry>::failure(QLatin1String(security_error::AuditWrite),
                                           QStringLiteral("an audit row needs an actor and an action"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return auditWrite(tx.status().error());
    auto stored = appendLocked(m_db, std::move(entry));
    if (!stored)
        return auditWrite(stored.error());
    if (Status st = tx.commit(); !st)
        return auditWrite(st.error());
    return stored;
}

Result<int> AuditTrail::importDossierEvents()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return auditWrite(tx.status().error());
    qint64 seen = 0;
    {
        Statement& s = m_db.cached("SELECT value FROM security_settings WHERE key = ?1");
        s.bind(1, kEventsWatermarkKey);
        if (s.next())
            seen = s.text(0).toLongLong();
        if (!s.status().ok())
            return auditWrite(s.status().error());
        s.reset();
    }
    // Only ids, codes, actions, states and actors: an event's payload may quote a citizen and stays out.
    Statement events =
        m_db.prepare("SELECT e.id, e.uuid, e.action, e.from_state, e.to_state, e.actor, e.occurred_at, d.uuid, d.code,"
                     " COALESCE(a.role, '') FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id"
                     " LEFT JOIN accounts a ON a.login = e.actor WHERE e.id > ?1 ORDER BY e.id");
    events.bind(1, seen);
    int added = 0;
    while (events.next()) {
        AuditEntry entry;
        seen = events.int64(0);
        entry.action = QStringLiteral("dossier.") + events.text(2);
        entry.detail = QStringLiteral("event %1").arg(events.text(1));
        if (!events.isNull(3) || !events.isNull(4))
            entry.detail += QStringLiteral("; state %1 -> %2")
                                .arg(events.isNull(3) ? QStringLiteral("-") : events.text(3),
                                     events.isNull(4) ? QStringLiteral("-") : events.text(4));
        entry.actor = events.text(5).isEmpty() ? QStringLiteral("system") : events.text(5);
        entry.occurredAt = storage_time::read(events, 6);
        entry.dossierUuid = events.text(7);
        entry.dossierCode = events.text(8);
        entry.role = events.text(9);
        auto stored = appendLocked(m_db, std::move(entry));
        if (!stored)
            return auditWrite(stored.error());
        ++added;
    }
    if (!events.status().ok())
        return auditWrite(events.status().error());
    Statement& mark = m_db.cached("INSERT INTO security_settings (key, value) VALUES (?1, ?2)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    mark.bind(1, kEventsWatermarkKey).bind(2, QString::number(seen));
    if (Status st = mark.run(); !st)
        return auditWrite(st.error());
    if (Status st = tx.commit(); !st)
        return auditWrite(st.error());
    return added;
}

Status AuditTrail::forEach(const std::function<bool(const AuditEntry&)>& visit) const
{
    Statement s = m_db.prepare((QByteArray(kSelect) + " ORDER BY seq").constData());
    while (s.next())
        if (!visit(readEntry(s)))
            break;
    return s.status();
}

Result<AuditVerification> AuditTrail::verify() const
{
    AuditVerification v;
    QString expectedPrev = AuditChain::genesisHash();
    qint64 expectedSeq = 1;
    const Status walked = forEach([&](const AuditEntry& e) {
        ++v.rows;
        using Problem = AuditVerification::Problem;
        Problem kind = Problem::None;
        QString problem;
        if (e.seq != expectedSeq) {
            kind = e.seq > expectedSeq ? Problem::RowsMissing : Problem::OutOfOrder;
            problem = e.seq > expectedSeq
                          ? QStringLiteral("rows before it are missing (expected row %1)").arg(expectedSeq)
                          : QStringLiteral("row number out of order");
        } else if (e.prevHash != expectedPrev) {
            kind = Problem::BrokenLink;
            problem = QStringLiteral("does not link to the previous row (a row was removed, inserted or rewritten)");
        } else if (AuditChain::hashOf(e.prevHash, e) != e.hash) {
            kind = Problem::Altered;
            problem = QStringLiteral("its content does not match its hash (the row was altered)");
        }
        if (kind != Problem::None) {
            v.intact = false;
            v.firstBadSeq = e.seq;
            v.kind = kind;
            v.problem = problem;
            return false;
        }
        expectedPrev = e.hash;
        v.headHash = e.hash;
        ++expectedSeq;
        return true;
    });
    if (!walked)
        return walked.error();
    return v;
}

Result<QList<AuditEntry>> AuditTrail::query(const AuditQuery& q) const
{
    QByteArray sql = QByteArray(kSelect) + " WHERE 1";
    if (q.from.isValid())
        sql += " AND occurred_at >= :from";
    if (q.to.isValid())
        sql += " AND occurred_at < :to";
    if (!q.actor.isEmpty())
        sql += " AND actor = :actor";
    if (!q.action.isEmpty())
        sql += q.action.endsWith(QLatin1Char('.')) ? " AND substr(action, 1, length(:action)) = :action"
                                                   : " AND action = :action";
    if (!q.dossier.isEmpty())
        sql += " AND (dossier_uuid = :dossier OR dossier_code = :dossier)";
    sql += " ORDER BY seq DESC LIMIT :limit OFFSET :offset";
    Statement s = m_db.prepare(sql.constData());
    auto bindNamed = [&s](const char* name, const QString& value) {
        if (const int i = s.parameterIndex(name); i > 0)
            s.bind(i, value);
    };
    if (q.from.isValid())
        s.bind(s.parameterIndex(":from"), storage_time::toMs(q.from));
    if (q.to.isValid())
        s.bind(s.parameterIndex(":to"), storage_time::toMs(q.to));
    bindNamed(":actor", q.actor);
    bindNamed(":action", q.action);
    bindNamed(":dossier", q.dossier);
    s.bind(s.parameterIndex(":limit"), q.limit > 0 ? q.limit : -1);
    s.bind(s.parameterIndex(":offset"), q.offset);
    QList<AuditEntry> entries;
    while (s.next())
        entries.append(readEntry(s));
    if (!s.status().ok())
        return s.status().error();
    return entries;
}

Result<qint64> AuditTrail::count() const
{
    Statement s = m_db.prepare("SELECT count(*) FROM audit_log");
    if (!s.next())
        return s.status().error();
    return s.int64(0);
}

} // namespace motcua::security
