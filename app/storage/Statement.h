#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua {

// One prepared SQLite statement (RAII: finalized on destruction). Parameters are 1-based like SQLite's;
// columns are 0-based. Errors are kept in status() so a chain of binds and a step can be checked once.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    const Status& status() const { return m_status; }

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // a null QString binds '' (columns are NOT NULL)
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bindOptional(int index, const QString& value); // empty binds NULL
    Statement& bindText(int index, const QByteArray& utf8);   // text already in UTF-8
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    // Named parameters (":name") for long column lists.
    int parameterIndex(const char* name) const;

    // Steps once: true when a row is available, false when done or on error (see status()).
    bool next();
    // Steps to the end and resets; for INSERT/UPDATE/DELETE.
    Status run();
    // Resets to run again and clears bindings and errors.
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    void fail(int resultCode, const char* what);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Status m_status;
};

// Resets a statement from Database::cached() when the scope ends. A lookup that reads only its first row
// would otherwise leave the statement active, and with it the connection's read transaction: that
// connection keeps seeing the database as it was, and its next BEGIN IMMEDIATE fails at once with
// SQLITE_BUSY once another connection has committed (a stale snapshot cannot become a writer).
// Loops that step to the end need none.
class ResetOnScopeExit
{
public:
    explicit ResetOnScopeExit(Statement& statement) : m_statement(statement) {}
    ~ResetOnScopeExit() { m_statement.reset(); }
    ResetOnScopeExit(const ResetOnScopeExit&) = delete;
    ResetOnScopeExit& operator=(const ResetOnScopeExit&) = delete;

private:
    Statement& m_statement;
};

} // namespace motcua
