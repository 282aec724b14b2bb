#include "DossierListQuery.h"

#include "Database.h"
#include "SearchIndex.h"
#include "StorageTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <limits>

namespace motcua::intake {

namespace {

// Numbered parameters, one per filter field, so a clause binds only what it uses.
enum Param { Match = 1, Procedure = 2, From = 3, To = 4, Now = 5, Soon = 6, CursorTime = 7, CursorId = 8, Limit = 9 };

const QTimeZone& vietnam()
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    return zone;
}

qint64 startOfDayMs(const QDate& date)
{
    return storage_time::toMs(date.startOfDay(vietnam()));
}

QByteArray stateList(const QList<DossierState>& states)
{
    QByteArray list;
    for (DossierState state : states) {
        if (!list.isEmpty())
            list += ',';
        list += QByteArray::number(nationalStatusCode(state));
    }
    return list;
}

bool onlyOpenStates(const QList<DossierState>& states)
{
    if (states.isEmpty())
        return false;
    const QList<DossierState> open = DossierListQuery::openStates();
    for (DossierState state : states)
        if (!open.contains(state))
            return false;
    return true;
}

QDateTime effectiveNow(const DossierListFilter& filter)
{
    return filter.now.isValid() ? filter.now : QDateTime::currentDateTime();
}

constexpr const char* kColumns =
    "d.id, d.uuid, d.code, d.code_provisional, d.applicant_name, d.applicant_id_number, d.applicant_address,"
    " d.procedure_code, d.procedure_name, d.state, d.received_at, d.due_at,"
    // The worst state among the entries not yet synced (failed, then sending, then queued), without a sort.
    " (SELECT CASE min(CASE o.state WHEN 'failed' THEN 0 WHEN 'sending' THEN 1 ELSE 2 END)"
    "  WHEN 0 THEN 'failed' WHEN 1 THEN 'sending' WHEN 2 THEN 'queued' END"
    "  FROM outbox AS o WHERE o.dossier_id = d.id AND o.state <> 'synced'),"
    " (SELECT o.last_error FROM outbox AS o WHERE o.dossier_id = d.id AND o.state = 'failed'"
    "  ORDER BY o.sequence LIMIT 1)";

} // namespace

QList<DossierState> DossierListQuery::openStates()
{
    return {DossierState::Registered,          DossierState::Received,        DossierState::Processing,
            DossierState::SupplementRequested, DossierState::AwaitingPayment, DossierState::WithdrawRequested};
}

QByteArray DossierListQuery::sql(const DossierListFilter& filter, const DossierListCursor& cursor, bool countOnly)
{
    const bool search = !SearchIndex::matchExpression(filter.search).isEmpty();
    const bool openOnly = filter.overdue || filter.dueSoon || onlyOpenStates(filter.states);

    QByteArray sql = "SELECT ";
    sql += countOnly ? QByteArray("1") : QByteArray(kColumns);
    if (search) {
        // The index drives: it yields matching rows newest first and stops at the LIMIT.
        sql += " FROM dossier_search CROSS JOIN dossiers AS d ON d.id = dossier_search.rowid"
               " WHERE dossier_search MATCH ?1";
    } else if (openOnly) {
        // Open dossiers are the office's backlog: few, found through the state index, then sorted.
        sql += " FROM dossiers AS d INDEXED BY dossiers_state WHERE 1";
    } else {
        // Everything else walks reception order backwards and stops at the LIMIT: no sort of the table.
        sql += " FROM dossiers AS d INDEXED BY dossiers_received_at WHERE 1";
    }

    if (!filter.states.isEmpty())
        sql += " AND d.state IN (" + stateList(filter.states) + ")";
    if (!filter.procedureCode.isEmpty())
        sql += " AND d.procedure_code = ?2";
    if (filter.receivedFrom.isValid())
        sql += " AND d.received_at >= ?3";
    if (filter.receivedTo.isValid())
        sql += " AND d.received_at < ?4";
    if (filter.overdue || filter.dueSoon)
        sql += " AND d.state IN (" + stateList(openStates()) + ")";
    if (filter.overdue)
        sql += " AND d.due_at < ?5";
    if (filter.dueSoon)
        sql += " AND d.due_at >= ?5 AND d.due_at < ?6";

    if (!cursor.atStart && !countOnly) {
        if (search)
            sql += " AND dossier_search.rowid < ?8";
        else if (!cursor.withoutTime)
            sql += " AND (d.received_at, d.id) < (?7, ?8)"; // a range of the index: deep pages cost nothing
        else
            sql += " AND d.received_at IS NULL AND d.id < ?8";
    }

    if (countOnly)
        sql += " LIMIT ?9";
    else if (search)
        sql += " ORDER BY dossier_search.rowid DESC LIMIT ?9";
    else
        sql += " ORDER BY d.received_at DESC, d.id DESC LIMIT ?9";
    if (countOnly)
        sql = "SELECT count(*) FROM (" + sql + ")";
    return sql;
}

namespace {

void bindFilter(Statement& s, const DossierListFilter& filter)
{
    const QString match = SearchIndex::matchExpression(filter.search);
    if (!match.isEmpty())
        s.bind(Match, match);
    if (!filter.procedureCode.isEmpty())
        s.bind(Procedure, filter.procedureCode);
    if (filter.receivedFrom.isValid())
        s.bind(From, startOfDayMs(filter.receivedFrom));
    if (filter.receivedTo.isValid())
        s.bind(To, startOfDayMs(filter.receivedTo.addDays(1)));
    if (filter.overdue || filter.dueSoon)
        s.bind(Now, storage_time::toMs(effectiveNow(filter)));
    if (filter.dueSoon) {
        const QDateTime until = filter.dueSoonUntil.isValid() ? filter.dueSoonUntil : effectiveNow(filter).addDays(1);
        s.bind(Soon, storage_time::toMs(until));
    }
}

} // namespace

Result<QList<DossierListRow>> DossierListQuery::page(const DossierListFilter& filter, DossierListCursor* cursor,
                                                     int limit)
{
    using R = Result<QList<DossierListRow>>;
    DossierListCursor start = cursor ? *cursor : DossierListCursor{};
    const bool search = !SearchIndex::matchExpression(filter.search).isEmpty();
    if (!start.atStart && start.searchOrder != search)
        start = {}; // the order changed: begin again
    QList<DossierListRow> rows;
    if (Status st = readPage(filter, start, search, qMax(1, limit), &rows); !st)
        return R(st.error());
    // Reception order puts dossiers without a reception time last. The first page (no keyset) already
    // ends with them when it is short; after that the keyset over times skips them, so a short page
    // goes on with them.
    if (!search && !start.atStart && !start.withoutTime && rows.size() < qMax(1, limit)) {
        DossierListCursor tail;
        tail.atStart = false;
        tail.withoutTime = true;
        tail.id = std::numeric_limits<qint64>::max();
        if (Status st = readPage(filter, tail, search, qMax(1, limit) - int(rows.size()), &rows); !st)
            return R(st.error());
    }
    if (cursor && !rows.isEmpty()) {
        cursor->atStart = false;
        cursor->searchOrder = search;
        cursor->id = rows.last().id;
        cursor->receivedAt = rows.last().receivedAt;
        cursor->withoutTime = !search && !rows.last().receivedAt.isValid();
    }
    return rows;
}

Status DossierListQuery::readPage(const DossierListFilter& filter, const DossierListCursor& start, bool search,
                                  int limit, QList<DossierListRow>* rows)
{
    Statement s = m_db.prepare(sql(filter, start, false).constData());
    if (!s.isValid())
        return m_db.note(s.status());
    bindFilter(s, filter);
    if (!start.atStart) {
        if (!search && !start.withoutTime)
            s.bind(CursorTime, storage_time::toMs(start.receivedAt));
        s.bind(CursorId, start.id);
    }
    s.bind(Limit, limit);
    while (s.next()) {
        DossierListRow row;
        row.id = s.int64(0);
        row.uuid = s.text(1);
        row.code = s.text(2);
        row.codeProvisional = s.int64(3) != 0;
        row.applicantName = s.text(4);
        row.applicantIdNumber = s.text(5);
        row.applicantAddress = s.text(6);
        row.procedureCode = s.text(7);
        row.procedureName = s.text(8);
        row.state = dossierStateFromCode(s.integer(9)).value_or(DossierState::Received);
        row.receivedAt = storage_time::read(s, 10);
        row.dueAt = storage_time::read(s, 11);
        if (!s.isNull(12))
            row.sync.key = s.text(12);
        if (row.sync.key == QLatin1String("failed"))
            row.sync.error = s.text(13);
        rows->append(row);
    }
    if (!s.status().ok())
        return m_db.note(s.status());
    return {};
}

Result<qint64> DossierListQuery::count(const DossierListFilter& filter, qint64 cap)
{
    Statement s = m_db.prepare(sql(filter, {}, true).constData());
    if (!s.isValid())
        return Result<qint64>(m_db.note(s.status().error()));
    bindFilter(s, filter);
    s.bind(Limit, qMax<qint64>(1, cap));
    const qint64 n = s.next() ? s.int64(0) : 0;
    if (!s.status().ok())
        return Result<qint64>(m_db.note(s.status().error()));
    return n;
}

Result<QHash<qint64, DossierSyncState>> DossierListQuery::syncStates(const QList<qint64>& ids)
{
    using R = Result<QHash<qint64, DossierSyncState>>;
    QHash<qint64, DossierSyncState> states;
    if (ids.isEmpty())
        return states;
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    Statement& s =
        m_db.cached("SELECT j.value,"
                    " (SELECT CASE min(CASE o.state WHEN 'failed' THEN 0 WHEN 'sending' THEN 1 ELSE 2 END)"
                    "  WHEN 0 THEN 'failed' WHEN 1 THEN 'sending' WHEN 2 THEN 'queued' END"
                    "  FROM outbox AS o WHERE o.dossier_id = j.value AND o.state <> 'synced'),"
                    " (SELECT o.last_error FROM outbox AS o WHERE o.dossier_id = j.value AND o.state = 'failed'"
                    "  ORDER BY o.sequence LIMIT 1)"
                    " FROM json_each(?1) AS j");
    s.bind(1, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    while (s.next()) {
        DossierSyncState state;
        if (!s.isNull(1))
            state.key = s.text(1);
        if (state.key == QLatin1String("failed"))
            state.error = s.text(2);
        states.insert(s.int64(0), state);
    }
    if (!s.status().ok())
        return R(m_db.note(s.status().error()));
    return states;
}

QString DossierListQuery::provisionalCode(const QString& uuid)
{
    Statement& s = m_db.cached("SELECT provisional_code FROM dossiers WHERE uuid = ?1");
    s.bind(1, uuid);
    const QString code = s.next() && !s.isNull(0) ? s.text(0) : QString();
    s.reset();
    return code;
}

} // namespace motcua::intake
