#include "DossierRows.h"

#include "Database.h"
#include "Statement.h"
#include "StorageTime.h"
#include "TextFold.h"

#include <array>

namespace motcua::dossier_rows {

namespace {

// Column order = parameter number - 1 in insertSql()/updateSql() = column index - 1 in selectSql().
constexpr std::array<const char*, 44> kColumns{
    "uuid",                      // 1
    "code",                      // 2
    "code_provisional",          // 3
    "provisional_code",          // 4
    "procedure_code",            // 5
    "procedure_version",         // 6
    "procedure_name",            // 7
    "catalogue_version",         // 8
    "applicant_name",            // 9
    "applicant_id_number",       // 10
    "applicant_birth_date",      // 11
    "applicant_sex",             // 12
    "applicant_address",         // 13
    "applicant_province_code",   // 14
    "applicant_commune_code",    // 15
    "applicant_phone",           // 16
    "applicant_email",           // 17
    "applicant_identity_source", // 18
    "has_representative",        // 19
    "rep_name",                  // 20
    "rep_id_number",             // 21
    "rep_birth_date",            // 22
    "rep_sex",                   // 23
    "rep_address",               // 24
    "rep_province_code",         // 25
    "rep_commune_code",          // 26
    "rep_phone",                 // 27
    "rep_email",                 // 28
    "rep_identity_source",       // 29
    "state",                     // 30
    "received_at",               // 31
    "due_at",                    // 32
    "previous_due_at",           // 33
    "supplement_requests",       // 34
    "extensions",                // 35
    "fee_vnd",                   // 36
    "return_channel",            // 37
    "parent_uuid",               // 38
    "received_by",               // 39
    "note",                      // 40
    "demo",                      // 41
    "revision",                  // 42
    "created_at",                // 43
    "updated_at",                // 44
};
constexpr int kCreatedAt = 43;

QByteArray buildInsert()
{
    QByteArray names;
    QByteArray values;
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        names += (i ? ", " : "") + QByteArray(kColumns[i]);
        values += (i ? ", ?" : "?") + QByteArray::number(qulonglong(i + 1));
    }
    return "INSERT INTO dossiers (" + names + ") VALUES (" + values + ")";
}

QByteArray buildUpdate()
{
    QByteArray sets;
    for (std::size_t i = 1; i < kColumns.size(); ++i) {
        if (int(i) + 1 == kCreatedAt)
            continue;
        sets += (sets.isEmpty() ? "" : ", ") + QByteArray(kColumns[i]) + " = ?" + QByteArray::number(qulonglong(i + 1));
    }
    return "UPDATE dossiers SET " + sets + " WHERE uuid = ?1";
}

QByteArray buildSelect()
{
    QByteArray names = "id";
    for (const char* column : kColumns)
        names += ", " + QByteArray(column);
    return "SELECT " + names + " FROM dossiers ";
}

Applicant normalizedApplicant(Applicant a)
{
    for (QString* field : {&a.fullName, &a.idNumber, &a.sex, &a.address, &a.provinceCode, &a.communeCode, &a.phone,
                           &a.email, &a.identitySource})
        *field = normalizeNfc(field->trimmed());
    return a;
}

void bindApplicant(Statement& s, int first, const Applicant& a)
{
    s.bind(first, a.fullName).bind(first + 1, a.idNumber);
    storage_time::bindDate(s, first + 2, a.dateOfBirth);
    s.bind(first + 3, a.sex)
        .bind(first + 4, a.address)
        .bind(first + 5, a.provinceCode)
        .bind(first + 6, a.communeCode)
        .bind(first + 7, a.phone)
        .bind(first + 8, a.email)
        .bind(first + 9, a.identitySource);
}

Applicant readApplicant(const Statement& s, int first)
{
    Applicant a;
    a.fullName = s.text(first);
    a.idNumber = s.text(first + 1);
    a.dateOfBirth = storage_time::readDate(s, first + 2);
    a.sex = s.text(first + 3);
    a.address = s.text(first + 4);
    a.provinceCode = s.text(first + 5);
    a.communeCode = s.text(first + 6);
    a.phone = s.text(first + 7);
    a.email = s.text(first + 8);
    a.identitySource = s.text(first + 9);
    return a;
}

} // namespace

const char* insertSql()
{
    static const QByteArray sql = buildInsert();
    return sql.constData();
}

const char* updateSql()
{
    static const QByteArray sql = buildUpdate();
    return sql.constData();
}

const QByteArray& selectSql()
{
    static const QByteArray sql = buildSelect();
    return sql;
}

Dossier normalized(Dossier d)
{
    for (QString* field : {&d.uuid, &d.code, &d.procedureCode, &d.procedureName, &d.catalogueVersion, &d.returnChannel,
                           &d.parentUuid, &d.receivedBy, &d.note})
        *field = normalizeNfc(field->trimmed());
    d.applicant = normalizedApplicant(d.applicant);
    if (d.representative)
        d.representative = normalizedApplicant(*d.representative);
    for (DossierComponent& c : d.components) {
        c.componentId = normalizeNfc(c.componentId.trimmed());
        c.name = normalizeNfc(c.name.trimmed());
        c.fileSha256 = c.fileSha256.trimmed().toLower();
    }
    return d;
}

void bind(Statement& s, const Dossier& d, const RowMeta& meta)
{
    s.bind(1, d.uuid)
        .bind(2, d.code)
        .bind(3, d.codeProvisional ? 1 : 0)
        .bindOptional(4, meta.provisionalCode)
        .bind(5, d.procedureCode)
        .bind(6, d.procedureVersion)
        .bind(7, d.procedureName)
        .bind(8, d.catalogueVersion);
    bindApplicant(s, 9, d.applicant);
    s.bind(19, d.representative ? 1 : 0);
    if (d.representative) {
        bindApplicant(s, 20, *d.representative);
    } else {
        for (int i = 20; i < 30; ++i)
            s.bindNull(i);
    }
    s.bind(30, nationalStatusCode(d.state));
    storage_time::bind(s, 31, d.receivedAt);
    storage_time::bind(s, 32, d.dueAt);
    storage_time::bind(s, 33, d.previousDueAt);
    s.bind(34, d.counters.supplementRequests)
        .bind(35, d.counters.extensions)
        .bind(36, d.feeVnd)
        .bind(37, d.returnChannel)
        .bindOptional(38, d.parentUuid)
        .bind(39, d.receivedBy)
        .bind(40, d.note)
        .bind(41, d.demo ? 1 : 0)
        .bind(42, meta.revision)
        .bind(43, meta.createdAtMs)
        .bind(44, meta.updatedAtMs);
}

Dossier read(const Statement& s, RowMeta* meta)
{
    // Column i of kColumns is at index i + 1 (index 0 is id).
    Dossier d;
    d.uuid = s.text(1);
    d.code = s.text(2);
    d.codeProvisional = s.int64(3) != 0;
    d.procedureCode = s.text(5);
    d.procedureVersion = s.integer(6);
    d.procedureName = s.text(7);
    d.catalogueVersion = s.text(8);
    d.applicant = readApplicant(s, 9);
    if (s.int64(19) != 0)
        d.representative = readApplicant(s, 20);
    d.state = dossierStateFromCode(s.integer(30)).value_or(DossierState::Received);
    d.receivedAt = storage_time::read(s, 31);
    d.dueAt = storage_time::read(s, 32);
    d.previousDueAt = storage_time::read(s, 33);
    d.counters.supplementRequests = s.integer(34);
    d.counters.extensions = s.integer(35);
    d.feeVnd = s.int64(36);
    d.returnChannel = s.text(37);
    d.parentUuid = s.text(38);
    d.receivedBy = s.text(39);
    d.note = s.text(40);
    d.demo = s.int64(41) != 0;
    if (meta) {
        meta->id = s.int64(0);
        meta->provisionalCode = s.text(4);
        meta->revision = s.int64(42);
        meta->createdAtMs = s.int64(43);
        meta->updatedAtMs = s.int64(44);
    }
    return d;
}

Status insertComponents(Database& db, qint64 dossierId, const QList<DossierComponent>& components)
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        const DossierComponent& c = components[i];
        Statement& s = db.cached("INSERT INTO dossier_components (dossier_id, position, component_id, name, status, "
                                 "file_sha256, page_count, bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        s.bind(1, dossierId)
            .bind(2, qint64(i))
            .bind(3, c.componentId)
            .bind(4, c.name)
            .bind(5, componentStatusKey(c.status))
            .bindOptional(6, c.fileSha256)
            .bind(7, c.pageCount)
            .bind(8, c.bytes);
        if (Status st = s.run(); !st)
            return st;
    }
    return Status::success();
}

Status deleteComponents(Database& db, qint64 dossierId)
{
    Statement& s = db.cached("DELETE FROM dossier_components WHERE dossier_id = ?1");
    s.bind(1, dossierId);
    return s.run();
}

Result<QList<DossierComponent>> readComponents(Database& db, qint64 dossierId)
{
    Statement& s = db.cached("SELECT component_id, name, status, file_sha256, page_count, bytes "
                             "FROM dossier_components WHERE dossier_id = ?1 ORDER BY position");
    s.bind(1, dossierId);
    QList<DossierComponent> components;
    while (s.next()) {
        DossierComponent c;
        c.componentId = s.text(0);
        c.name = s.text(1);
        c.status = componentStatusFromKey(s.text(2)).value_or(ComponentStatus::Missing);
        c.fileSha256 = s.text(3);
        c.pageCount = s.integer(4);
        c.bytes = s.int64(5);
        components.append(c);
    }
    if (!s.status().ok())
        return Result<QList<DossierComponent>>(s.status().error());
    return components;
}

} // namespace motcua::dossier_rows
