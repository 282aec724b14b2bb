#include "AccountStore.h"

#include "Database.h"
#include "SecurityError.h"
#include "StorageError.h"
#include "StorageTime.h"

namespace motcua::security {

namespace {

constexpr const char* kColumns = "id, login, display_name, role, origin, verifier, disabled, failed_attempts,"
                                 " locked_until, last_failure_at, last_login_at, verified_online_at, created_at";

Error noAccount()
{
    return {QLatin1String(security_error::NoAccount), QStringLiteral("no such account")};
}

} // namespace

QString originId(Account::Origin origin)
{
    return origin == Account::Origin::Registry ? QStringLiteral("registry") : QStringLiteral("local");
}

Account AccountStore::read(const Statement& s)
{
    Account a;
    a.id = s.int64(0);
    a.login = s.text(1);
    a.displayName = s.text(2);
    a.role = roleFromId(s.text(3)).value_or(Role::Official);
    a.origin = s.text(4) == QLatin1String("registry") ? Account::Origin::Registry : Account::Origin::Local;
    a.verifier = s.text(5);
    a.disabled = s.int64(6) != 0;
    a.failedAttempts = s.integer(7);
    a.lockedUntil = storage_time::read(s, 8);
    a.lastFailureAt = storage_time::read(s, 9);
    a.lastLoginAt = storage_time::read(s, 10);
    a.verifiedOnlineAt = storage_time::read(s, 11);
    a.createdAt = storage_time::read(s, 12);
    return a;
}

Result<Account> AccountStore::add(const Account& account)
{
    if (account.login.trimmed().isEmpty() || account.login != account.login.trimmed())
        return Result<Account>::failure(QLatin1String(security_error::BadAccount),
                                        QStringLiteral("a login is required, without surrounding spaces"));
    if (find(account.login).ok())
        return Result<Account>::failure(QLatin1String(security_error::AccountExists),
                                        QStringLiteral("that login is already taken"));
    Statement& s =
        m_db.cached("INSERT INTO accounts (login, display_name, role, origin, verifier, disabled,"
                    " verified_online_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
    s.bind(1, account.login)
        .bind(2, account.displayName)
        .bind(3, roleId(account.role))
        .bind(4, originId(account.origin))
        .bind(5, account.verifier)
        .bind(6, account.disabled ? 1 : 0);
    storage_time::bind(s, 7, account.verifiedOnlineAt);
    s.bind(8, storage_time::nowMs());
    if (Status st = s.run(); !st)
        return Result<Account>(m_db.note(st.error()));
    return find(account.login);
}

Result<Account> AccountStore::find(const QString& login) const
{
    Statement s = m_db.prepare((QByteArray("SELECT ") + kColumns + " FROM accounts WHERE login = ?1").constData());
    s.bind(1, login);
    if (!s.next())
        return s.status().ok() ? Result<Account>(noAccount()) : Result<Account>(s.status().error());
    return read(s);
}

Result<QList<Account>> AccountStore::list() const
{
    Statement s = m_db.prepare((QByteArray("SELECT ") + kColumns + " FROM accounts ORDER BY login").constData());
    QList<Account> accounts;
    while (s.next())
        accounts.append(read(s));
    if (!s.status().ok())
        return s.status().error();
    return accounts;
}

Status AccountStore::changeOne(Statement& statement)
{
    if (Status st = statement.run(); !st)
        return m_db.note(st);
    return m_db.changes() == 1 ? Status::success() : Status(noAccount());
}

Status AccountStore::setVerifier(qint64 id, const QString& verifier)
{
    Statement& s = m_db.cached("UPDATE accounts SET verifier = ?2, updated_at = ?3 WHERE id = ?1");
    s.bind(1, id).bind(2, verifier).bind(3, storage_time::nowMs());
    return changeOne(s);
}

Status AccountStore::setRole(qint64 id, Role role)
{
    Statement& s = m_db.cached("UPDATE accounts SET role = ?2, updated_at = ?3 WHERE id = ?1");
    s.bind(1, id).bind(2, roleId(role)).bind(3, storage_time::nowMs());
    return changeOne(s);
}

Status AccountStore::setDisabled(qint64 id, bool disabled)
{
    Statement& s = m_db.cached("UPDATE accounts SET disabled = ?2, updated_at = ?3 WHERE id = ?1");
    s.bind(1, id).bind(2, disabled ? 1 : 0).bind(3, storage_time::nowMs());
    return changeOne(s);
}

Status AccountStore::setDisplayName(qint64 id, const QString& displayName)
{
    Statement& s = m_db.cached("UPDATE accounts SET display_name = ?2, updated_at = ?3 WHERE id = ?1");
    s.bind(1, id).bind(2, displayName).bind(3, storage_time::nowMs());
    return changeOne(s);
}

Status AccountStore::recordFailure(qint64 id, int failedAttempts, const QDateTime& lockedUntil, const QDateTime& at)
{
    Statement& s = m_db.cached("UPDATE accounts SET failed_attempts = ?2, locked_until = ?3, last_failure_at = ?4,"
                               " updated_at = ?5 WHERE id = ?1");
    s.bind(1, id).bind(2, failedAttempts);
    storage_time::bind(s, 3, lockedUntil);
    storage_time::bind(s, 4, at);
    s.bind(5, storage_time::nowMs());
    return changeOne(s);
}

Status AccountStore::recordSuccess(qint64 id, const QDateTime& at, bool online)
{
    Statement& s = m_db.cached(
        "UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = ?2,"
        " verified_online_at = CASE WHEN ?3 THEN ?2 ELSE verified_online_at END, updated_at = ?4 WHERE id = ?1");
    s.bind(1, id);
    storage_time::bind(s, 2, at);
    s.bind(3, online ? 1 : 0).bind(4, storage_time::nowMs());
    return changeOne(s);
}

Status AccountStore::clearLock(qint64 id)
{
    Statement& s =
        m_db.cached("UPDATE accounts SET failed_attempts = 0, locked_until = NULL, updated_at = ?2 WHERE id = ?1");
    s.bind(1, id).bind(2, storage_time::nowMs());
    return changeOne(s);
}

Status AccountStore::remove(qint64 id)
{
    Statement& s = m_db.cached("DELETE FROM accounts WHERE id = ?1");
    s.bind(1, id);
    return changeOne(s);
}

} // namespace motcua::security
