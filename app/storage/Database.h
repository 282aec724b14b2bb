#pragma once

#include "DatabaseOptions.h"
#include "Result.h"
#include "Statement.h"
#include "WalCheckpointer.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace motcua {

// The desk profile's SQLite database: one file, one connection per Database object.
//
// A Database is used from one thread at a time (SQLite is built thread-safe, but a transaction belongs
// to the connection). Workers open their own Database on the same path: WAL lets readers run beside
// the one writer, and the busy timeout makes writers queue instead of failing.
class Database
{
public:
    struct AppliedMigration
    {
        int version = 0;
        QString name;
        QDateTime appliedAt;
    };

    // Opens (or creates) the database at `path`. Refuses with a typed error — and without writing to
    // the file — when it is not an SQLite file (db.not_sqlite), an SQLite file of another program
    // (db.foreign), damaged (db.corrupt) or from a newer version (db.too_new).
    static Result<std::unique_ptr<Database>> open(const QString& path, const DatabaseOptions& options = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    // Bytes on disk: the database file plus its write-ahead log.
    qint64 fileSize() const;
    int schemaVersion() const;
    QList<AppliedMigration> appliedMigrations() const;
    // Outbox rows per state key ("queued", "sending", "failed", "synced"), zero for absent states.
    QMap<QString, qint64> outboxCounts() const;
    qint64 dossierCount() const;

    // The last error any operation on this database reported, for the Diagnostics dialog.
    Error lastError() const { return m_lastError; }
    QDateTime lastErrorAt() const { return m_lastErrorAt; }
    // Records `error` as the last error and returns it, so callers can `return db.note(err);`.
    Error note(const Error& error);
    Status note(const Status& status);

    // Runs `PRAGMA quick_check` or `integrity_check` and returns the problems found, empty when the file
    // is sound. Full also checks the store's own rules: search index in step with the dossiers, foreign
    // keys, and every dossier with its event and outbox entry.
    Result<QStringList> checkIntegrity(IntegrityCheck depth) const;
    // The same SQLite check on a file through a read-only connection of its own, so it can run on a
    // worker thread while the desk keeps working (WAL readers do not block the writer). A busy or
    // unreadable file is an error, not a problem found.
    static Result<QStringList> checkFileIntegrity(const QString& path, IntegrityCheck depth, int busyTimeoutMs = 5000);

    // Executes one or more statements without results.
    Status exec(const char* sql);
    // A prepared statement kept for the life of the connection, reset and ready to bind.
    Statement& cached(const char* sql);
    // A fresh prepared statement (for SQL built at run time).
    Statement prepare(const char* sql) const;

    // Copies the WAL into the database now (PRAGMA wal_checkpoint(PASSIVE)), syncing it first: every
    // commit so far is then safe from a power cut. The background checkpointer does this periodically.
    Status checkpoint();

    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    sqlite3* handle() const { return m_db; }

private:
    friend class Transaction;
    Database(QString path, sqlite3* db);
    Status configure(const DatabaseOptions& options);
    Status migrate();

    QString m_path;
    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false; // a nested Transaction failed: the outer one must roll back
    bool m_accepted = false;     // passed every check on open
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    Error m_lastError;
    QDateTime m_lastErrorAt;
};

} // namespace motcua
