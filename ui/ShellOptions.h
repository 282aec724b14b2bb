#pragma once

#include "DiagnosticsReport.h"

#include <QString>
#include <functional>

namespace motcua {

// What the desk application tells its shell about the session it started.
struct ShellOptions
{
    enum class DatabaseState { Open, OpenCopy, Unavailable };

    bool demoMode = true;
    QString role;        // see Roles; empty = Roles::defaultRole(demoMode)
    QString profileName; // the desk profile (one database per profile)
    QString dataDirectory;
    DatabaseState databaseState = DatabaseState::Unavailable;
    QString databasePath;         // the file in use
    QString originalDatabasePath; // with OpenCopy: the damaged file, left untouched
    // Collects the database part of Diagnostics (path, size, schema version, queue counts). Called on
    // a worker thread, so it must open its own connection; empty when the desk has no database.
    std::function<DiagnosticsSection()> databaseDiagnostics;
};

} // namespace motcua
