#pragma once

#include "Dossier.h"
#include "Result.h"
#include "SearchHit.h"

#include <QList>
#include <QString>

namespace motcua {

class Database;

// Full-text search over dossiers (FTS5 table dossier_search, rowid = dossiers.id): applicant and
// representative names, ID numbers, dossier codes (official and provisional), addresses, procedure.
//
// Text is stored folded by foldForSearch (lower case, no diacritics, đ → d) and queries are folded the
// same way, so "dang van anh" finds "Đặng Văn Ánh" and so does "Đặng Văn Ánh". The index row is written
// by the repository in the same transaction as the dossier, so the two never disagree.
class SearchIndex
{
public:
    static constexpr int kDefaultLimit = 50;

    explicit SearchIndex(Database& db) : m_db(db) {}

    // Writes (or replaces) the index row of one dossier. Call inside the dossier's transaction.
    Status index(qint64 dossierId, const Dossier& dossier, const QString& provisionalCode = {});
    // The same for a dossier that has no row yet (saves a lookup when dossiers are created).
    Status add(qint64 dossierId, const Dossier& dossier, const QString& provisionalCode = {});
    Status remove(qint64 dossierId);
    // Rebuilds the whole index from the dossiers table (after a migration that changes folding).
    Status rebuild();

    // Newest dossiers first. Every word must match a word of some field; the last word also matches
    // as a prefix (typing "nguyen van an" finds "Nguyễn Văn Anh" too). A query that looks like a dossier
    // code ("…-261008-09") matches as a phrase on the codes. An empty query finds nothing.
    Result<QList<SearchHit>> search(const QString& query, int limit = kDefaultLimit);

    // The FTS5 MATCH expression for a user's query; empty when the query has no searchable word.
    static QString matchExpression(const QString& query);

private:
    Database& m_db;
};

} // namespace motcua
