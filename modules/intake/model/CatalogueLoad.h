#pragma once

#include "CatalogueChoice.h"

#include <QFuture>
#include <QString>
#include <memory>

namespace motcua::intake {

// The desk's catalogue read once at module start on a worker thread, with a connection of its own to
// the desk database, so the GUI thread never parses stored catalogues. The pages ask for the result
// when they are built; by then the worker has long finished.
class CatalogueLoad
{
public:
    static std::shared_ptr<CatalogueLoad> start(const QString& databasePath);

    // The choice; waits for the worker if it is still running. The built-in catalogue when the database
    // could not be opened (logged); an error only if the program's own catalogue is broken.
    Result<CatalogueChoice> result() const;

private:
    QFuture<Result<CatalogueChoice>> m_future;
};

} // namespace motcua::intake
