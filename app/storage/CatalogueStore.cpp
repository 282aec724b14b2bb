#include "CatalogueStore.h"

#include "Database.h"
#include "Statement.h"
#include "StorageTime.h"

#include <algorithm>

namespace motcua {

CatalogueStore::CatalogueStore(Database& db) : m_db(db) {}

Result<bool> CatalogueStore::hasTable(const char* name) const
{
    Statement query = m_db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    query.bind(1, name);
    const bool found = query.next();
    if (!query.status())
        return query.status().error();
    return found;
}

Result<QList<StoredCatalogue>> CatalogueStore::all() const
{
    QList<StoredCatalogue> list;
    auto syncState = hasTable("sync_state");
    if (!syncState)
        return syncState.error();
    if (*syncState) {
        Statement read = m_db.prepare("SELECT (SELECT value FROM sync_state WHERE key = 'catalogue.version'),"
                                      " (SELECT value FROM sync_state WHERE key = 'catalogue.json')");
        if (read.next() && !read.isNull(0)) {
            StoredCatalogue latest;
            latest.source = CatalogueSource::Registry;
            latest.version = read.text(0);
            latest.json = read.text(1).toUtf8();
            list.append(latest);
        }
        if (!read.status())
            return read.status().error();
    }
    auto stored = hasTable("stored_catalogues");
    if (!stored)
        return stored.error();
    if (!*stored)
        return list;
    Statement read =
        m_db.prepare("SELECT source, version, document FROM stored_catalogues ORDER BY stored_at DESC, version");
    while (read.next()) {
        const auto source = catalogueSourceFromKey(read.text(0));
        const QString version = read.text(1);
        if (!source)
            continue;
        const bool same = std::any_of(list.begin(), list.end(), [&](const StoredCatalogue& c) {
            return c.source == *source && c.version == version;
        });
        if (!same) // the registry's latest is also kept as a copy once the desk has used it
            list.append({*source, version, read.text(2).toUtf8()});
    }
    if (!read.status())
        return read.status().error();
    return list;
}

Status CatalogueStore::store(const StoredCatalogue& catalogue, const QString& storedBy, bool replace,
                             const QDateTime& at)
{
    Statement write = m_db.prepare(replace ? "INSERT OR REPLACE INTO stored_catalogues"
                                             " (source, version, document, stored_at, stored_by)"
                                             " VALUES (?1, ?2, ?3, ?4, ?5)"
                                           : "INSERT OR IGNORE INTO stored_catalogues"
                                             " (source, version, document, stored_at, stored_by)"
                                             " VALUES (?1, ?2, ?3, ?4, ?5)");
    write.bind(1, catalogueSourceKey(catalogue.source))
        .bind(2, catalogue.version)
        .bindText(3, catalogue.json)
        .bind(4, storage_time::toMs(at))
        .bind(5, storedBy);
    return write.run();
}

} // namespace motcua
