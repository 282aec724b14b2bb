#pragma once

#include "Result.h"

namespace motcua {

class Database;

// RAII transaction: BEGIN IMMEDIATE on construction (the write lock is taken up front, so a busy
// database is reported here rather than half-way through), ROLLBACK on destruction unless committed.
// Nested use becomes a SAVEPOINT: a repository call that opens its own Transaction joins the caller's
// one, so "dossier + files + outbox in one transaction" composes.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; when not, status() says why and commit() returns that error.
    bool isActive() const { return m_active; }
    const Status& status() const { return m_status; }

    Status commit();
    void rollback();

private:
    Database& m_db;
    int m_depth = 0; // 1 for the outermost transaction, 2+ for savepoints
    bool m_active = false;
    Status m_status;
};

} // namespace motcua
