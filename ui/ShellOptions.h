#pragma once

#include "DiagnosticsReport.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

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
    // Set when the database was too large to check before the window showed. Runs that check on a
    // worker thread (its own read-only connection) and returns the problems found, empty when the file
    // is sound, or nothing when the check could not run at all (busy, unreadable).
    std::function<std::optional<QStringList>()> deferredDatabaseCheck;
};

} // namespace motcua
