#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace motcua {

class Database;

// The daily sequence of dossier codes (DOMAIN.md §1.3): per agency id (or desk id, for provisional
// codes) and reception date, starting at 1 every day. A number is taken inside the caller's
// transaction, so it is used up only if the dossier that carries it is committed.
class DailySequence
{
public:
    explicit DailySequence(Database& db) : m_db(db) {}

    // The next number for `agencyId` on `day`. Fails with storage.no_transaction outside a Transaction.
    Result<int> next(const QString& agencyId, const QDate& day);
    // The last number issued (0 when none).
    Result<int> current(const QString& agencyId, const QDate& day) const;

private:
    Database& m_db;
};

} // namespace motcua
