#pragma once

#include "Result.h"

struct sqlite3;

namespace motcua {

// Turns an SQLite result code into a typed Error (storage_error codes). `context` says what was being
// done ("insert dossier"); SQLite's own messages name tables and columns, never row values.
Error sqliteError(sqlite3* db, int resultCode, const char* context);
Error sqliteError(int resultCode, const QString& message);

} // namespace motcua
