#pragma once

#include "Result.h"

#include <QByteArray>

namespace motcua::cccd {

// The symmetric primitives of ICAO 9303-11 over OpenSSL 3 EVP. Single DES lives only in OpenSSL's legacy
// provider, so every single-DES step is done as 2-key 3DES-EDE with K1 = K2 (which equals DES with K1).
class IcaoCrypto
{
public:
    static QByteArray sha1(const QByteArray& data);
    static QByteArray randomBytes(int count);

    // KDF of ICAO 9303-11 §9.7.1: SHA-1(seed ‖ counter (4 bytes BE)). 16 bytes for 3DES/AES-128.
    static QByteArray deriveKey(const QByteArray& seed, quint32 counter, int length = 16);
    // Sets the odd parity bit of each DES key byte (DES ignores it; kept for display and vectors).
    static QByteArray adjustParity(const QByteArray& key);

    // ISO/IEC 9797-1 padding method 2: 0x80 then zeros up to a multiple of `blockSize`.
    static QByteArray pad(const QByteArray& data, int blockSize = 8);
    // Removes method-2 padding; fails when the padding is absent or malformed.
    static Result<QByteArray> unpad(const QByteArray& data);

    // 2-key 3DES (16-byte key) in CBC mode, no padding; data must be a multiple of 8 bytes.
    static Result<QByteArray> tdesCbcEncrypt(const QByteArray& key16, const QByteArray& data,
                                             const QByteArray& iv = QByteArray(8, '\0'));
    static Result<QByteArray> tdesCbcDecrypt(const QByteArray& key16, const QByteArray& data,
                                             const QByteArray& iv = QByteArray(8, '\0'));
    // ISO/IEC 9797-1 MAC algorithm 3 ("retail MAC") with DES and padding method 2 (applied here).
    static Result<QByteArray> retailMac(const QByteArray& key16, const QByteArray& message);

    // AES in CBC (no padding) and ECB, and AES-CMAC (for PACE / AES secure messaging).
    static Result<QByteArray> aesCbcEncrypt(const QByteArray& key, const QByteArray& data, const QByteArray& iv);
    static Result<QByteArray> aesCbcDecrypt(const QByteArray& key, const QByteArray& data, const QByteArray& iv);
    static Result<QByteArray> aesEcbEncrypt(const QByteArray& key, const QByteArray& block);
    static Result<QByteArray> aesCmac(const QByteArray& key, const QByteArray& message);

    // Overwrites a buffer holding key material.
    static void wipe(QByteArray& secret);
};

} // namespace motcua::cccd
