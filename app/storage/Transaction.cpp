#include "Transaction.h"

#include "Database.h"
#include "StorageError.h"

#include <QByteArray>

namespace motcua {

namespace {

QByteArray savepointSql(const char* verb, int depth)
{
    return QByteArray(verb) + " sp" + QByteArray::number(depth);
}

} // namespace

Transaction::Transaction(Database& db) : m_db(db)
{
    m_depth = m_db.m_transactionDepth + 1;
    if (m_depth == 1 && m_db.inTransaction()) {
        m_status = Status::failure(QString::fromLatin1(storage_error::Sql),
                                   QStringLiteral("a transaction was begun outside motcua::Transaction"));
        m_db.note(m_status);
        return;
    }
    m_status = m_depth == 1 ? m_db.exec("BEGIN IMMEDIATE") : m_db.exec(savepointSql("SAVEPOINT", m_depth));
    if (!m_status) {
        m_db.note(m_status);
        return;
    }
    m_active = true;
    m_db.m_transactionDepth = m_depth;
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
    Status result = m_depth == 1 ? m_db.exec("COMMIT") : m_db.exec(savepointSql("RELEASE", m_depth));
    if (!result) {
        m_db.note(result);
        rollback();
        return result;
    }
    m_active = false;
    m_db.m_transactionDepth = m_depth - 1;
    return result;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_depth == 1) {
        // Fails only when SQLite already rolled back by itself (e.g. after SQLITE_FULL); either way the
        // transaction is over.
        m_db.exec("ROLLBACK");
    } else {
        m_db.exec(savepointSql("ROLLBACK TO", m_depth));
        m_db.exec(savepointSql("RELEASE", m_depth));
    }
    m_db.m_transactionDepth = m_depth - 1;
}

} // namespace motcua
