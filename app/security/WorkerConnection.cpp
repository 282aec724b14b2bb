#include "WorkerConnection.h"

namespace motcua::security {

Result<std::unique_ptr<Database>> openWorkerConnection(const QString& path)
{
    DatabaseOptions options;
    options.create = false;
    options.check = IntegrityCheck::None;
    options.checkpointIntervalMs = 0;
    return Database::open(path, options);
}

} // namespace motcua::security
