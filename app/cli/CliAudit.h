#pragma once

#include "Result.h"

#include <QString>

namespace motcua {
class Database;
}

namespace motcua::cli {

// The audit trail's actor for the command line: "cli:<login of the shell user>".
QString cliActor();

// Records what the command line is about to do with a citizen's record (view, print, export), as the desk
// does: before the data leaves the database, so a command that cannot record it must not go on. Dossiers
// are named by uuid and code only; `detail` never holds personal data.
Status recordCliAccess(Database& db, const char* action, const QString& dossierUuid, const QString& dossierCode,
                       const QString& detail = {});

} // namespace motcua::cli
