#pragma once

#include <QString>
#include <initializer_list>

namespace motcua::storage_error {

// Stable error codes of the storage layer (Error::code). The UI maps them to sentences; the message
// beside them is technical detail for logs and never contains personal data.

// Opening a database file.
inline constexpr auto Missing = "db.missing";       // no file at the path (and creation not asked)
inline constexpr auto NotSqlite = "db.not_sqlite";  // the file is not an SQLite database at all
inline constexpr auto Foreign = "db.foreign";       // an SQLite database, but not a MotCua Desk one
inline constexpr auto Corrupt = "db.corrupt";       // ours, but damaged (integrity check failed)
inline constexpr auto TooNew = "db.too_new";        // written by a newer version of the program
inline constexpr auto Busy = "db.busy";             // locked by another process for too long
inline constexpr auto Io = "db.io";                 // disk full, permissions, I/O error
inline constexpr auto Migration = "db.migration";   // a migration failed (and was rolled back)
inline constexpr auto Sql = "db.sql";               // any other SQLite error
inline constexpr auto Constraint = "db.constraint"; // a uniqueness or foreign-key rule refused a write

// Repositories.
inline constexpr auto NotFound = "storage.not_found";
inline constexpr auto NoTransaction = "storage.no_transaction"; // called outside a Transaction
inline constexpr auto RolledBack = "storage.rolled_back";       // a nested step failed: all rolled back
inline constexpr auto StateViaSave = "storage.state_via_save";  // state changes go through applyAction
inline constexpr auto StaleOutbox = "outbox.stale";             // entry was requeued since it was claimed
inline constexpr auto FileIo = "files.io";
inline constexpr auto FileHash = "files.hash_mismatch";
inline constexpr auto FileSealed = "files.sealed"; // encrypted at rest, and no data key loaded

// Errors that mean "this file is not a database this program can use" rather than "the operation
// failed": the CLI exits with 2 (bad input) on them, 1 on the others.
inline bool isUnusableFile(const QString& code)
{
    for (const char* unusable : {Missing, NotSqlite, Foreign, TooNew})
        if (code == QLatin1String(unusable))
            return true;
    return false;
}

} // namespace motcua::storage_error
