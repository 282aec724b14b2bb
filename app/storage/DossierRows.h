#pragma once

#include "Dossier.h"
#include "Result.h"

#include <QByteArray>

namespace motcua {

class Database;
class Statement;

// How a Dossier maps onto the dossiers and dossier_components tables. Shared by the repository and
// the seeder so both write exactly the same rows. Internal to app/storage.
namespace dossier_rows {

// Row bookkeeping that is not part of the domain struct.
struct RowMeta
{
    qint64 id = 0;
    QString provisionalCode; // the provisional code printed on the receipt, kept once replaced
    qint64 revision = 1;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// "INSERT INTO dossiers (...) VALUES (?1, …)" and "UPDATE dossiers SET … WHERE uuid = ?1", bound by bind().
const char* insertSql();
const char* updateSql();
// "SELECT id, <columns> FROM dossiers" — append a WHERE clause; read with read().
const QByteArray& selectSql();

// Every text is NFC-normalised on its way in, so search and comparisons see one form.
Dossier normalized(Dossier dossier);

void bind(Statement& statement, const Dossier& dossier, const RowMeta& meta);
Dossier read(const Statement& statement, RowMeta* meta);

Status insertComponents(Database& db, qint64 dossierId, const QList<DossierComponent>& components);
Status deleteComponents(Database& db, qint64 dossierId);
Result<QList<DossierComponent>> readComponents(Database& db, qint64 dossierId);

} // namespace dossier_rows
} // namespace motcua
