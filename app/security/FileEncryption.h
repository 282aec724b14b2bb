#pragma once

#include "DataKeyStore.h"
#include "Result.h"

namespace motcua {
class Database;
}

namespace motcua::security {

// Encryption at rest for a whole process (docs/SECURITY.md "Encryption at rest"): installs the file
// store's sealer provider, so every FileStore seals scans and face images with the profile's data key
// (AES-256-GCM, FileCipher) and reads them back through it. Both calls may wait for the keychain.
class FileEncryption
{
public:
    // The desk, at start: loads the profile's key, creating it on the profile's first start.
    // When that fails, a live profile's stores get a keyless sealer — they refuse to store anything
    // rather than store it in plain — and the error is returned for the desk to show. A demo profile
    // (synthetic data) then keeps files as they are.
    static Status installForProfile(Database& db, bool demoProfile, const DataKeyStore& keychain = DataKeyStore());

    // The CLI: a database's key is loaded the first time a FileStore is made for it, and created when
    // the database has none yet and a keychain answers. With no key recorded and no keychain, files
    // stay as they are; with a key recorded that cannot be loaded, the store refuses.
    static void installOnDemand(const DataKeyStore& keychain = DataKeyStore());

    static void uninstall();
};

} // namespace motcua::security
