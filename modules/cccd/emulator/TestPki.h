#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace motcua::cccd {

// A TEST-ONLY passive-authentication PKI made at run time: a Country Signing CA and a Document Signer it
// certifies, with keys that never leave the process unless a test writes the CSCA certificate out.
// Certificates say "TEST ONLY" in their subject. Used by the fixture generator and demo mode.
class TestPki
{
public:
    enum class KeyType { Rsa2048, EcP256, EcBrainpoolP256r1, EcBrainpoolP384r1 };

    static Result<TestPki> create(KeyType cscaKey = KeyType::EcBrainpoolP256r1,
                                  KeyType signerKey = KeyType::EcBrainpoolP256r1);

    // Signs an LDSSecurityObject into a DER CMS SignedData (eContentType 2.23.136.1.1.1) with the document
    // signer; RSA keys use PKCS#1 v1.5 unless `rsaPss`.
    Result<QByteArray> signSecurityObject(const QByteArray& ldsSecurityObject, const QString& digest,
                                          bool rsaPss = false) const;

    QByteArray cscaCertificatePem() const;
    QByteArray cscaCertificateDer() const;
    QByteArray signerCertificateDer() const;
    // Writes the CSCA certificate (PEM) into `folder` as a one-file trust store.
    Status writeCscaTo(const QString& folder, const QString& fileName = QStringLiteral("TEST-ONLY-csca.pem")) const;

    // A fresh private key as PKCS#8 PEM (Active Authentication keys for DG15).
    static Result<QByteArray> generatePrivateKeyPem(KeyType type);
    static Result<QByteArray> generateRsaPrivateKeyPem(int bits);

    struct Keys;

private:
    std::shared_ptr<Keys> m_keys;
};

} // namespace motcua::cccd
