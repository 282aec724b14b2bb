#pragma once

#include "DiagnosticsReport.h"

#include <QCoreApplication>

namespace motcua {

// The database part of the Diagnostics dialog. Runs on a worker thread with a read-only look of its
// own (never the GUI thread's connection): path, size on disk, schema version, dossiers, outbox queue.
class DatabaseDiagnostics
{
    Q_DECLARE_TR_FUNCTIONS(motcua::DatabaseDiagnostics)
public:
    static DiagnosticsSection collect(const QString& path, const QString& originalPath);
};

} // namespace motcua
