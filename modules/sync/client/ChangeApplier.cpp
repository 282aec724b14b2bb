#include "ChangeApplier.h"

#include "Database.h"
#include "DossierRepository.h"
#include "ProtocolConstants.h"
#include "ProtocolTime.h"
#include "SyncLog.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::sync {

namespace {

// Storage failures (busy, I/O) stop the page; anything else about one change only skips that change.
bool isFatal(const Error& error)
{
    return error.code.startsWith(QLatin1String("db."));
}

} // namespace

ChangeApplier::ChangeApplier(Database& db) : m_db(db) {}

Status ChangeApplier::ensureSchema()
{
    return m_db.exec("CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                     "CREATE TABLE IF NOT EXISTS sync_decisions (change_id INTEGER PRIMARY KEY,"
                     " dossier_uuid TEXT NOT NULL, decision TEXT NOT NULL, note TEXT NOT NULL,"
                     " decided_by TEXT NOT NULL, decided_at TEXT NOT NULL);");
}

Result<QString> ChangeApplier::value(const QString& key) const
{
    Statement read = m_db.prepare("SELECT value FROM sync_state WHERE key = ?1");
    read.bind(1, key);
    if (read.next())
        return read.text(0);
    if (!read.status())
        return read.status().error();
    return QString();
}

Status ChangeApplier::setValue(const QString& key, const QString& value)
{
    Statement& write = m_db.cached("INSERT INTO sync_state(key, value) VALUES (?1, ?2)"
                                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    write.bind(1, key).bind(2, value);
    return write.run();
}

Status ChangeApplier::assignCode(DossierRepository& repository, const QString& uuid, const QString& code,
                                 Applied& applied)
{
    auto current = repository.find(uuid);
    if (!current) {
        if (isFatal(current.error()))
            return current.error();
        ++applied.ignored;
        return {};
    }
    if (!current->codeProvisional) {
        // Already official: the same code again is a repeat; another one is never overwritten.
        if (current->code != code) {
            qCWarning(lcSync) << "registry sent a second official code for a dossier; kept the first";
            ++applied.ignored;
        }
        return {};
    }
    auto assigned = repository.assignOfficialCode(uuid, code, QStringLiteral("registry"));
    if (!assigned) {
        if (isFatal(assigned.error()))
            return assigned.error();
        ++applied.ignored;
        return {};
    }
    ++applied.codes;
    applied.assignedCodes.append({uuid, code});
    return {};
}

Status ChangeApplier::applyOne(DossierRepository& repository, const QJsonObject& change, Applied& applied)
{
    const QString kind = change.value(QStringLiteral("kind")).toString();
    const QString uuid = change.value(QStringLiteral("dossierUuid")).toString();
    if (kind == QLatin1String(protocol::change::CodeAssigned))
        return assignCode(repository, uuid, change.value(QStringLiteral("officialCode")).toString(), applied);

    if (kind == QLatin1String(protocol::change::Status)) {
        const auto target = dossierStateFromCode(change.value(QStringLiteral("state")).toInt());
        auto current = repository.find(uuid);
        if (!current && isFatal(current.error()))
            return current.error();
        if (!current || !target) {
            ++applied.ignored;
            return {};
        }
        if (current->state == *target)
            return {}; // already there: a repeat
        for (DossierAction action : DossierLifecycle::allowedActions(current->state, current->counters)) {
            auto next = DossierLifecycle::apply(current->state, action, current->counters);
            if (!next || *next != *target)
                continue;
            ActionContext context;
            const QJsonObject actor = change.value(QStringLiteral("actor")).toObject();
            context.actor = QStringLiteral("registry:%1").arg(actor.value(QStringLiteral("name")).toString());
            context.at = ProtocolTime::parse(change.value(QStringLiteral("at")).toString());
            context.payload = QJsonObject{{QStringLiteral("source"), QStringLiteral("registry")},
                                          {QStringLiteral("note"), change.value(QStringLiteral("note"))},
                                          {QStringLiteral("changeId"), change.value(QStringLiteral("id"))}};
            context.newDueAt = current->dueAt;
            context.fromRegistry = true;
            auto done = repository.applyAction(uuid, action, context);
            if (!done) {
                if (isFatal(done.error()))
                    return done.error();
                break;
            }
            ++applied.statuses;
            return {};
        }
        qCInfo(lcSync) << "status change" << change.value(QStringLiteral("id")).toInteger()
                       << "not reachable from the local state; ignored";
        ++applied.ignored;
        return {};
    }

    if (kind == QLatin1String(protocol::change::Decision)) {
        Statement& insert =
            m_db.cached("INSERT INTO sync_decisions(change_id, dossier_uuid, decision, note, decided_by, decided_at)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(change_id) DO NOTHING");
        insert.bind(1, change.value(QStringLiteral("id")).toInteger())
            .bind(2, uuid)
            .bind(3, change.value(QStringLiteral("decision")).toString())
            .bind(4, change.value(QStringLiteral("note")).toString())
            .bind(5, change.value(QStringLiteral("decidedBy")).toString())
            .bind(6, change.value(QStringLiteral("at")).toString());
        if (Status s = insert.run(); !s)
            return s;
        if (m_db.changes() > 0) // a repeat of a decision already kept changes nothing
            ++applied.decisions;
        return {};
    }

    if (kind == QLatin1String(protocol::change::Catalogue)) {
        const QString version = change.value(QStringLiteral("catalogueVersion")).toString();
        const QJsonObject catalogue = change.value(QStringLiteral("catalogue")).toObject();
        if (version.isEmpty()) {
            ++applied.ignored;
            return {};
        }
        if (Status s = setValue(QStringLiteral("catalogue.version"), version); !s)
            return s;
        if (Status s = setValue(QStringLiteral("catalogue.json"),
                                QString::fromUtf8(QJsonDocument(catalogue).toJson(QJsonDocument::Compact)));
            !s)
            return s;
        ++applied.catalogues;
        return {};
    }
    ++applied.ignored; // a kind from a newer protocol version
    return {};
}

Result<ChangeApplier::Applied> ChangeApplier::applyPage(const QJsonArray& changes, const QString& nextCursor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status().error();
    DossierRepository repository(m_db);
    Applied applied;
    for (const QJsonValue& value : changes)
        if (Status s = applyOne(repository, value.toObject(), applied); !s)
            return s.error();
    if (Status s = setValue(QStringLiteral("changes.cursor"), nextCursor); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return applied;
}

Result<ChangeApplier::Applied> ChangeApplier::assignCodes(const QHash<QString, QString>& codes)
{
    Applied applied;
    if (codes.isEmpty())
        return applied;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status().error();
    DossierRepository repository(m_db);
    for (auto it = codes.begin(); it != codes.end(); ++it)
        if (Status s = assignCode(repository, it.key(), it.value(), applied); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return applied;
}

} // namespace motcua::sync
