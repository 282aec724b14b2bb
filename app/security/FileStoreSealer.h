#pragma once

#include "FileCipher.h"
#include "FileSealer.h"

namespace motcua::security {

// Seals the file store's files with FileCipher under the profile's data key (storage's FileSealer).
// With a null key every seal and unseal fails with security.key_missing: a desk whose key could not be
// loaded refuses to store scans rather than store them in plain.
class FileStoreSealer : public FileSealer
{
public:
    explicit FileStoreSealer(std::shared_ptr<const DataKey> key) : m_cipher(std::move(key)) {}

    Result<QByteArray> seal(QByteArrayView plain) const override { return m_cipher.encrypt(plain); }
    Result<QByteArray> unseal(QByteArrayView sealed) const override { return m_cipher.decrypt(sealed); }

private:
    FileCipher m_cipher;
};

} // namespace motcua::security
