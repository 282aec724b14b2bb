#pragma once

#include "DataKey.h"
#include "Result.h"

#include <QString>
#include <memory>

namespace motcua {
class Database;
}

namespace motcua::security {

class DataKeyStore;

// Which data key a desk profile uses, and getting it from the keychain.
//
// The profile's database records a random profile id and the key's fingerprint (DataKey::id) in
// security_settings; the key itself is only in the keychain, under "data-key/<profile id>". So the
// database alone never yields the key, the right key is found wherever the database is opened from, and
// a wrong or lost key is told apart from a first start:
//  - no key id recorded: the profile has no key yet; `create` makes one (keychain first, then the
//    database), otherwise the answer is a null key (files stay as they are);
//  - key id recorded but no keychain entry: security.key_missing (the files cannot be read; a new key
//    is never made over them);
//  - entry present but another fingerprint: security.key_mismatch.
class ProfileDataKey
{
public:
    enum class Mode { OpenExisting, OpenOrCreate };

    static Result<std::shared_ptr<const DataKey>> open(Database& db, const DataKeyStore& keychain, Mode mode);
    // The keychain entry name of this database's profile; empty before a key was made.
    static QString entryName(Database& db);
    static QString entryNameFor(const QString& profileId);
};

} // namespace motcua::security
