#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace motcua::security {

// The layout of an encrypted file (version 1), 48 bytes of header then the ciphertext:
//
//   0   8  magic "MCDSEAL\n" (the newline catches text-mode mangling, as in PNG)
//   8   1  format version = 1
//   9   1  algorithm = 1 (AES-256-GCM)
//  10   2  reserved, zero
//  12   8  key id (DataKey::id): which key sealed it
//  20  12  nonce, random per file
//  32  16  GCM tag over the ciphertext and header bytes 0–31 (the header is authenticated too)
//  48  …   ciphertext, as long as the plaintext (GCM is a stream mode)
//
// The tag sits in the header rather than at the end so a reader learns everything before streaming;
// the writer reserves it and fills it in after the last byte (the output must be seekable).
namespace sealed_format {

inline constexpr QByteArrayView kMagic("MCDSEAL\n", 8);
inline constexpr int kVersion = 1;
inline constexpr int kAlgorithmAes256Gcm = 1;
inline constexpr int kKeyIdOffset = 12;
inline constexpr int kKeyIdSize = 8;
inline constexpr int kNonceOffset = 20;
inline constexpr int kNonceSize = 12;
inline constexpr int kTagOffset = 32;
inline constexpr int kTagSize = 16;
inline constexpr int kAuthenticatedHeaderSize = 32; // bytes 0..31 are AAD
inline constexpr int kHeaderSize = 48;

inline bool hasMagic(QByteArrayView head)
{
    return head.size() >= kMagic.size() && head.first(kMagic.size()) == kMagic;
}

} // namespace sealed_format
} // namespace motcua::security
