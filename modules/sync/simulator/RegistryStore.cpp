#include "RegistryStore.h"

#include "DossierCode.h"
#include "DossierState.h"
#include "EventFingerprint.h"
#include "ProtocolConstants.h"
#include "ProtocolTime.h"
#include "Sha256.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

namespace motcua::sync {

namespace code = protocol::code;

namespace {

Error sqlError(const QSqlError& error, const char* what)
{
    return Error{QString::fromLatin1(code::Internal), QStringLiteral("%1: %2").arg(QLatin1String(what), error.text())};
}

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("motcua-registry-sim-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isUuid(const QString& text)
{
    return !QUuid::fromString(text).isNull();
}

bool isSha256(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

QJsonObject result(const QString& key, const char* status, const char* errorCode = nullptr, const QString& message = {})
{
    QJsonObject r{{QStringLiteral("idempotencyKey"), key}, {QStringLiteral("status"), QLatin1String(status)}};
    if (errorCode)
        r.insert(QStringLiteral("code"), QLatin1String(errorCode));
    if (!message.isEmpty())
        r.insert(QStringLiteral("message"), message);
    return r;
}

// The simulator is lenient about where the payload keeps the dossier: `payload.dossier.x` or `payload.x`.
QJsonValue dossierField(const QJsonObject& payload, const QString& name)
{
    const QJsonObject dossier = payload.value(QStringLiteral("dossier")).toObject();
    if (dossier.contains(name))
        return dossier.value(name);
    return payload.value(name);
}

int stateOf(const QJsonObject& payload)
{
    const QJsonValue v = dossierField(payload, QStringLiteral("state"));
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        if (auto s = dossierStateFromKey(v.toString()))
            return nationalStatusCode(*s);
    }
    return 0;
}

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS dossiers (uuid TEXT PRIMARY KEY, agency_id TEXT NOT NULL, desk_id TEXT NOT NULL,"
    " provisional_code TEXT, official_code TEXT NOT NULL UNIQUE, procedure_code TEXT, state INTEGER NOT NULL,"
    " received_at TEXT, due_at TEXT, last_sequence INTEGER NOT NULL, snapshot TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS events (idempotency_key TEXT PRIMARY KEY, dossier_uuid TEXT NOT NULL,"
    " sequence INTEGER NOT NULL, type TEXT NOT NULL, fingerprint TEXT NOT NULL, desk_id TEXT NOT NULL,"
    " occurred_at TEXT, received_at TEXT NOT NULL, skew_ms INTEGER NOT NULL, body TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS events_dossier ON events(dossier_uuid, sequence)",
    "CREATE TABLE IF NOT EXISTS code_sequences (agency_id TEXT NOT NULL, day TEXT NOT NULL, last INTEGER NOT NULL,"
    " PRIMARY KEY (agency_id, day))",
    "CREATE TABLE IF NOT EXISTS attachments (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL,"
    " received INTEGER NOT NULL, complete INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS attachment_chunks (sha256 TEXT NOT NULL, offset INTEGER NOT NULL, data BLOB NOT NULL,"
    " PRIMARY KEY (sha256, offset))",
    "CREATE TABLE IF NOT EXISTS changes (id INTEGER PRIMARY KEY AUTOINCREMENT, agency_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, dossier_uuid TEXT, body TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS changes_agency ON changes(agency_id, id)",
    "CREATE TABLE IF NOT EXISTS decisions (idempotency_key TEXT PRIMARY KEY, dossier_uuid TEXT NOT NULL,"
    " fingerprint TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
};

} // namespace

RegistryStore::RegistryStore() : m_connection(newConnectionName()) {}

RegistryStore::~RegistryStore()
{
    close();
}

Status RegistryStore::open(const QString& path)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return sqlError(m_db.lastError(), "open registry database");
    // 64 KiB pages (taken by a new database only): attachment chunks are most of what it holds, and
    // SQLite writes a page per system call, to the WAL and again at the checkpoint. With 4 KiB pages a
    // 1 MiB chunk cost about 800 writes and 3.4 ms of CPU; with 64 KiB pages 1.3 ms.
    if (Status s = exec("PRAGMA page_size=65536"); !s)
        return s;
    // WAL with synchronous=NORMAL survives a crash of the simulator process, which is what "committed"
    // has to mean for the tests; a power cut is not what they simulate.
    if (Status s = exec("PRAGMA journal_mode=WAL"); !s)
        return s;
    if (Status s = exec("PRAGMA synchronous=NORMAL"); !s)
        return s;
    return createSchema();
}

void RegistryStore::close()
{
    m_queries.clear();
    m_uploadHashes.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlQuery& RegistryStore::query(const char* sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        q->prepare(QString::fromLatin1(sql));
        it = m_queries.insert(sql, q);
    }
    return **it;
}

Status RegistryStore::exec(const char* sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromLatin1(sql)))
        return sqlError(q.lastError(), sql);
    return {};
}

Status RegistryStore::createSchema()
{
    for (const char* statement : kSchema)
        if (Status s = exec(statement); !s)
            return s;
    return {};
}

Status RegistryStore::addCounter(const char* name, qint64 delta)
{
    QSqlQuery& q = query("INSERT INTO counters(name, value) VALUES (?, ?)"
                         " ON CONFLICT(name) DO UPDATE SET value = value + excluded.value");
    q.bindValue(0, QString::fromLatin1(name));
    q.bindValue(1, delta);
    if (!q.exec())
        return sqlError(q.lastError(), "counter");
    return {};
}

Status RegistryStore::addChange(const QString& agencyId, const char* kind, const QString& dossierUuid, QJsonObject body,
                                const QDateTime& at)
{
    body.insert(QStringLiteral("kind"), QLatin1String(kind));
    body.insert(QStringLiteral("at"), ProtocolTime::format(at));
    if (!dossierUuid.isEmpty())
        body.insert(QStringLiteral("dossierUuid"), dossierUuid);
    QSqlQuery& q = query("INSERT INTO changes(agency_id, kind, dossier_uuid, body, at) VALUES (?, ?, ?, ?, ?)");
    q.bindValue(0, agencyId);
    q.bindValue(1, QString::fromLatin1(kind));
    q.bindValue(2, dossierUuid);
    q.bindValue(3, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.bindValue(4, ProtocolTime::format(at));
    if (!q.exec())
        return sqlError(q.lastError(), "insert change");
    return {};
}

Result<QString> RegistryStore::issueCode(const QString& agencyId, const QDate& receivedOn)
{
    const QString day = receivedOn.toString(Qt::ISODate);
    QSqlQuery& q = query("INSERT INTO code_sequences(agency_id, day, last) VALUES (?, ?, 1)"
                         " ON CONFLICT(agency_id, day) DO UPDATE SET last = last + 1 RETURNING last");
    q.bindValue(0, agencyId);
    q.bindValue(1, day);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), "issue code");
    const int sequence = q.value(0).toInt();
    q.finish();
    return DossierCode::format(agencyId, receivedOn, sequence);
}

Result<QJsonObject> RegistryStore::applyEvent(const DeskIdentity& desk, const QJsonObject& event,
                                              const QDateTime& serverNow, qint64 skewMs)
{
    using R = Result<QJsonObject>;
    const QString key = event.value(QStringLiteral("idempotencyKey")).toString();
    if (!isUuid(key))
        return result(key, protocol::kRejected, code::EventInvalid, QStringLiteral("idempotencyKey is not a UUID"));
    if (Status s = addCounter("deliveries", 1); !s)
        return s.error();
    const QString fingerprint = EventFingerprint::of(event);

    QSqlQuery& seen = query("SELECT e.fingerprint, d.official_code FROM events e"
                            " LEFT JOIN dossiers d ON d.uuid = e.dossier_uuid WHERE e.idempotency_key = ?");
    seen.bindValue(0, key);
    if (!seen.exec())
        return sqlError(seen.lastError(), "find event");
    if (seen.next()) {
        const bool same = seen.value(0).toString() == fingerprint;
        const QString officialCode = seen.value(1).toString();
        seen.finish();
        if (!same) {
            if (Status s = addCounter("conflicts", 1); !s)
                return s.error();
            return result(key, protocol::kConflict, code::IdempotencyConflict,
                          QStringLiteral("key already used with another payload"));
        }
        if (Status s = addCounter("duplicates", 1); !s)
            return s.error();
        QJsonObject r = result(key, protocol::kDuplicate);
        if (!officialCode.isEmpty())
            r.insert(QStringLiteral("officialCode"), officialCode);
        return r;
    }
    seen.finish();

    const QString uuid = event.value(QStringLiteral("dossierUuid")).toString();
    const qint64 sequence = event.value(QStringLiteral("sequence")).toInteger(0);
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
    const QDateTime occurredAt = ProtocolTime::parse(event.value(QStringLiteral("occurredAt")).toString());
    QString invalid;
    if (!isUuid(uuid))
        invalid = QStringLiteral("dossierUuid is not a UUID");
    else if (sequence < 1)
        invalid = QStringLiteral("sequence must be a positive integer");
    else if (type.isEmpty())
        invalid = QStringLiteral("type is missing");
    else if (!occurredAt.isValid())
        invalid = QStringLiteral("occurredAt is not an RFC 3339 time with offset");
    else if (!event.value(QStringLiteral("payload")).isObject())
        invalid = QStringLiteral("payload is not an object");
    if (!invalid.isEmpty())
        return result(key, protocol::kRejected, code::EventInvalid, invalid);

    QSqlQuery& find = query("SELECT last_sequence, official_code, agency_id FROM dossiers WHERE uuid = ?");
    find.bindValue(0, uuid);
    if (!find.exec())
        return sqlError(find.lastError(), "find dossier");
    const bool exists = find.next();
    const qint64 last = exists ? find.value(0).toLongLong() : 0;
    QString officialCode = exists ? find.value(1).toString() : QString();
    find.finish();
    if (sequence > last + 1)
        return result(key, protocol::kDeferred, code::OutOfOrder,
                      QStringLiteral("sequence %1 arrived before %2").arg(sequence).arg(last + 1));

    for (const QJsonValue& a : event.value(QStringLiteral("attachments")).toArray()) {
        const QString sha = a.toObject().value(QStringLiteral("sha256")).toString();
        QSqlQuery& att = query("SELECT complete FROM attachments WHERE sha256 = ?");
        att.bindValue(0, sha);
        if (!att.exec())
            return sqlError(att.lastError(), "find attachment");
        const bool complete = att.next() && att.value(0).toBool();
        att.finish();
        if (!complete)
            return result(key, protocol::kDeferred, code::AttachmentMissing,
                          QStringLiteral("attachment %1 not uploaded").arg(sha.left(12)));
    }

    const QString snapshot = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QString now = ProtocolTime::format(serverNow);
    const int state = stateOf(payload);
    const QString receivedText = dossierField(payload, QStringLiteral("receivedAt")).toString();
    const QString dueText = dossierField(payload, QStringLiteral("dueAt")).toString();
    if (!exists) {
        const QString code = dossierField(payload, QStringLiteral("code")).toString();
        const auto parsed = DossierCode::parse(code);
        QString provisional;
        if (parsed && !parsed->provisional) {
            officialCode = code; // pushed with an official code: the registry keeps it
        } else {
            provisional = code;
            QDateTime received = ProtocolTime::parse(receivedText);
            if (!received.isValid())
                received = occurredAt;
            const QDate day = received.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")).date();
            auto issued = issueCode(desk.agencyId, day);
            if (!issued)
                return R(issued.error());
            officialCode = issued.value();
        }
        QSqlQuery& insert = query(
            "INSERT INTO dossiers(uuid, agency_id, desk_id, provisional_code, official_code, procedure_code, state,"
            " received_at, due_at, last_sequence, snapshot, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        insert.bindValue(0, uuid);
        insert.bindValue(1, desk.agencyId);
        insert.bindValue(2, desk.deskId);
        insert.bindValue(3, provisional);
        insert.bindValue(4, officialCode);
        insert.bindValue(5, dossierField(payload, QStringLiteral("procedureCode")).toString());
        insert.bindValue(6, state > 0 ? state : nationalStatusCode(DossierState::Received));
        insert.bindValue(7, receivedText);
        insert.bindValue(8, dueText);
        insert.bindValue(9, sequence);
        insert.bindValue(10, snapshot);
        insert.bindValue(11, now);
        if (!insert.exec()) {
            // The only expected failure is an official code already held by another dossier.
            if (insert.lastError().nativeErrorCode() == QLatin1String("2067") ||
                insert.lastError().nativeErrorCode() == QLatin1String("1555"))
                return result(key, protocol::kRejected, code::EventInvalid,
                              QStringLiteral("official code already belongs to another dossier"));
            return sqlError(insert.lastError(), "insert dossier");
        }
        if (!provisional.isEmpty() || code.isEmpty()) {
            QJsonObject change{{QStringLiteral("provisionalCode"), provisional},
                               {QStringLiteral("officialCode"), officialCode}};
            if (Status s = addChange(desk.agencyId, protocol::change::CodeAssigned, uuid, change, serverNow); !s)
                return s.error();
        }
    } else if (sequence >= last) {
        QSqlQuery& update = query("UPDATE dossiers SET last_sequence = ?, snapshot = ?, state = COALESCE(?, state),"
                                  " due_at = CASE WHEN ? = '' THEN due_at ELSE ? END, updated_at = ? WHERE uuid = ?");
        update.bindValue(0, sequence);
        update.bindValue(1, snapshot);
        update.bindValue(2, state > 0 ? QVariant(state) : QVariant());
        update.bindValue(3, dueText);
        update.bindValue(4, dueText);
        update.bindValue(5, now);
        update.bindValue(6, uuid);
        if (!update.exec())
            return sqlError(update.lastError(), "update dossier");
    }

    QSqlQuery& insertEvent = query("INSERT INTO events(idempotency_key, dossier_uuid, sequence, type, fingerprint,"
                                   " desk_id, occurred_at, received_at, skew_ms, body) VALUES (?,?,?,?,?,?,?,?,?,?)");
    insertEvent.bindValue(0, key);
    insertEvent.bindValue(1, uuid);
    insertEvent.bindValue(2, sequence);
    insertEvent.bindValue(3, type);
    insertEvent.bindValue(4, fingerprint);
    insertEvent.bindValue(5, desk.deskId);
    insertEvent.bindValue(6, ProtocolTime::format(occurredAt));
    insertEvent.bindValue(7, now);
    insertEvent.bindValue(8, skewMs);
    insertEvent.bindValue(9, QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
    if (!insertEvent.exec())
        return sqlError(insertEvent.lastError(), "insert event");
    QJsonObject r = result(key, protocol::kAccepted);
    r.insert(QStringLiteral("officialCode"), officialCode);
    return r;
}

Result<QJsonArray> RegistryStore::pushBatch(const DeskIdentity& desk, const QJsonArray& events,
                                            const QDateTime& serverNow, qint64 skewMs)
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), "begin");
    QJsonArray results;
    for (const QJsonValue& value : events) {
        // The desk's clock error is kept with each event (SYNC-PROTOCOL.md §4).
        auto r = applyEvent(desk, value.toObject(), serverNow, skewMs);
        if (!r) {
            m_db.rollback();
            return r.error();
        }
        results.append(r.value());
    }
    if (Status s = addCounter("batches", 1); !s) {
        m_db.rollback();
        return s.error();
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return sqlError(m_db.lastError(), "commit batch");
    }
    return results;
}

Result<RegistryStore::UploadStatus> RegistryStore::attachmentStatus(const QString& sha256)
{
    QSqlQuery& q = query("SELECT size, received, complete FROM attachments WHERE sha256 = ?");
    q.bindValue(0, sha256);
    if (!q.exec())
        return sqlError(q.lastError(), "attachment status");
    UploadStatus status;
    if (q.next()) {
        status.known = true;
        status.size = q.value(0).toLongLong();
        status.received = q.value(1).toLongLong();
        status.complete = q.value(2).toBool();
    }
    q.finish();
    return status;
}

Result<RegistryStore::UploadStatus> RegistryStore::putChunk(const QString& sha256, qint64 offset, qint64 size,
                                                            const QByteArray& data)
{
    using R = Result<UploadStatus>;
    if (!isSha256(sha256))
        return R::failure(QLatin1String(code::Malformed), QStringLiteral("not a lowercase SHA-256"));
    if (size <= 0 || offset < 0 || data.isEmpty() || offset + data.size() > size)
        return R::failure(QLatin1String(code::Malformed), QStringLiteral("offset/size/chunk do not fit"));
    if (size > protocol::kMaxAttachmentBytes)
        return R::failure(QLatin1String(code::AttachmentTooLarge), QStringLiteral("attachment over 100 MiB"));
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), "begin");
    auto fail = [this](Error e) {
        m_db.rollback();
        return R(std::move(e));
    };
    auto status = attachmentStatus(sha256);
    if (!status)
        return fail(status.error());
    UploadStatus s = status.value();
    if (s.known && s.size != size)
        return fail({QLatin1String(code::Malformed), QStringLiteral("size differs from the upload in progress")});
    if (s.complete) {
        m_db.rollback();
        return s;
    }
    if (offset != s.received)
        return fail({QLatin1String(code::OffsetMismatch), QString::number(s.received)});

    // The hash of the bytes so far: kept from the previous chunk, or (after a restart) read back once.
    Sha256 hash;
    const auto kept = m_uploadHashes.constFind(sha256);
    if (kept != m_uploadHashes.constEnd() && kept->first == offset) {
        hash = kept->second;
    } else if (offset > 0) {
        QSqlQuery& read = query("SELECT data FROM attachment_chunks WHERE sha256 = ? ORDER BY offset");
        read.bindValue(0, sha256);
        if (!read.exec())
            return fail(sqlError(read.lastError(), "read chunks"));
        while (read.next())
            hash.addData(read.value(0).toByteArray());
        read.finish();
    }
    hash.addData(data);
    const qint64 received = offset + data.size();
    const bool complete = received == size;
    if (Status c = addCounter("attachmentBytesReceived", data.size()); !c)
        return fail(c.error());
    if (complete && hash.hexResult() != sha256) {
        // Discard the upload so the next attempt starts clean; commit the discard.
        m_uploadHashes.remove(sha256);
        QSqlQuery& drop1 = query("DELETE FROM attachment_chunks WHERE sha256 = ?");
        drop1.bindValue(0, sha256);
        QSqlQuery& drop2 = query("DELETE FROM attachments WHERE sha256 = ?");
        drop2.bindValue(0, sha256);
        if (!drop1.exec() || !drop2.exec() || !m_db.commit())
            return fail(sqlError(m_db.lastError(), "discard attachment"));
        return R::failure(QLatin1String(code::HashMismatch), QStringLiteral("SHA-256 of the bytes differs"));
    }
    if (!s.known) {
        QSqlQuery& insert = query("INSERT INTO attachments(sha256, size, received, complete) VALUES (?, ?, 0, 0)");
        insert.bindValue(0, sha256);
        insert.bindValue(1, size);
        if (!insert.exec())
            return fail(sqlError(insert.lastError(), "insert attachment"));
        s.known = true;
        s.size = size;
    }
    QSqlQuery& chunk = query("INSERT INTO attachment_chunks(sha256, offset, data) VALUES (?, ?, ?)");
    chunk.bindValue(0, sha256);
    chunk.bindValue(1, offset);
    chunk.bindValue(2, data);
    if (!chunk.exec())
        return fail(sqlError(chunk.lastError(), "insert chunk"));
    s.received = received;
    s.complete = complete;
    QSqlQuery& update = query("UPDATE attachments SET received = ?, complete = ? WHERE sha256 = ?");
    update.bindValue(0, s.received);
    update.bindValue(1, s.complete ? 1 : 0);
    update.bindValue(2, sha256);
    if (!update.exec())
        return fail(sqlError(update.lastError(), "update attachment"));
    if (!m_db.commit())
        return fail(sqlError(m_db.lastError(), "commit chunk"));
    // Only what is committed is kept: a rolled-back chunk leaves the kept state where the database is.
    if (complete) {
        m_uploadHashes.remove(sha256);
    } else {
        if (m_uploadHashes.size() >= kMaxKeptHashes && !m_uploadHashes.contains(sha256))
            m_uploadHashes.erase(m_uploadHashes.begin()); // any one: it is read back if that upload goes on
        m_uploadHashes.insert(sha256, {received, hash});
    }
    return s;
}

Result<RegistryStore::ChangePage> RegistryStore::changes(const QString& agencyId, qint64 since, int limit)
{
    QSqlQuery& q = query("SELECT id, body FROM changes WHERE (agency_id = ? OR agency_id = '*') AND id > ?"
                         " ORDER BY id LIMIT ?");
    q.bindValue(0, agencyId);
    q.bindValue(1, since);
    q.bindValue(2, limit + 1);
    if (!q.exec())
        return sqlError(q.lastError(), "read changes");
    ChangePage page;
    page.nextCursor = since;
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        QJsonObject change = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        const qint64 id = q.value(0).toLongLong();
        change.insert(QStringLiteral("id"), id);
        page.changes.append(change);
        page.nextCursor = id;
    }
    q.finish();
    return page;
}

Result<QJsonArray> RegistryStore::dossiers(const QString& agencyId, int state, const QString& after, int limit)
{
    QSqlQuery& q =
        query("SELECT uuid, official_code, agency_id, desk_id, procedure_code, state, received_at, due_at,"
              " updated_at FROM dossiers WHERE (COALESCE(?, '') = '' OR agency_id = ?) AND (? = 0 OR state = ?)"
              " AND uuid > COALESCE(?, '') ORDER BY uuid LIMIT ?"); // a missing filter binds NULL
    q.bindValue(0, agencyId);
    q.bindValue(1, agencyId);
    q.bindValue(2, state);
    q.bindValue(3, state);
    q.bindValue(4, after);
    q.bindValue(5, limit);
    if (!q.exec())
        return sqlError(q.lastError(), "list dossiers");
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject{{QStringLiteral("uuid"), q.value(0).toString()},
                               {QStringLiteral("code"), q.value(1).toString()},
                               {QStringLiteral("agencyId"), q.value(2).toString()},
                               {QStringLiteral("deskId"), q.value(3).toString()},
                               {QStringLiteral("procedureCode"), q.value(4).toString()},
                               {QStringLiteral("state"), q.value(5).toInt()},
                               {QStringLiteral("receivedAt"), q.value(6).toString()},
                               {QStringLiteral("dueAt"), q.value(7).toString()},
                               {QStringLiteral("updatedAt"), q.value(8).toString()}});
    }
    q.finish();
    return out;
}

Result<QString> RegistryStore::decide(const DeskIdentity& supervisor, const QString& dossierUuid,
                                      const QJsonObject& decision, const QDateTime& serverNow)
{
    using R = Result<QString>;
    const QString key = decision.value(QStringLiteral("idempotencyKey")).toString();
    const QString what = decision.value(QStringLiteral("decision")).toString();
    const int state = decision.value(QStringLiteral("state")).toInt(0);
    static const QStringList decisions{QStringLiteral("approve"), QStringLiteral("return"), QStringLiteral("note")};
    if (!isUuid(key) || !decisions.contains(what) || (state != 0 && !dossierStateFromCode(state)))
        return R::failure(QLatin1String(code::Malformed), QStringLiteral("idempotencyKey, decision or state invalid"));
    const QString fingerprint = EventFingerprint::of(decision);
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), "begin");
    auto fail = [this](Error e) {
        m_db.rollback();
        return R(std::move(e));
    };
    QSqlQuery& seen = query("SELECT fingerprint FROM decisions WHERE idempotency_key = ?");
    seen.bindValue(0, key);
    if (!seen.exec())
        return fail(sqlError(seen.lastError(), "find decision"));
    if (seen.next()) {
        const bool same = seen.value(0).toString() == fingerprint;
        seen.finish();
        m_db.rollback();
        if (!same)
            return R::failure(QLatin1String(code::IdempotencyConflict),
                              QStringLiteral("key used for another decision"));
        return QString::fromLatin1(protocol::kDuplicate);
    }
    seen.finish();
    QSqlQuery& find = query("SELECT agency_id, official_code FROM dossiers WHERE uuid = ?");
    find.bindValue(0, dossierUuid);
    if (!find.exec())
        return fail(sqlError(find.lastError(), "find dossier"));
    if (!find.next())
        return fail({QLatin1String(code::DossierUnknown), QStringLiteral("no such dossier")});
    const QString agencyId = find.value(0).toString();
    const QString officialCode = find.value(1).toString();
    find.finish();
    QSqlQuery& insert = query("INSERT INTO decisions(idempotency_key, dossier_uuid, fingerprint) VALUES (?, ?, ?)");
    insert.bindValue(0, key);
    insert.bindValue(1, dossierUuid);
    insert.bindValue(2, fingerprint);
    if (!insert.exec())
        return fail(sqlError(insert.lastError(), "insert decision"));
    const QString note = decision.value(QStringLiteral("note")).toString();
    QJsonObject body{{QStringLiteral("decision"), what},
                     {QStringLiteral("note"), note},
                     {QStringLiteral("decidedBy"), supervisor.deskId},
                     {QStringLiteral("code"), officialCode}};
    if (Status s = addChange(agencyId, protocol::change::Decision, dossierUuid, body, serverNow); !s)
        return fail(s.error());
    if (state != 0) {
        QSqlQuery& update = query("UPDATE dossiers SET state = ?, updated_at = ? WHERE uuid = ?");
        update.bindValue(0, state);
        update.bindValue(1, ProtocolTime::format(serverNow));
        update.bindValue(2, dossierUuid);
        if (!update.exec())
            return fail(sqlError(update.lastError(), "update state"));
        QJsonObject status{{QStringLiteral("code"), officialCode},
                           {QStringLiteral("state"), state},
                           {QStringLiteral("stateKey"), stateKey(*dossierStateFromCode(state))},
                           {QStringLiteral("note"), note},
                           {QStringLiteral("actor"), QJsonObject{{QStringLiteral("name"), supervisor.deskId}}}};
        if (Status s = addChange(agencyId, protocol::change::Status, dossierUuid, status, serverNow); !s)
            return fail(s.error());
    }
    if (!m_db.commit())
        return fail(sqlError(m_db.lastError(), "commit decision"));
    return QString::fromLatin1(protocol::kAccepted);
}

Status RegistryStore::publishCatalogue(const QJsonObject& catalogue, const QDateTime& serverNow)
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), "begin");
    QJsonObject body{{QStringLiteral("catalogueVersion"), catalogue.value(QStringLiteral("catalogueVersion"))},
                     {QStringLiteral("catalogue"), catalogue.value(QStringLiteral("catalogue"))}};
    if (Status s = addChange(QStringLiteral("*"), protocol::change::Catalogue, {}, body, serverNow); !s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit())
        return sqlError(m_db.lastError(), "commit catalogue");
    return {};
}

Result<QJsonObject> RegistryStore::stats()
{
    auto scalar = [this](const char* sql) -> qint64 {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(sql)) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    };
    auto counter = [this](const char* name) -> qint64 {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT value FROM counters WHERE name = ?"));
        q.bindValue(0, QString::fromLatin1(name));
        if (!q.exec() || !q.next())
            return 0;
        return q.value(0).toLongLong();
    };
    QJsonObject out{
        {QStringLiteral("dossiers"), scalar("SELECT COUNT(*) FROM dossiers")},
        {QStringLiteral("distinctOfficialCodes"), scalar("SELECT COUNT(DISTINCT official_code) FROM dossiers")},
        {QStringLiteral("events"), scalar("SELECT COUNT(*) FROM events")},
        {QStringLiteral("idempotencyKeys"), scalar("SELECT COUNT(DISTINCT idempotency_key) FROM events")},
        {QStringLiteral("dossiersWithSequenceGaps"),
         scalar("SELECT COUNT(*) FROM (SELECT dossier_uuid FROM events GROUP BY dossier_uuid"
                " HAVING MAX(sequence) <> COUNT(DISTINCT sequence))")},
        {QStringLiteral("attachments"), scalar("SELECT COUNT(*) FROM attachments WHERE complete = 1")},
        {QStringLiteral("attachmentsPartial"), scalar("SELECT COUNT(*) FROM attachments WHERE complete = 0")},
        {QStringLiteral("attachmentBytes"),
         scalar("SELECT COALESCE(SUM(size), 0) FROM attachments WHERE complete = 1")},
        {QStringLiteral("attachmentBytesReceived"), counter("attachmentBytesReceived")},
        {QStringLiteral("changes"), scalar("SELECT COUNT(*) FROM changes")},
        {QStringLiteral("deliveries"), counter("deliveries")},
        {QStringLiteral("duplicates"), counter("duplicates")},
        {QStringLiteral("conflicts"), counter("conflicts")},
        {QStringLiteral("batches"), counter("batches")},
    };
    for (auto it = out.begin(); it != out.end(); ++it)
        if (it.value().toInteger() < 0)
            return Result<QJsonObject>::failure(QLatin1String(code::Internal), QStringLiteral("stats query failed"));
    return out;
}

} // namespace motcua::sync
