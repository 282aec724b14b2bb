#include "SignInService.h"

#include "Authenticator.h"
#include "Database.h"
#include "SecurityLog.h"
#include "WorkerConnection.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <memory>

namespace motcua::security {

namespace {

SignInResult failureFrom(const Error& error)
{
    SignInResult r;
    r.error = error;
    return r;
}

std::unique_ptr<Authenticator> makeAuthenticator(Database& db, const SignInService::Options& options)
{
    auto auth = std::make_unique<Authenticator>(db, options.cost);
    auth->setLockoutPolicy(options.lockout);
    auth->setMaxOfflineDays(options.maxOfflineDays);
    return auth;
}

} // namespace

SignInService::SignInService(QString databasePath, QObject* parent) : SignInService(std::move(databasePath), {}, parent)
{}

SignInService::SignInService(QString databasePath, Options options, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_options(options)
{}

SignInResult SignInService::signInNow(const QString& databasePath, const Options& options, const QString& login,
                                      const SecretBytes& password)
{
    auto db = openWorkerConnection(databasePath);
    if (!db)
        return failureFrom(db.error());
    auto auth = makeAuthenticator(**db, options);
    // Made here, on the worker: making one may block, and so does asking it.
    const std::unique_ptr<OnlineAuthority> authority = options.onlineAuthority ? options.onlineAuthority() : nullptr;
    auth->setOnlineAuthority(authority.get());
    SignInResult result = auth->signIn(login, password);
    // The login only: a mistyped login may be somebody's password.
    if (result.ok())
        qCInfo(lcSecurity) << "signed in:" << result.account.login << (result.offline ? "(offline)" : "");
    else
        qCInfo(lcSecurity) << "sign-in refused:" << result.error.code;
    return result;
}

SignInResult SignInService::createAdministratorNow(const QString& databasePath, const Options& options,
                                                   const QString& login, const QString& displayName,
                                                   const SecretBytes& password)
{
    auto db = openWorkerConnection(databasePath);
    if (!db)
        return failureFrom(db.error());
    auto auth = makeAuthenticator(**db, options);
    auto created = auth->createLocalAccount(login, displayName, Role::Administrator, password);
    if (!created)
        return failureFrom(created.error());
    qCInfo(lcSecurity) << "first administrator account created:" << created->login;
    return auth->signIn(login, password);
}

template <typename Work>
bool SignInService::start(Work work)
{
    if (m_busy)
        return false;
    m_busy = true;
    auto* watcher = new QFutureWatcher<SignInResult>(this);
    connect(watcher, &QFutureWatcher<SignInResult>::finished, this, [this, watcher] {
        m_busy = false;
        const SignInResult result = watcher->result();
        watcher->deleteLater();
        emit finished(result);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
    return true;
}

bool SignInService::signIn(const QString& login, SecretBytes password)
{
    // Shared so the task stays copyable; the secret is wiped when the last owner goes.
    auto secret = std::make_shared<SecretBytes>(std::move(password));
    return start([path = m_databasePath, options = m_options, login, secret] {
        return signInNow(path, options, login, *secret);
    });
}

bool SignInService::createAdministrator(const QString& login, const QString& displayName, SecretBytes password)
{
    auto secret = std::make_shared<SecretBytes>(std::move(password));
    return start([path = m_databasePath, options = m_options, login, displayName, secret] {
        return createAdministratorNow(path, options, login, displayName, *secret);
    });
}

} // namespace motcua::security
