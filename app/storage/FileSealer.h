#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace motcua {

// Encryption of the file store's files at rest. Storage knows neither keys nor ciphers: the security
// library provides the implementation (AES-256-GCM under the profile's data key, docs/SECURITY.md) and
// the desk installs it with FileStore::setDefaultSealer() once the key is loaded.
class FileSealer
{
public:
    // How every sealed file starts (app/security/SealedFormat.h): tells sealed files from files stored
    // before encryption was turned on, and an encrypted file from a damaged one.
    static constexpr QByteArrayView kMagic{"MCDSEAL\n", 8};

    virtual ~FileSealer() = default;
    virtual Result<QByteArray> seal(QByteArrayView plain) const = 0;
    // Authenticates and decrypts; an error when the bytes were altered or sealed under another key.
    virtual Result<QByteArray> unseal(QByteArrayView sealed) const = 0;
};

} // namespace motcua
