#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace motcua::security {

// The profile's random 256-bit data key, which encrypts scans, face images and card snapshots at rest.
// It lives in the OS keychain (DataKeyStore) and in memory while the desk runs; never in a file.
//
// The key id is a fingerprint that is safe to store beside the data: it tells which key a file was
// sealed with without revealing the key (SHA-256 of a domain label and the key, first 8 bytes).
class DataKey
{
public:
    static constexpr int kSize = 32;

    // A fresh random key; null if the system's random generator failed.
    static std::shared_ptr<const DataKey> generate();
    // A key from its bytes (as read back from the keychain); null unless exactly kSize bytes.
    static std::shared_ptr<const DataKey> fromBytes(QByteArrayView bytes);

    const unsigned char* bytes() const { return m_key.data(); }
    QByteArrayView view() const { return m_key.view(); }
    const QByteArray& id() const { return m_id; } // 8 bytes
    QString idHex() const { return QString::fromLatin1(m_id.toHex()); }

    explicit DataKey(SecretBytes key);

private:
    SecretBytes m_key;
    QByteArray m_id;
};

} // namespace motcua::security
