#include "FileEncryption.h"

#include "Database.h"
#include "FileStore.h"
#include "FileStoreSealer.h"
#include "ProfileDataKey.h"
#include "SecurityError.h"
#include "SecurityLog.h"
#include "SecuritySettings.h"

#include <QHash>
#include <QMutex>

namespace motcua::security {

Status FileEncryption::installForProfile(Database& db, bool demoProfile, const DataKeyStore& keychain)
{
    auto key = ProfileDataKey::open(db, keychain, ProfileDataKey::Mode::OpenOrCreate);
    if (key && key.value()) {
        auto sealer = std::make_shared<const FileStoreSealer>(key.value());
        FileStore::setSealerProvider([sealer](Database&) { return sealer; });
        qCInfo(lcSecurity) << "files are sealed with data key" << key.value()->idHex();
        return Status::success();
    }
    const Error error =
        key ? Error{QLatin1String(security_error::KeyMissing), QStringLiteral("no data key")} : key.error();
    qCWarning(lcSecurity) << "no data key:" << error.code << error.message;
    if (demoProfile) {
        FileStore::setSealerProvider({});
    } else {
        auto keyless = std::make_shared<const FileStoreSealer>(nullptr);
        FileStore::setSealerProvider([keyless](Database&) { return keyless; });
    }
    return error;
}

void FileEncryption::installOnDemand(const DataKeyStore& keychain)
{
    struct Cache
    {
        QMutex mutex;
        QHash<QString, std::shared_ptr<const FileSealer>> sealers; // by database path
    };
    auto cache = std::make_shared<Cache>();
    FileStore::setSealerProvider([cache, keychain](Database& db) -> std::shared_ptr<const FileSealer> {
        QMutexLocker lock(&cache->mutex);
        if (const auto it = cache->sealers.constFind(db.path()); it != cache->sealers.cend())
            return it.value();
        std::shared_ptr<const FileSealer> sealer;
        auto key = ProfileDataKey::open(db, keychain, ProfileDataKey::Mode::OpenOrCreate);
        if (key && key.value()) {
            sealer = std::make_shared<const FileStoreSealer>(key.value());
        } else {
            auto recorded = SecuritySettings(db).text(QLatin1String(SecuritySettings::kDataKeyId));
            const bool keyRecorded = !recorded || !recorded->isEmpty();
            const bool noKeychain = !key && key.error().code == QLatin1String(security_error::NoKeychain);
            // Without a keychain a database that never had a key stays as it is; one that names a key
            // must neither be read nor written in plain.
            if (keyRecorded || !noKeychain)
                sealer = std::make_shared<const FileStoreSealer>(nullptr);
            qCWarning(lcSecurity) << "no data key:" << (key ? QStringLiteral("none") : key.error().code)
                                  << (sealer ? "files cannot be read or stored" : "files stay unencrypted");
        }
        cache->sealers.insert(db.path(), sealer);
        return sealer;
    });
}

void FileEncryption::uninstall()
{
    FileStore::setSealerProvider({});
}

} // namespace motcua::security
