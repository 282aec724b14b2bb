#pragma once

#include "CitizenIdentity.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace motcua::cccd {

// Active Authentication (ICAO 9303-11 §6.1): the chip proves it holds the private key whose public half is
// in DG15 (itself covered by the SOD) by signing a fresh 8-byte challenge in INTERNAL AUTHENTICATE.
// RSA: ISO/IEC 9796-2 digital signature scheme 1 (message recovery; trailer BC = SHA-1 or xx CC).
// ECDSA: plain r ‖ s over the challenge hash (SHA-256 unless DG14's ActiveAuthenticationInfo says otherwise).
class ActiveAuthentication
{
public:
    struct Outcome
    {
        Verdict verdict = Verdict::NotChecked;
        QString algorithm; // "RSA ISO 9796-2 / SHA1", "ECDSA / SHA256"
        QString problem;   // technical, when the verdict is Failed
    };

    // Checks the chip's answer against the DG15 public key.
    static Outcome verify(const QByteArray& dg15File, const QByteArray& challenge, const QByteArray& signature,
                          const QByteArray& dg14File = {});

    // Card side (emulator): signs `challenge` with a PEM private key.
    static Result<QByteArray> sign(const QByteArray& privateKeyPem, const QByteArray& challenge);
    // DG15 (tag 6F) holding the SubjectPublicKeyInfo of a PEM private key (fixture generator).
    static Result<QByteArray> dg15ForPrivateKey(const QByteArray& privateKeyPem);
};

} // namespace motcua::cccd
