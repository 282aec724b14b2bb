#pragma once

#include <QByteArray>

namespace motcua::cccd {

// Keys and send sequence counter of one secure-messaging session, as established by BAC (3DES) or
// PACE (AES). Held only in memory and wiped when the session ends.
struct SessionKeys
{
    enum class Cipher { Tdes, Aes };

    Cipher cipher = Cipher::Tdes;
    QByteArray encKey; // KSEnc
    QByteArray macKey; // KSMac
    QByteArray ssc;    // 8 bytes (3DES) or 16 bytes (AES)

    int blockSize() const { return cipher == Cipher::Aes ? 16 : 8; }
    bool isValid() const { return !encKey.isEmpty() && !macKey.isEmpty() && ssc.size() == blockSize(); }
};

} // namespace motcua::cccd
