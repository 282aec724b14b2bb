#pragma once

#include "Result.h"

namespace motcua {

class Database;

// RAII transaction: BEGIN IMMEDIATE on construction (the write lock is taken up front, so a busy
// database is reported here rather than half-way through), ROLLBACK on destruction unless committed.
//
// Nested use joins the outer transaction: a repository call that opens its own Transaction becomes
// part of the caller's one, so "dossier + files + outbox in one transaction" composes. All or
// nothing: when a nested Transaction ends without commit (its step failed), the whole outer
// transaction is doomed — its commit() rolls back and returns storage.rolled_back — so a caller can
// never commit half of a failed step. (Not savepoints: each savepoint makes FTS5 flush its pending
// index data, which made bulk writes several times slower.)
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; when not, status() says why and commit() returns that error.
    bool isActive() const { return m_active; }
    bool isNested() const { return m_nested; }
    const Status& status() const { return m_status; }

    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_nested = false;
    bool m_active = false;
    Status m_status;
};

} // namespace motcua
