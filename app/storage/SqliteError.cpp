#include "SqliteError.h"

#include "StorageError.h"

#include <sqlite3.h>

namespace motcua {

namespace {

const char* codeFor(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return storage_error::Busy;
    case SQLITE_CORRUPT:
        return storage_error::Corrupt;
    case SQLITE_NOTADB:
        return storage_error::NotSqlite;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return storage_error::Io;
    case SQLITE_CONSTRAINT:
        return storage_error::Constraint;
    default:
        return storage_error::Sql;
    }
}

} // namespace

Error sqliteError(int resultCode, const QString& message)
{
    return Error{QString::fromLatin1(codeFor(resultCode)), message};
}

Error sqliteError(sqlite3* db, int resultCode, const char* context)
{
    const char* detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    return sqliteError(resultCode, QStringLiteral("%1: %2 (%3)")
                                       .arg(QString::fromUtf8(context), QString::fromUtf8(detail))
                                       .arg(sqlite3_extended_errcode(db) ? sqlite3_extended_errcode(db) : resultCode));
}

} // namespace motcua
