#include "DataKeyStore.h"

#include "SecurityError.h"

#include <QEventLoop>
#include <openssl/crypto.h>
#include <qt6keychain/keychain.h>

namespace motcua::security {

namespace {

// Runs `job` to its end. The job's signal ends the local loop; the job is ours to delete.
void runToEnd(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Error keychainError(const QKeychain::Job& job, const char* doing)
{
    const char* code =
        job.error() == QKeychain::EntryNotFound ? security_error::KeyMissing : security_error::NoKeychain;
    return {QLatin1String(code), QStringLiteral("keychain could not %1 the data key (QtKeychain error %2: %3)")
                                     .arg(QLatin1String(doing))
                                     .arg(int(job.error()))
                                     .arg(job.errorString())};
}

} // namespace

DataKeyStore::DataKeyStore(QString service) : m_service(std::move(service)) {}

Result<std::shared_ptr<const DataKey>> DataKeyStore::read(const QString& name) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, "read");
    QByteArray bytes = job.binaryData();
    auto key = DataKey::fromBytes(bytes);
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    if (!key)
        return Result<std::shared_ptr<const DataKey>>::failure(
            QLatin1String(security_error::KeyMismatch), QStringLiteral("the keychain entry is not a 256-bit key"));
    return key;
}

Status DataKeyStore::write(const QString& name, const DataKey& key) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    job.setBinaryData(key.view().toByteArray());
    runToEnd(job);
    return job.error() == QKeychain::NoError ? Status::success() : Status(keychainError(job, "store"));
}

Status DataKeyStore::remove(const QString& name) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    runToEnd(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return Status::success();
    return keychainError(job, "delete");
}

} // namespace motcua::security
