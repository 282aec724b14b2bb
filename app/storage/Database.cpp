#include "Database.h"

#include "DatabaseFile.h"
#include "Migration.h"
#include "SqliteError.h"
#include "StorageError.h"
#include "StorageTime.h"
#include "TextFold.h"

#include <QDir>
#include <QFileInfo>
#include <sqlite3.h>

namespace motcua {

namespace {

using DbResult = Result<std::unique_ptr<Database>>;

DbResult refuse(const char* code, const QString& message)
{
    return DbResult::failure(QString::fromLatin1(code), message);
}

// motcua_fold(text): the search folding as an SQL function, so the index can be rebuilt in SQL.
void foldFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray folded = foldForSearch(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

// Reads one integer with a throw-away statement; used before the schema is known to be ours.
Result<qint64> queryInteger(sqlite3* db, const char* sql)
{
    Statement statement(db, sql);
    if (!statement.next())
        return statement.status().ok() ? Result<qint64>(qint64(0)) : Result<qint64>(statement.status().error());
    return statement.int64(0);
}

// The store's own rules, beyond what SQLite can check: the search index matches the dossiers table,
// and every dossier has its timeline and its outbox entry (the one-transaction rule). Needs a
// read-write connection: FTS5's integrity-check is spelled as an INSERT.
Result<QStringList> storeRuleProblems(sqlite3* db)
{
    QStringList problems;
    const auto version = queryInteger(db, "PRAGMA user_version");
    if (!version)
        return Result<QStringList>(version.error());
    if (*version < 1)
        return problems;
    Statement fts(db, "INSERT INTO dossier_search (dossier_search) VALUES ('integrity-check')");
    if (Status s = fts.run(); !s)
        problems.append(QStringLiteral("search index: %1").arg(s.error().message));
    Statement keys(db, "PRAGMA foreign_key_check");
    while (keys.next())
        problems.append(
            QStringLiteral("foreign key: a row of %1 refers to a missing row of %2").arg(keys.text(0), keys.text(2)));
    struct Rule
    {
        const char* sql;
        const char* what;
    };
    static constexpr Rule kRules[] = {
        {"SELECT count(*) FROM dossiers AS d WHERE NOT EXISTS (SELECT 1 FROM outbox AS o WHERE o.dossier_id = d.id)",
         "dossiers without an outbox entry"},
        {"SELECT count(*) FROM dossiers AS d WHERE NOT EXISTS"
         " (SELECT 1 FROM dossier_events AS e WHERE e.dossier_id = d.id)",
         "dossiers without an event"},
        {"SELECT count(*) FROM dossiers AS d WHERE NOT EXISTS (SELECT 1 FROM dossier_search AS s WHERE s.rowid = d.id)",
         "dossiers missing from the search index"},
        {"SELECT count(*) FROM dossier_search AS s WHERE NOT EXISTS (SELECT 1 FROM dossiers AS d WHERE d.id = s.rowid)",
         "search rows without a dossier"},
    };
    for (const Rule& rule : kRules) {
        const auto count = queryInteger(db, rule.sql);
        if (!count)
            return Result<QStringList>(count.error());
        if (*count > 0)
            problems.append(QStringLiteral("%1 %2").arg(*count).arg(QString::fromLatin1(rule.what)));
    }
    return problems;
}

Result<QStringList> integrityProblems(sqlite3* db, IntegrityCheck depth, bool storeRules)
{
    QStringList problems;
    if (depth == IntegrityCheck::None)
        return problems;
    Statement check(db, depth == IntegrityCheck::Full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)");
    while (check.next()) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!check.status().ok())
        return Result<QStringList>(check.status().error());
    if (depth == IntegrityCheck::Full && storeRules && problems.isEmpty()) {
        if (auto rules = storeRuleProblems(db); rules)
            problems += *rules;
        else
            return rules;
    }
    return problems;
}

} // namespace

Database::Database(QString path, sqlite3* db) : m_path(std::move(path)), m_db(db) {}

Database::~Database()
{
    m_checkpointer.reset(); // stops its thread before the last connection closes
    m_cache.clear();        // statements must be finalized before the connection closes
    if (m_db && m_accepted) {
        // Lets SQLite refresh its planner statistics where they are stale; cheap when nothing changed.
        sqlite3_exec(m_db, "PRAGMA optimize", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(m_db);
}

namespace {

// What an existing file turned out to be, read through a connection that does not write.
struct Identity
{
    qint64 applicationId = 0;
    qint64 objects = 0;
    qint64 userVersion = 0;
    QStringList problems; // integrity check findings (ours only)
};

Result<Identity> identify(sqlite3* db, IntegrityCheck check)
{
    Identity identity;
    const auto applicationId = queryInteger(db, "PRAGMA application_id");
    if (!applicationId)
        return Result<Identity>(applicationId.error());
    identity.applicationId = *applicationId;
    const auto objects = queryInteger(db, "SELECT count(*) FROM sqlite_schema");
    if (!objects)
        return Result<Identity>(objects.error());
    identity.objects = *objects;
    const auto version = queryInteger(db, "PRAGMA user_version");
    if (!version)
        return Result<Identity>(version.error());
    identity.userVersion = *version;
    if (identity.applicationId == DatabaseFile::kApplicationId && check != IntegrityCheck::None) {
        auto problems = integrityProblems(db, check, false);
        if (!problems)
            return Result<Identity>(problems.error());
        identity.problems = *problems;
    }
    return identity;
}

sqlite3* openConnection(const QString& path, int flags, int busyTimeoutMs, int* rc)
{
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    *rc = sqlite3_open_v2(nativePath.constData(), &raw, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nullptr);
    if (raw)
        sqlite3_busy_timeout(raw, busyTimeoutMs);
    return raw;
}

bool isReadOnlyTrouble(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const DatabaseOptions& options)
{
    if (path.isEmpty())
        return refuse(storage_error::Missing, QStringLiteral("no database path given"));
    const QString absolute = QFileInfo(path).absoluteFilePath();

    // Look at the bytes first: a file that is not ours is refused before SQLite opens it.
    const DatabaseFile::Header header = DatabaseFile::inspect(absolute);
    switch (header.kind) {
    case DatabaseFile::Kind::Missing:
        if (!options.create)
            return refuse(storage_error::Missing, QStringLiteral("database file does not exist"));
        if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
            return refuse(storage_error::Io, QStringLiteral("cannot create the database folder"));
        break;
    case DatabaseFile::Kind::NotSqlite:
        return refuse(storage_error::NotSqlite, QStringLiteral("the file is not an SQLite database"));
    case DatabaseFile::Kind::Empty:
        break;
    case DatabaseFile::Kind::Sqlite:
        if (header.applicationId != 0 && header.applicationId != DatabaseFile::kApplicationId)
            return refuse(
                storage_error::Foreign,
                QStringLiteral("SQLite database of another program (application_id %1)").arg(header.applicationId));
        break;
    }

    // An existing file is identified (and checked) through a read-only connection, so a foreign or
    // damaged file is never written to: a read-write connection could checkpoint its log on close.
    if (header.kind != DatabaseFile::Kind::Missing) {
        int rc = SQLITE_OK;
        sqlite3* probe = openConnection(absolute, SQLITE_OPEN_READONLY, options.busyTimeoutMs, &rc);
        Result<Identity> identity = rc == SQLITE_OK ? identify(probe, options.check)
                                                    : Result<Identity>(sqliteError(probe, rc, "open read-only"));
        const int probeCode = probe ? sqlite3_extended_errcode(probe) : rc;
        sqlite3_close_v2(probe);
        const bool oursByHeader = header.applicationId == DatabaseFile::kApplicationId;
        if (!identity) {
            const Error& e = identity.error();
            // A read-only connection cannot replay the log a crash left behind; our own file may then be
            // opened read-write, which recovers it the way SQLite always does.
            const bool retryReadWrite = oursByHeader && isReadOnlyTrouble(probeCode);
            if (!retryReadWrite) {
                if (e.code == QLatin1String(storage_error::Busy) || e.code == QLatin1String(storage_error::Io))
                    return DbResult(e);
                if (!oursByHeader && e.code == QLatin1String(storage_error::NotSqlite))
                    return refuse(storage_error::NotSqlite, e.message);
                return refuse(storage_error::Corrupt, e.message);
            }
        } else {
            if (identity->applicationId != DatabaseFile::kApplicationId &&
                (identity->applicationId != 0 || identity->objects != 0))
                return refuse(storage_error::Foreign,
                              QStringLiteral("SQLite database without the MotCua Desk application id"));
            if (identity->userVersion > latestSchemaVersion())
                return refuse(storage_error::TooNew, QStringLiteral("schema version %1 is newer than this program's %2")
                                                         .arg(identity->userVersion)
                                                         .arg(latestSchemaVersion()));
            if (!identity->problems.isEmpty())
                return refuse(storage_error::Corrupt,
                              QStringLiteral("integrity check failed: %1")
                                  .arg(identity->problems.mid(0, 5).join(QStringLiteral("; ")).left(1000)));
        }
    }

    int rc = SQLITE_OK;
    int flags = SQLITE_OPEN_READWRITE;
    if (header.kind == DatabaseFile::Kind::Missing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = openConnection(absolute, flags, options.busyTimeoutMs, &rc);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(raw, rc, "open");
        sqlite3_close_v2(raw);
        return DbResult(error);
    }
    std::unique_ptr<Database> db(new Database(absolute, raw));
    sqlite3_create_function_v2(raw, "motcua_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               &foldFunction, nullptr, nullptr, nullptr);
    if (Status configured = db->configure(options); !configured)
        return DbResult(configured.error());
    if (options.migrate) {
        if (Status migrated = db->migrate(); !migrated)
            return DbResult(migrated.error());
    }
    db->m_accepted = true;
    if (options.synchronous == Synchronous::Normal && options.checkpointIntervalMs > 0 && options.migrate)
        db->m_checkpointer = std::make_unique<WalCheckpointer>(absolute, options.checkpointIntervalMs);
    return db;
}

Status Database::configure(const DatabaseOptions& options)
{
    // Connection settings only: nothing here writes to the file except the switch to WAL, which a
    // database of ours already has (and which a new, empty file needs).
    if (Status s = exec("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;"); !s)
        return s;
    if (options.synchronous == Synchronous::Full) {
        if (Status s = exec("PRAGMA synchronous = FULL"); !s)
            return s;
    } else if (Status s = exec("PRAGMA synchronous = NORMAL"); !s) {
        return s;
    }
    if (!options.migrate)
        return Status::success();
    if (options.synchronous == Synchronous::Normal && options.checkpointIntervalMs > 0) {
        // Commits no longer checkpoint (and sync) by themselves; the background thread does.
        if (Status s = exec("PRAGMA wal_autocheckpoint = 0"); !s)
            return s;
    }
    Statement wal(m_db, "PRAGMA journal_mode = WAL");
    if (!wal.next())
        return wal.status().ok()
                   ? Status::failure(QString::fromLatin1(storage_error::Io), QStringLiteral("could not switch to WAL"))
                   : wal.status();
    if (wal.text(0) != QLatin1String("wal"))
        return Status::failure(QString::fromLatin1(storage_error::Io),
                               QStringLiteral("journal mode is %1, not wal").arg(wal.text(0)));
    return Status::success();
}

Status Database::migrate()
{
    for (const Migration& migration : allMigrations()) {
        if (schemaVersion() >= migration.version)
            continue;
        // One transaction per migration. BEGIN IMMEDIATE takes the write lock first, so when two
        // processes open a fresh file together the second one sees the new version and skips it.
        if (Status s = exec("BEGIN IMMEDIATE"); !s)
            return note(s);
        if (schemaVersion() >= migration.version) {
            exec("ROLLBACK");
            continue;
        }
        Status step = exec(migration.sql);
        if (step) {
            Statement record(m_db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)");
            record.bind(1, migration.version).bind(2, migration.name).bind(3, storage_time::nowMs());
            step = record.run();
        }
        if (step)
            step = exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version).toUtf8().constData());
        if (step)
            step = exec("COMMIT");
        if (!step) {
            exec("ROLLBACK");
            return note(Status::failure(
                QString::fromLatin1(storage_error::Migration),
                QStringLiteral("migration %1 failed: %2").arg(migration.version).arg(step.error().message)));
        }
    }
    return Status::success();
}

qint64 Database::fileSize() const
{
    return DatabaseFile::totalSize(m_path);
}

int Database::schemaVersion() const
{
    const auto version = queryInteger(m_db, "PRAGMA user_version");
    return version ? static_cast<int>(*version) : -1;
}

QList<Database::AppliedMigration> Database::appliedMigrations() const
{
    QList<AppliedMigration> list;
    Statement statement(m_db, "SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
    while (statement.next())
        list.append({statement.integer(0), statement.text(1), storage_time::read(statement, 2)});
    return list;
}

QMap<QString, qint64> Database::outboxCounts() const
{
    QMap<QString, qint64> counts{{QStringLiteral("queued"), 0},
                                 {QStringLiteral("sending"), 0},
                                 {QStringLiteral("failed"), 0},
                                 {QStringLiteral("synced"), 0}};
    Statement statement(m_db, "SELECT state, count(*) FROM outbox GROUP BY state");
    while (statement.next())
        counts[statement.text(0)] = statement.int64(1);
    return counts;
}

qint64 Database::dossierCount() const
{
    const auto count = queryInteger(m_db, "SELECT count(*) FROM dossiers");
    return count ? *count : -1;
}

Error Database::note(const Error& error)
{
    m_lastError = error;
    m_lastErrorAt = QDateTime::currentDateTime();
    return error;
}

Status Database::note(const Status& status)
{
    if (!status.ok())
        note(status.error());
    return status;
}

Result<QStringList> Database::checkIntegrity(IntegrityCheck depth) const
{
    return integrityProblems(m_db, depth, true);
}

Result<QStringList> Database::checkFileIntegrity(const QString& path, IntegrityCheck depth, int busyTimeoutMs)
{
    int rc = SQLITE_OK;
    sqlite3* db = openConnection(QFileInfo(path).absoluteFilePath(), SQLITE_OPEN_READONLY, busyTimeoutMs, &rc);
    Result<QStringList> problems = rc == SQLITE_OK ? integrityProblems(db, depth, false)
                                                   : Result<QStringList>(sqliteError(db, rc, "open read-only"));
    sqlite3_close_v2(db);
    return problems;
}

Status Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return Status::success();
    Error error =
        sqliteError(rc, QStringLiteral("exec: %1").arg(QString::fromUtf8(message ? message : sqlite3_errstr(rc))));
    sqlite3_free(message);
    return Status(error);
}

Statement& Database::cached(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(m_db, sql)).first;
    it->second->reset();
    return *it->second;
}

Statement Database::prepare(const char* sql) const
{
    return Statement(m_db, sql);
}

Status Database::checkpoint()
{
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return rc == SQLITE_OK ? Status::success() : note(Status(sqliteError(m_db, rc, "checkpoint")));
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

} // namespace motcua
