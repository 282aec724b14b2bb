#pragma once

#include "Account.h"
#include "Result.h"

#include <QList>

namespace motcua {
class Database;
class Statement;
} // namespace motcua

namespace motcua::security {

// The `accounts` table of the profile database (migration 2). Plain reads and writes: the rules
// (passwords, lockout, offline sign-in) live in Authenticator.
class AccountStore
{
public:
    explicit AccountStore(Database& db) : m_db(db) {}

    // Adds an account; security.account_exists when the login is taken (case-insensitive).
    Result<Account> add(const Account& account);
    // security.no_account when there is none.
    Result<Account> find(const QString& login) const;
    Result<QList<Account>> list() const;

    Status setVerifier(qint64 id, const QString& verifier);
    Status setRole(qint64 id, Role role);
    Status setDisabled(qint64 id, bool disabled);
    Status setDisplayName(qint64 id, const QString& displayName);
    // A failed sign-in: the new consecutive count and, when it triggers one, the lock's end.
    Status recordFailure(qint64 id, int failedAttempts, const QDateTime& lockedUntil, const QDateTime& at);
    // A successful sign-in clears the failures; `online` also stamps verified_online_at.
    Status recordSuccess(qint64 id, const QDateTime& at, bool online);
    // An administrator lifts a lock.
    Status clearLock(qint64 id);
    Status remove(qint64 id);

private:
    Status changeOne(Statement& statement);
    static Account read(const Statement& s);

    Database& m_db;
};

} // namespace motcua::security
