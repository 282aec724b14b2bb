#include "Transaction.h"

#include "Database.h"
#include "StorageError.h"

namespace motcua {

Transaction::Transaction(Database& db) : m_db(db)
{
    m_nested = m_db.m_transactionDepth > 0;
    if (m_nested) {
        ++m_db.m_transactionDepth;
        m_active = true;
        return;
    }
    if (m_db.inTransaction()) {
        m_status = Status::failure(QString::fromLatin1(storage_error::Sql),
                                   QStringLiteral("a transaction was begun outside motcua::Transaction"));
        m_db.note(m_status);
        return;
    }
    m_status = m_db.exec("BEGIN IMMEDIATE");
    if (!m_status) {
        m_db.note(m_status);
        return;
    }
    m_active = true;
    m_db.m_transactionDepth = 1;
    m_db.m_rollbackOnly = false;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_status.ok() ? Status::failure(QString::fromLatin1(storage_error::NoTransaction),
                                               QStringLiteral("transaction already finished"))
                             : m_status;
    const Status doomed = Status::failure(QString::fromLatin1(storage_error::RolledBack),
                                          QStringLiteral("a step of this transaction failed; nothing was written"));
    if (m_nested) {
        m_active = false;
        --m_db.m_transactionDepth;
        return m_db.m_rollbackOnly ? doomed : Status::success();
    }
    if (m_db.m_rollbackOnly) {
        rollback();
        return m_db.note(doomed);
    }
    Status result = m_db.exec("COMMIT");
    if (!result) {
        m_db.note(result);
        rollback();
        return result;
    }
    m_active = false;
    m_db.m_transactionDepth = 0;
    return result;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_nested) {
        --m_db.m_transactionDepth;
        m_db.m_rollbackOnly = true;
        return;
    }
    // Fails only when SQLite already rolled back by itself (e.g. after SQLITE_FULL); either way the
    // transaction is over.
    m_db.exec("ROLLBACK");
    m_db.m_transactionDepth = 0;
    m_db.m_rollbackOnly = false;
}

} // namespace motcua
