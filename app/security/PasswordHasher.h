#pragma once

#include "KdfCost.h"
#include "Result.h"
#include "SecretBytes.h"

#include <QString>

namespace motcua::security {

// Password verifiers with scrypt (memory-hard), in the PHC string format so the parameters and the
// salt travel with the hash:  $scrypt$ln=16,r=8,p=1$<salt>$<hash>  (base64 without padding).
//
// Slow on purpose: call from a worker thread, never from the GUI thread.
class PasswordHasher
{
public:
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    explicit PasswordHasher(KdfCost cost = KdfCost::production()) : m_cost(cost) {}
    KdfCost cost() const { return m_cost; }

    // A fresh verifier for `password` with a random salt.
    Result<QString> makeVerifier(const SecretBytes& password) const;
    // Whether `password` matches `verifier`, compared in constant time. An unreadable verifier, or one
    // with out-of-bounds parameters, is an error rather than "no".
    static Result<bool> verify(const SecretBytes& password, const QString& verifier);
    // Whether the verifier was made with another cost (the next successful sign-in refreshes it).
    static bool needsRehash(const QString& verifier, KdfCost wanted);
    // Does the same work as a verification, for sign-ins with an unknown login: the time taken does
    // not tell an attacker which logins exist.
    void spendEquivalentWork(const SecretBytes& password) const;

    static Result<QByteArray> derive(const SecretBytes& password, QByteArrayView salt, KdfCost cost, int length);

private:
    struct Parsed
    {
        KdfCost cost;
        QByteArray salt;
        QByteArray hash;
    };
    static Result<Parsed> parse(const QString& verifier);

    KdfCost m_cost;
};

} // namespace motcua::security
