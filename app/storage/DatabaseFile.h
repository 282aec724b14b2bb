#pragma once

#include "Result.h"

#include <QString>

namespace motcua {

// Looks at a database file from the outside, without SQLite and without writing anything: used to
// refuse a foreign or damaged file before SQLite could touch it, and to copy such a file aside.
class DatabaseFile
{
public:
    // "MCDK": PRAGMA application_id of every MotCua Desk database.
    static constexpr quint32 kApplicationId = 0x4D43444B;

    enum class Kind {
        Missing,   // no file
        Empty,     // zero bytes: SQLite treats it as a new database
        NotSqlite, // shorter than a header or without the "SQLite format 3" magic
        Sqlite,    // an SQLite header; see applicationId/userVersion
    };

    struct Header
    {
        Kind kind = Kind::Missing;
        quint32 applicationId = 0; // from the header; may lag behind a WAL not yet checkpointed
        quint32 userVersion = 0;
        qint64 size = 0;
    };

    static Header inspect(const QString& path);

    // Copies the file (and its -wal, which may hold committed data) to a new name beside it,
    // "<name>-copy-YYYYMMDD-HHMMSS<.ext>", and returns that path. The original is never modified, so the
    // UI can offer to open the copy (e.g. read-only, without migrations) while keeping the evidence.
    static Result<QString> copyAside(const QString& path);

    // Bytes used on disk by the database: the file plus its -wal.
    static qint64 totalSize(const QString& path);
};

} // namespace motcua
