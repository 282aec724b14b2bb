#pragma once

#include "CatalogueChoice.h"
#include "Result.h"

#include <QDateTime>
#include <QList>

namespace motcua {

class Database;

// The procedure catalogues kept in the profile database: imported from a file, copies of the
// registry's, and the registry's latest as the sync module leaves it in sync_state (keys
// `catalogue.version` and `catalogue.json`). Stores and lists documents; which one the desk uses is
// CatalogueChoice's decision.
class CatalogueStore
{
public:
    explicit CatalogueStore(Database& db);

    // Every stored catalogue, the registry's latest first. Tables the schema lacks count as empty.
    Result<QList<StoredCatalogue>> all() const;

    // Stores a document already checked (CatalogueChoice::check). `replace` overwrites the same source
    // and version; otherwise an existing one is kept.
    Status store(const StoredCatalogue& catalogue, const QString& storedBy, bool replace,
                 const QDateTime& at = QDateTime::currentDateTime());

private:
    Result<bool> hasTable(const char* name) const;

    Database& m_db;
};

} // namespace motcua
