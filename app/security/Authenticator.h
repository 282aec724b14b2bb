#pragma once

#include "AccountStore.h"
#include "LockoutPolicy.h"
#include "OnlineAuthority.h"
#include "PasswordHasher.h"
#include "SignInResult.h"

#include <functional>

namespace motcua::security {

// The sign-in rules over the accounts table:
//  - a locked account is refused before its password is even tried, so guessing waits out the lock;
//  - failures are counted in the database and lock with back-off (LockoutPolicy);
//  - an unknown login costs the same scrypt work as a wrong password and gets the same answer;
//  - a registry account is checked online when the registry answers, and the accepted password is
//    cached as a verifier; offline, that verifier is used, for at most `maxOfflineDays`.
//
// Blocking (scrypt, possibly network): run on a worker thread with its own Database connection.
class Authenticator
{
public:
    using Clock = std::function<QDateTime()>;

    Authenticator(Database& db, KdfCost cost = KdfCost::production());

    void setLockoutPolicy(const LockoutPolicy& policy) { m_lockout = policy; }
    void setOnlineAuthority(OnlineAuthority* authority) { m_authority = authority; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setMaxOfflineDays(int days) { m_maxOfflineDays = days; }

    // Also used to unlock the screen: an unattended locked desk is a guessing target too, so unlock
    // attempts count towards the lockout like sign-ins.
    SignInResult signIn(const QString& login, const SecretBytes& password);

    // Creates a local account (administrator). The password must have at least 8 characters.
    Result<Account> createLocalAccount(const QString& login, const QString& displayName, Role role,
                                       const SecretBytes& password);
    Status changePassword(const QString& login, const SecretBytes& newPassword);

    static constexpr int kMinPasswordLength = 8;

private:
    SignInResult fail(const Account& account, const char* code, const QString& message);
    SignInResult succeed(Account account, bool online, const SecretBytes& password);
    SignInResult signInOnline(const Account* known, const QString& login, const SecretBytes& password,
                              bool* unreachable);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }

    Database& m_db;
    AccountStore m_accounts;
    PasswordHasher m_hasher;
    LockoutPolicy m_lockout;
    OnlineAuthority* m_authority = nullptr;
    Clock m_clock;
    int m_maxOfflineDays = 30;
};

} // namespace motcua::security
