#include "Statement.h"

#include "SqliteError.h"

#include <sqlite3.h>
#include <utility>

namespace motcua {

Statement::Statement(sqlite3* db, const char* sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc, "prepare");
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_status(std::move(other.m_status))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_status = std::move(other.m_status);
    }
    return *this;
}

void Statement::fail(int resultCode, const char* what)
{
    // Keep the first error: later ones are usually consequences of it.
    if (m_status.ok())
        m_status = Status(sqliteError(m_db, resultCode, what));
}

Statement& Statement::bind(int index, qint64 value)
{
    if (m_stmt) {
        if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (m_stmt) {
        if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        if (const int rc =
                sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
            rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

Statement& Statement::bindText(int index, const QByteArray& utf8)
{
    if (m_stmt) {
        if (const int rc =
                sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
            rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    if (m_stmt) {
        if (const int rc =
                sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
            rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_stmt) {
        if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

int Statement::parameterIndex(const char* name) const
{
    return m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
}

bool Statement::next()
{
    if (!m_stmt || !m_status.ok())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(rc, "step");
    return false;
}

Status Statement::run()
{
    if (!m_stmt)
        return m_status.ok() ? Status::failure(QStringLiteral("db.sql"), QStringLiteral("statement not prepared"))
                             : m_status;
    while (next()) {
    }
    Status result = m_status;
    sqlite3_reset(m_stmt);
    return result;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    if (m_stmt || m_status.ok())
        m_status = Status();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace motcua
