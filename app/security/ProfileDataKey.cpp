#include "ProfileDataKey.h"

#include "DataKeyStore.h"
#include "Database.h"
#include "SecurityError.h"
#include "SecuritySettings.h"
#include "Transaction.h"

#include <QUuid>

namespace motcua::security {

QString ProfileDataKey::entryNameFor(const QString& profileId)
{
    return QStringLiteral("data-key/") + profileId;
}

QString ProfileDataKey::entryName(Database& db)
{
    auto id = SecuritySettings(db).text(QLatin1String(SecuritySettings::kProfileId));
    return id && !id->isEmpty() ? entryNameFor(*id) : QString();
}

Result<std::shared_ptr<const DataKey>> ProfileDataKey::open(Database& db, const DataKeyStore& keychain, Mode mode)
{
    using R = Result<std::shared_ptr<const DataKey>>;
    SecuritySettings settings(db);
    auto recordedId = settings.text(QLatin1String(SecuritySettings::kDataKeyId));
    auto profileId = settings.text(QLatin1String(SecuritySettings::kProfileId));
    if (!recordedId)
        return R(recordedId.error());
    if (!profileId)
        return R(profileId.error());

    if (!recordedId->isEmpty()) {
        if (profileId->isEmpty())
            return R::failure(QLatin1String(security_error::KeyMissing),
                              QStringLiteral("the profile records a data key but no profile id"));
        auto key = keychain.read(entryNameFor(*profileId));
        if (!key) {
            if (key.error().code == QLatin1String(security_error::KeyMissing))
                return R::failure(QLatin1String(security_error::KeyMissing),
                                  QStringLiteral("the profile's data key %1 is not in the keychain").arg(*recordedId));
            return key;
        }
        if (key.value()->idHex() != *recordedId)
            return R::failure(QLatin1String(security_error::KeyMismatch),
                              QStringLiteral("the keychain holds key %1, the profile was encrypted with %2")
                                  .arg(key.value()->idHex(), *recordedId));
        return key;
    }
    if (mode == Mode::OpenExisting)
        return std::shared_ptr<const DataKey>();

    auto key = DataKey::generate();
    if (!key)
        return R::failure(QLatin1String(security_error::Crypto), QStringLiteral("no random bytes for a data key"));
    const QString newProfileId = profileId->isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : *profileId;
    // Keychain first: a database that names a key must never exist without the key.
    if (Status st = keychain.write(entryNameFor(newProfileId), *key); !st)
        return R(st.error());
    Transaction tx(db);
    Status st =
        tx.isActive() ? settings.setText(QLatin1String(SecuritySettings::kProfileId), newProfileId) : tx.status();
    if (st)
        st = settings.setText(QLatin1String(SecuritySettings::kDataKeyId), key->idHex());
    if (st)
        st = tx.commit();
    if (!st) {
        keychain.remove(entryNameFor(newProfileId));
        return R(st.error());
    }
    return key;
}

} // namespace motcua::security
