#pragma once

#include "Database.h"

#include <memory>

namespace motcua::security {

// A connection of its own for work off the GUI thread (sign-in, audit verification and export,
// retention) on a profile database the desk has already opened, checked and migrated: no creation,
// no integrity check, no background checkpointer.
Result<std::unique_ptr<Database>> openWorkerConnection(const QString& path);

} // namespace motcua::security
