#include "Authenticator.h"

#include "Database.h"
#include "SecurityError.h"

#include <QRegularExpression>

namespace motcua::security {

namespace {

// Characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start a character.
int characterCount(const SecretBytes& password)
{
    int count = 0;
    for (int i = 0; i < password.size(); ++i)
        if ((password.data()[i] & 0xC0) != 0x80)
            ++count;
    return count;
}

bool isValidLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$"));
    return re.match(login).hasMatch();
}

QString wrongPasswordMessage()
{
    return QStringLiteral("wrong login or password");
}

} // namespace

Authenticator::Authenticator(Database& db, KdfCost cost) : m_db(db), m_accounts(db), m_hasher(cost) {}

SignInResult Authenticator::signIn(const QString& rawLogin, const SecretBytes& password)
{
    const QString login = rawLogin.trimmed();
    const QDateTime at = now();
    auto found = m_accounts.find(login);
    if (!found) {
        if (found.error().code != QLatin1String(security_error::NoAccount)) {
            SignInResult r;
            r.error = found.error();
            return r;
        }
        if (m_authority) {
            bool unreachable = false;
            SignInResult online = signInOnline(nullptr, login, password, &unreachable);
            if (!unreachable)
                return online;
        }
        m_hasher.spendEquivalentWork(password);
        return SignInResult::failure(security_error::WrongPassword, wrongPasswordMessage());
    }
    const Account account = found.value();
    if (account.isLockedAt(at)) {
        SignInResult r =
            SignInResult::failure(security_error::LockedOut, QStringLiteral("account locked after failures"));
        r.lockedUntil = account.lockedUntil;
        r.failedAttempts = account.failedAttempts;
        return r;
    }
    if (account.origin == Account::Origin::Registry && m_authority) {
        bool unreachable = false;
        SignInResult online = signInOnline(&account, login, password, &unreachable);
        if (!unreachable)
            return online;
    }
    if (!account.hasVerifier()) {
        // Nothing to compare with until the registry has accepted this password once.
        m_hasher.spendEquivalentWork(password);
        return SignInResult::failure(security_error::NeedsOnlineLogin,
                                     QStringLiteral("first sign-in of a registry account needs the registry"));
    }
    auto match = PasswordHasher::verify(password, account.verifier);
    if (!match) {
        SignInResult r;
        r.error = match.error();
        return r;
    }
    if (!match.value())
        return fail(account, security_error::WrongPassword, wrongPasswordMessage());
    // Only a caller who knows the password learns that the account is disabled or stale.
    if (account.disabled)
        return SignInResult::failure(security_error::AccountDisabled, QStringLiteral("account disabled"));
    if (account.origin == Account::Origin::Registry &&
        (!account.verifiedOnlineAt.isValid() || account.verifiedOnlineAt.addDays(m_maxOfflineDays) < at))
        return SignInResult::failure(
            security_error::OfflineTooLong,
            QStringLiteral("offline sign-in allowed %1 days after the last online one").arg(m_maxOfflineDays));
    return succeed(account, false, password);
}

SignInResult Authenticator::signInOnline(const Account* known, const QString& login, const SecretBytes& password,
                                         bool* unreachable)
{
    const OnlineAuthority::Answer answer = m_authority->verify(login, password);
    switch (answer.outcome) {
    case OnlineAuthority::Outcome::Unreachable:
        *unreachable = true;
        return {};
    case OnlineAuthority::Outcome::Refused:
        if (known)
            return fail(*known, security_error::OnlineRefused, QStringLiteral("the registry refused the password"));
        return SignInResult::failure(security_error::WrongPassword, wrongPasswordMessage());
    case OnlineAuthority::Outcome::Accepted:
        break;
    }
    auto verifier = m_hasher.makeVerifier(password);
    if (!verifier) {
        SignInResult r;
        r.error = verifier.error();
        return r;
    }
    const auto role = roleFromId(answer.role);
    if (known) {
        const qint64 id = known->id;
        Status st = m_accounts.setVerifier(id, verifier.value());
        if (st && role && *role != known->role)
            st = m_accounts.setRole(id, *role);
        if (st && !answer.displayName.isEmpty() && answer.displayName != known->displayName)
            st = m_accounts.setDisplayName(id, answer.displayName);
        if (!st) {
            SignInResult r;
            r.error = st.error();
            return r;
        }
        if (known->disabled)
            return SignInResult::failure(security_error::AccountDisabled, QStringLiteral("account disabled"));
    } else {
        Account created;
        created.login = login;
        created.displayName = answer.displayName.isEmpty() ? login : answer.displayName;
        created.role = role.value_or(Role::Official);
        created.origin = Account::Origin::Registry;
        created.verifier = verifier.value();
        auto added = m_accounts.add(created);
        if (!added) {
            SignInResult r;
            r.error = added.error();
            return r;
        }
    }
    auto fresh = m_accounts.find(login);
    if (!fresh) {
        SignInResult r;
        r.error = fresh.error();
        return r;
    }
    return succeed(fresh.value(), true, password);
}

SignInResult Authenticator::fail(const Account& account, const char* code, const QString& message)
{
    const QDateTime at = now();
    SignInResult r = SignInResult::failure(code, message);
    r.failedAttempts = account.failedAttempts + 1;
    r.lockedUntil = m_lockout.lockedUntil(r.failedAttempts, at);
    if (Status st = m_accounts.recordFailure(account.id, r.failedAttempts, r.lockedUntil, at); !st)
        r.error = st.error(); // a failure we cannot count must not look like an ordinary one
    return r;
}

SignInResult Authenticator::succeed(Account account, bool online, const SecretBytes& password)
{
    const QDateTime at = now();
    SignInResult r;
    if (Status st = m_accounts.recordSuccess(account.id, at, online); !st) {
        r.error = st.error();
        return r;
    }
    // Verifiers made with an older cost are upgraded while the password is at hand.
    if (!online && PasswordHasher::needsRehash(account.verifier, m_hasher.cost()))
        if (auto verifier = m_hasher.makeVerifier(password))
            m_accounts.setVerifier(account.id, verifier.value());
    auto fresh = m_accounts.find(account.login);
    if (!fresh) {
        r.error = fresh.error();
        return r;
    }
    r.account = fresh.value();
    r.offline = account.origin == Account::Origin::Registry && !online;
    return r;
}

Result<Account> Authenticator::createLocalAccount(const QString& login, const QString& displayName, Role role,
                                                  const SecretBytes& password)
{
    if (!isValidLogin(login))
        return Result<Account>::failure(
            QLatin1String(security_error::BadAccount),
            QStringLiteral("a login is 2 to 64 letters, digits or . _ @ -, starting with a letter or digit"));
    if (displayName.trimmed().isEmpty())
        return Result<Account>::failure(QLatin1String(security_error::BadAccount),
                                        QStringLiteral("a display name is required"));
    if (characterCount(password) < kMinPasswordLength)
        return Result<Account>::failure(
            QLatin1String(security_error::BadAccount),
            QStringLiteral("a password has at least %1 characters").arg(kMinPasswordLength));
    auto verifier = m_hasher.makeVerifier(password);
    if (!verifier)
        return verifier.error();
    Account account;
    account.login = login;
    account.displayName = displayName.trimmed();
    account.role = role;
    account.origin = Account::Origin::Local;
    account.verifier = verifier.value();
    return m_accounts.add(account);
}

Status Authenticator::changePassword(const QString& login, const SecretBytes& newPassword)
{
    if (characterCount(newPassword) < kMinPasswordLength)
        return Status::failure(QLatin1String(security_error::BadAccount),
                               QStringLiteral("a password has at least %1 characters").arg(kMinPasswordLength));
    auto account = m_accounts.find(login);
    if (!account)
        return account.error();
    auto verifier = m_hasher.makeVerifier(newPassword);
    if (!verifier)
        return verifier.error();
    return m_accounts.setVerifier(account->id, verifier.value());
}

} // namespace motcua::security
