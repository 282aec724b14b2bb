#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

namespace motcua {
class Database;
class DossierRepository;
} // namespace motcua

namespace motcua::sync {

// Writes what the registry sent back into the desk's database: official codes, status changes,
// supervisor decisions, catalogue updates. A page of pulled changes and the cursor after it commit in
// ONE transaction, so a crash replays the page instead of skipping it; applying a change twice is
// harmless. Changes the desk cannot apply (unknown dossier, a transition the law does not allow from the
// local state) are counted as ignored and never block the feed.
//
// The module keeps two tables of its own in the desk database (created when missing): sync_state
// (cursor, catalogue) and sync_decisions (supervisor decisions, for the review and intake pages).
class ChangeApplier
{
public:
    struct Applied
    {
        int codes = 0;
        int statuses = 0;
        int decisions = 0;
        int catalogues = 0;
        int ignored = 0;
        QList<QPair<QString, QString>> assignedCodes; // (dossier uuid, official code), for the UI
    };

    explicit ChangeApplier(Database& db);

    Status ensureSchema();
    Result<QString> value(const QString& key) const;
    Result<QString> cursor() const { return value(QStringLiteral("changes.cursor")); }

    Result<Applied> applyPage(const QJsonArray& changes, const QString& nextCursor);
    // Official codes read from push results (the same codes also arrive through the feed later).
    Result<Applied> assignCodes(const QHash<QString, QString>& codes);

private:
    Status setValue(const QString& key, const QString& value);
    Status applyOne(DossierRepository& repository, const QJsonObject& change, Applied& applied);
    Status assignCode(DossierRepository& repository, const QString& uuid, const QString& code, Applied& applied);

    Database& m_db;
};

} // namespace motcua::sync
