#include "CredentialStore.h"

#include "SyncError.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace motcua::sync {

namespace {

Error keychainError(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {QLatin1String(sync_error::NoCredentials), QStringLiteral("no secret stored for this desk")};
    case QKeychain::NoError:
        return {};
    default:
        // No backend, D-Bus without a Secret Service, a locked or refused keyring: all mean "no keychain".
        return {QLatin1String(sync_error::NoKeychain),
                QStringLiteral("keychain error %1: %2").arg(int(job.error())).arg(job.errorString())};
    }
}

template <typename JobType>
void prepare(JobType& job, const QUrl& registry, const QString& deskId)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(CredentialStore::key(registry, deskId));
}

void waitFor(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

QString CredentialStore::serviceName()
{
    return QStringLiteral("MotCua Desk registry");
}

QString CredentialStore::key(const QUrl& registry, const QString& deskId)
{
    return QStringLiteral("%1|%2").arg(
        registry.adjusted(QUrl::RemovePath | QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString(),
        deskId);
}

Result<QString> CredentialStore::readSecret(const QUrl& registry, const QString& deskId)
{
    QKeychain::ReadPasswordJob job(serviceName());
    prepare(job, registry, deskId);
    waitFor(job);
    if (Error e = keychainError(job); !e.code.isEmpty())
        return e;
    if (job.textData().isEmpty())
        return Result<QString>::failure(QLatin1String(sync_error::NoCredentials), QStringLiteral("empty secret"));
    return job.textData();
}

Status CredentialStore::writeSecret(const QUrl& registry, const QString& deskId, const QString& secret)
{
    QKeychain::WritePasswordJob job(serviceName());
    prepare(job, registry, deskId);
    job.setTextData(secret);
    waitFor(job);
    if (Error e = keychainError(job); !e.code.isEmpty())
        return e;
    return {};
}

Status CredentialStore::removeSecret(const QUrl& registry, const QString& deskId)
{
    QKeychain::DeletePasswordJob job(serviceName());
    prepare(job, registry, deskId);
    waitFor(job);
    if (Error e = keychainError(job); !e.code.isEmpty() && e.code != QLatin1String(sync_error::NoCredentials))
        return e;
    return {};
}

void CredentialStore::readSecretAsync(const QUrl& registry, const QString& deskId, QObject* context,
                                      std::function<void(Result<QString>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    prepare(*job, registry, deskId);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        Error e = keychainError(*job);
        if (e.code.isEmpty() && job->textData().isEmpty())
            e = {QLatin1String(sync_error::NoCredentials), QStringLiteral("empty secret")};
        if (e.code.isEmpty())
            done(job->textData());
        else
            done(e);
        job->deleteLater();
    });
    job->start();
}

void CredentialStore::writeSecretAsync(const QUrl& registry, const QString& deskId, const QString& secret,
                                       QObject* context, std::function<void(Status)> done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    prepare(*job, registry, deskId);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        const Error e = keychainError(*job);
        done(e.code.isEmpty() ? Status() : Status(e));
        job->deleteLater();
    });
    job->start();
}

} // namespace motcua::sync
