#pragma once

#include "DataKey.h"
#include "Result.h"

#include <QString>
#include <memory>

namespace motcua::security {

// The OS keychain as the home of data keys: the Secret Service (gnome-keyring, KWallet) on Linux, the
// Credential Manager on Windows, the Keychain on macOS, all through QtKeychain. There is no plaintext
// fallback: without a keychain the key cannot be kept, and the desk says so.
//
// Each call waits for the keychain's answer in a local event loop, so it needs a QCoreApplication and
// must not run inside widget code: call it from main() before the window exists, from the CLI, or from
// a worker thread. The keychain may show an unlock prompt of its own meanwhile.
class DataKeyStore
{
public:
    static constexpr const char* kDefaultService = "MotCua Desk";

    explicit DataKeyStore(QString service = QString::fromLatin1(kDefaultService));

    // security.key_missing when there is no such entry; security.no_keychain when no keychain answers;
    // security.key_mismatch when the entry is not a key (wrong size).
    Result<std::shared_ptr<const DataKey>> read(const QString& name) const;
    Status write(const QString& name, const DataKey& key) const;
    // Deleting an entry that does not exist is not an error.
    Status remove(const QString& name) const;

    const QString& service() const { return m_service; }

private:
    QString m_service;
};

} // namespace motcua::security
