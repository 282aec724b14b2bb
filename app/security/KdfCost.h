#pragma once

#include <QtGlobal>

namespace motcua::security {

// scrypt's cost: N = 2^logN blocks of 128·r bytes, p lanes. Memory is about 128·r·N bytes.
//
// scrypt, not Argon2: Debian bookworm ships OpenSSL 3.0, and Argon2 arrived in OpenSSL 3.2
// (docs/SECURITY.md). Production uses 64 MiB per try (N = 2^16, r = 8), which takes a few tenths of
// a second on a desk PC; tests inject a tiny cost so they stay fast.
struct KdfCost
{
    int logN = 16;
    int r = 8;
    int p = 1;

    static KdfCost production() { return {}; }
    static KdfCost fastForTests() { return {10, 8, 1}; }

    quint64 n() const { return quint64(1) << logN; }
    quint64 memoryBytes() const { return 128ull * quint64(r) * (n() + 2) + 128ull * quint64(r) * quint64(p); }
    // Bounds that keep a stored verifier from asking for absurd work or memory (max 1 GiB).
    bool isValid() const { return logN >= 10 && logN <= 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16; }
    bool operator==(const KdfCost&) const = default;
};

} // namespace motcua::security
