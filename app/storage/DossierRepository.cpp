#include "DossierRepository.h"

#include "DailySequence.h"
#include "Database.h"
#include "DossierCode.h"
#include "DossierRows.h"
#include "DossierSnapshot.h"
#include "Outbox.h"
#include "SearchIndex.h"
#include "StorageError.h"
#include "StorageTime.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

namespace motcua {

namespace {

constexpr auto kOutboxKind = "dossier.event";

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

template <typename T>
Result<T> failure(const char* code, const QString& message)
{
    return Result<T>::failure(QString::fromLatin1(code), message);
}

QDate vietnamDate(const QDateTime& time)
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    return time.toTimeZone(zone).date();
}

qint64 startOfDayMs(const QDate& day)
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

} // namespace

Result<Dossier> DossierRepository::create(Dossier dossier, DossierEvent event, const std::optional<CodeRequest>& code)
{
    using R = Result<Dossier>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R(tx.status().error());
    dossier = dossier_rows::normalized(std::move(dossier));
    if (dossier.uuid.isEmpty())
        dossier.uuid = newUuid();

    if (dossier.code.isEmpty()) {
        if (!code)
            return failure<Dossier>("storage.code_missing",
                                    QStringLiteral("a new dossier needs a code or a CodeRequest"));
        const QDate day = vietnamDate(dossier.receivedAt.isValid() ? dossier.receivedAt : QDateTime::currentDateTime());
        const auto number = DailySequence(m_db).next(code->issuerId, day);
        if (!number)
            return R(number.error());
        const auto formatted = code->provisional ? DossierCode::formatProvisional(code->issuerId, day, *number)
                                                 : DossierCode::format(code->issuerId, day, *number);
        if (!formatted)
            return R(formatted.error());
        dossier.code = *formatted;
        dossier.codeProvisional = code->provisional;
    }

    dossier_rows::RowMeta meta;
    meta.provisionalCode = dossier.codeProvisional ? dossier.code : QString();
    meta.createdAtMs = meta.updatedAtMs = storage_time::nowMs();
    Statement& insert = m_db.cached(dossier_rows::insertSql());
    dossier_rows::bind(insert, dossier, meta);
    if (Status st = insert.run(); !st)
        return R(m_db.note(st.error()));
    const qint64 id = m_db.lastInsertId();
    if (Status st = dossier_rows::insertComponents(m_db, id, dossier.components); !st)
        return R(m_db.note(st.error()));

    if (event.action.isEmpty())
        event.action = QString::fromLatin1(event_action::Create);
    if (!event.toState)
        event.toState = dossier.state;
    if (event.actor.isEmpty())
        event.actor = dossier.receivedBy;
    const auto eventId = writeEvent(id, dossier.uuid, event);
    if (!eventId)
        return R(eventId.error());
    const auto entry = Outbox(m_db).enqueue(id, *eventId, event.uuid, QString::fromLatin1(kOutboxKind),
                                            DossierSnapshot::outboxPayloadJson(dossier, event));
    if (!entry)
        return R(m_db.note(entry.error()));
    if (Status st = SearchIndex(m_db).add(id, dossier, meta.provisionalCode); !st)
        return R(m_db.note(st.error()));
    if (Status st = tx.commit(); !st)
        return R(st.error());
    return dossier;
}

Result<Dossier> DossierRepository::save(Dossier dossier, DossierEvent event)
{
    using R = Result<Dossier>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R(tx.status().error());
    qint64 id = 0;
    qint64 revision = 0;
    QString provisionalCode;
    const auto current = load("WHERE uuid = ?1", dossier.uuid, &id, &provisionalCode, &revision);
    if (!current)
        return current;
    if (current->state != dossier.state)
        return failure<Dossier>(storage_error::StateViaSave,
                                QStringLiteral("state changes go through applyAction, not save"));
    // The code and the life-cycle counters are owned by the store and the life-cycle, not by editors.
    dossier.code = current->code;
    dossier.codeProvisional = current->codeProvisional;
    dossier.counters = current->counters;
    if (event.action.isEmpty())
        event.action = QString::fromLatin1(event_action::Edit);
    event.fromState = event.toState = dossier.state;
    auto saved = writeChange(id, provisionalCode, revision, dossier_rows::normalized(std::move(dossier)),
                             std::move(event), true);
    if (!saved)
        return saved;
    if (Status st = tx.commit(); !st)
        return R(st.error());
    return saved;
}

Result<Dossier> DossierRepository::applyAction(const QString& uuid, DossierAction action, const ActionContext& context)
{
    using R = Result<Dossier>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R(tx.status().error());
    qint64 id = 0;
    qint64 revision = 0;
    QString provisionalCode;
    auto current = load("WHERE uuid = ?1", uuid, &id, &provisionalCode, &revision);
    if (!current)
        return current;
    Dossier updated = *current;
    const auto next = DossierLifecycle::apply(updated.state, action, updated.counters);
    if (!next)
        return R(next.error()); // nothing written; the transaction rolls back empty

    QJsonObject payload = context.payload;
    switch (action) {
    case DossierAction::RequestSupplement:
        updated.counters.supplementRequests += 1;
        break;
    case DossierAction::ExtendWithApology:
        if (!context.newDueAt.isValid())
            return failure<Dossier>("storage.due_required", QStringLiteral("an extension needs the new due time"));
        updated.counters.extensions += 1;
        updated.previousDueAt = updated.dueAt;
        updated.dueAt = context.newDueAt;
        break;
    case DossierAction::CompleteSupplement:
        // The processing period restarts; the caller computes the new due time with the calendar.
        if (context.newDueAt.isValid())
            updated.dueAt = context.newDueAt;
        break;
    default:
        break;
    }
    if (context.newDueAt.isValid())
        payload.insert(QStringLiteral("newDueAt"), DossierSnapshot::isoTime(context.newDueAt));
    updated.state = *next;

    DossierEvent event;
    event.action = actionKey(action);
    event.fromState = current->state;
    event.toState = updated.state;
    event.actor = context.actor;
    event.at = context.at;
    event.payload = payload;
    auto saved =
        writeChange(id, provisionalCode, revision, std::move(updated), std::move(event), !context.fromRegistry);
    if (!saved)
        return saved;
    if (Status st = tx.commit(); !st)
        return R(st.error());
    return saved;
}

Result<Dossier> DossierRepository::assignOfficialCode(const QString& uuid, const QString& officialCode,
                                                      const QString& actor)
{
    using R = Result<Dossier>;
    const auto parsed = DossierCode::parse(officialCode);
    if (!parsed || parsed->provisional)
        return failure<Dossier>("code.not_official", QStringLiteral("not an official dossier code"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return R(tx.status().error());
    qint64 id = 0;
    qint64 revision = 0;
    QString provisionalCode;
    auto current = load("WHERE uuid = ?1", uuid, &id, &provisionalCode, &revision);
    if (!current)
        return current;
    Dossier updated = *current;
    updated.code = officialCode.trimmed();
    updated.codeProvisional = false;
    DossierEvent event;
    event.action = QString::fromLatin1(event_action::OfficialCode);
    event.fromState = event.toState = updated.state;
    event.actor = actor;
    event.payload =
        QJsonObject{{QStringLiteral("code"), updated.code}, {QStringLiteral("provisionalCode"), provisionalCode}};
    auto saved = writeChange(id, provisionalCode, revision, std::move(updated), std::move(event), false);
    if (!saved)
        return saved;
    if (Status st = tx.commit(); !st)
        return R(st.error());
    return saved;
}

Result<Dossier> DossierRepository::writeChange(qint64 id, const QString& provisionalCode, qint64 revision,
                                               Dossier updated, DossierEvent event, bool enqueue)
{
    using R = Result<Dossier>;
    dossier_rows::RowMeta meta;
    meta.id = id;
    meta.provisionalCode = provisionalCode;
    meta.revision = revision + 1;
    meta.updatedAtMs = storage_time::nowMs();
    Statement& update = m_db.cached(dossier_rows::updateSql());
    dossier_rows::bind(update, updated, meta);
    if (Status st = update.run(); !st)
        return R(m_db.note(st.error()));
    if (Status st = dossier_rows::deleteComponents(m_db, id); !st)
        return R(m_db.note(st.error()));
    if (Status st = dossier_rows::insertComponents(m_db, id, updated.components); !st)
        return R(m_db.note(st.error()));
    const auto eventId = writeEvent(id, updated.uuid, event);
    if (!eventId)
        return R(eventId.error());
    if (enqueue) {
        Outbox outbox(m_db);
        if (const auto requeued = outbox.requeueSending(id); !requeued)
            return R(requeued.error());
        const auto entry = outbox.enqueue(id, *eventId, event.uuid, QString::fromLatin1(kOutboxKind),
                                          DossierSnapshot::outboxPayloadJson(updated, event));
        if (!entry)
            return R(m_db.note(entry.error()));
    }
    if (Status st = SearchIndex(m_db).index(id, updated, provisionalCode); !st)
        return R(m_db.note(st.error()));
    return updated;
}

Result<qint64> DossierRepository::writeEvent(qint64 dossierId, const QString& dossierUuid, DossierEvent& event)
{
    if (event.uuid.isEmpty())
        event.uuid = newUuid();
    event.dossierUuid = dossierUuid;
    if (!event.at.isValid())
        event.at = storage_time::fromMs(storage_time::nowMs());
    Statement& s = m_db.cached("INSERT INTO dossier_events (uuid, dossier_id, action, from_state, to_state, actor,"
                               " occurred_at, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, event.uuid).bind(2, dossierId).bind(3, event.action);
    if (event.fromState)
        s.bind(4, nationalStatusCode(*event.fromState));
    else
        s.bindNull(4);
    if (event.toState)
        s.bind(5, nationalStatusCode(*event.toState));
    else
        s.bindNull(5);
    s.bind(6, event.actor).bind(7, storage_time::toMs(event.at));
    s.bind(8, QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
    if (Status st = s.run(); !st)
        return Result<qint64>(m_db.note(st.error()));
    return m_db.lastInsertId();
}

Result<Dossier> DossierRepository::load(const char* where, const QString& key, qint64* id, QString* provisionalCode,
                                        qint64* revision) const
{
    using R = Result<Dossier>;
    const QByteArray sql = dossier_rows::selectSql() + where;
    Statement& s = m_db.cached(sql.constData());
    s.bind(1, key);
    if (!s.next())
        return s.status().ok() ? failure<Dossier>(storage_error::NotFound, QStringLiteral("no such dossier"))
                               : R(m_db.note(s.status().error()));
    dossier_rows::RowMeta meta;
    Dossier dossier = dossier_rows::read(s, &meta);
    s.reset();
    auto components = dossier_rows::readComponents(m_db, meta.id);
    if (!components)
        return R(components.error());
    dossier.components = *components;
    if (id)
        *id = meta.id;
    if (provisionalCode)
        *provisionalCode = meta.provisionalCode;
    if (revision)
        *revision = meta.revision;
    return dossier;
}

Result<Dossier> DossierRepository::find(const QString& uuid) const
{
    return load("WHERE uuid = ?1", uuid, nullptr, nullptr, nullptr);
}

Result<Dossier> DossierRepository::findByCode(const QString& code) const
{
    auto found = load("WHERE code = ?1", code.trimmed(), nullptr, nullptr, nullptr);
    if (found || found.error().code != QLatin1String(storage_error::NotFound))
        return found;
    return load("WHERE provisional_code = ?1", code.trimmed(), nullptr, nullptr, nullptr);
}

Result<QList<DossierEvent>> DossierRepository::events(const QString& uuid) const
{
    Statement& s = m_db.cached("SELECT e.uuid, d.uuid, e.action, e.from_state, e.to_state, e.actor, e.occurred_at,"
                               " e.payload FROM dossier_events AS e JOIN dossiers AS d ON d.id = e.dossier_id"
                               " WHERE d.uuid = ?1 ORDER BY e.occurred_at, e.id");
    s.bind(1, uuid);
    QList<DossierEvent> events;
    while (s.next()) {
        DossierEvent e;
        e.uuid = s.text(0);
        e.dossierUuid = s.text(1);
        e.action = s.text(2);
        if (!s.isNull(3))
            e.fromState = dossierStateFromCode(s.integer(3));
        if (!s.isNull(4))
            e.toState = dossierStateFromCode(s.integer(4));
        e.actor = s.text(5);
        e.at = storage_time::read(s, 6);
        e.payload = QJsonDocument::fromJson(s.blob(7)).object();
        events.append(e);
    }
    if (!s.status().ok())
        return Result<QList<DossierEvent>>(m_db.note(s.status().error()));
    return events;
}

Result<QList<DossierSummary>> DossierRepository::list(const DossierFilter& filter) const
{
    QByteArray sql =
        "SELECT d.uuid, d.code, d.code_provisional, d.applicant_name, d.applicant_id_number, d.procedure_code,"
        " d.procedure_name, d.state, d.received_at, d.due_at,"
        " (SELECT o.state FROM outbox AS o WHERE o.dossier_id = d.id AND o.state <> 'synced'"
        "  ORDER BY CASE o.state WHEN 'failed' THEN 0 WHEN 'sending' THEN 1 ELSE 2 END LIMIT 1),"
        " (SELECT o.last_error FROM outbox AS o WHERE o.dossier_id = d.id AND o.state = 'failed'"
        "  ORDER BY o.sequence LIMIT 1)"
        " FROM dossiers AS d WHERE 1";
    // Each condition binds its own numbered parameter, so the SQL text (and its cached plan) depends
    // only on which filters are set.
    constexpr const char* kOpen = " AND d.state IN (1, 2, 4, 5, 6, 7)";
    if (!filter.states.isEmpty())
        sql += " AND d.state IN (SELECT value FROM json_each(?1))";
    if (!filter.procedureCode.isEmpty())
        sql += " AND d.procedure_code = ?2";
    if (filter.receivedFrom.isValid())
        sql += " AND d.received_at >= ?3";
    if (filter.receivedTo.isValid())
        sql += " AND d.received_at < ?4";
    if (filter.overdueAt.isValid())
        sql += QByteArray(kOpen) + " AND d.due_at < ?5";
    if (filter.dueBefore.isValid())
        sql += QByteArray(kOpen) + " AND d.due_at < ?6";
    if (filter.demo)
        sql += " AND d.demo = ?7";
    sql += " ORDER BY d.received_at DESC, d.id DESC LIMIT ?8 OFFSET ?9";

    Statement& s = m_db.cached(sql.constData());
    if (!filter.states.isEmpty()) {
        QJsonArray codes;
        for (DossierState state : filter.states)
            codes.append(nationalStatusCode(state));
        s.bind(1, QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact)));
    }
    if (!filter.procedureCode.isEmpty())
        s.bind(2, filter.procedureCode);
    if (filter.receivedFrom.isValid())
        s.bind(3, startOfDayMs(filter.receivedFrom));
    if (filter.receivedTo.isValid())
        s.bind(4, startOfDayMs(filter.receivedTo.addDays(1)));
    if (filter.overdueAt.isValid())
        s.bind(5, storage_time::toMs(filter.overdueAt));
    if (filter.dueBefore.isValid())
        s.bind(6, storage_time::toMs(filter.dueBefore));
    if (filter.demo)
        s.bind(7, *filter.demo ? 1 : 0);
    s.bind(8, filter.limit).bind(9, filter.offset);

    QList<DossierSummary> rows;
    while (s.next()) {
        DossierSummary row;
        row.uuid = s.text(0);
        row.code = s.text(1);
        row.codeProvisional = s.int64(2) != 0;
        row.applicantName = s.text(3);
        row.applicantIdNumber = s.text(4);
        row.procedureCode = s.text(5);
        row.procedureName = s.text(6);
        row.state = dossierStateFromCode(s.integer(7)).value_or(DossierState::Received);
        row.receivedAt = storage_time::read(s, 8);
        row.dueAt = storage_time::read(s, 9);
        row.syncState = s.isNull(10) ? QStringLiteral("synced") : s.text(10);
        row.syncError = s.text(11);
        rows.append(row);
    }
    if (!s.status().ok())
        return Result<QList<DossierSummary>>(m_db.note(s.status().error()));
    return rows;
}

Result<QList<Dossier>> DossierRepository::findByApplicantId(const QString& idNumber, int limit) const
{
    using R = Result<QList<Dossier>>;
    Statement& s = m_db.cached("SELECT uuid FROM dossiers WHERE applicant_id_number = ?1"
                               " ORDER BY received_at DESC, id DESC LIMIT ?2");
    s.bind(1, idNumber.trimmed()).bind(2, limit);
    QStringList uuids;
    while (s.next())
        uuids.append(s.text(0));
    if (!s.status().ok())
        return R(m_db.note(s.status().error()));
    QList<Dossier> dossiers;
    for (const QString& uuid : uuids) {
        auto dossier = find(uuid);
        if (!dossier)
            return R(dossier.error());
        dossiers.append(*dossier);
    }
    return dossiers;
}

} // namespace motcua
