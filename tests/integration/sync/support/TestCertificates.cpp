#include "TestCertificates.h"

#include <QDir>
#include <cstdio>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace motcua::sync::test {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;

Key newKey()
{
    return Key(EVP_EC_gen("prime256v1"), &EVP_PKEY_free);
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// `fromDays`/`toDays`: validity relative to now.
Cert makeCert(EVP_PKEY* key, const char* commonName, X509* issuer, EVP_PKEY* issuerKey, bool ca, long fromDays,
              long toDays, long serial)
{
    Cert cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), fromDays * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), toDays * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("MotCua tests"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
    X509* signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = true;
    if (ca) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature");
        ok = ok && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(cert.get(), signer, NID_subject_alt_name, "IP:127.0.0.1");
    }
    ok = ok && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return Cert(nullptr, &X509_free);
    return cert;
}

bool writeCert(const QString& path, X509* cert)
{
    FILE* f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    const bool ok = PEM_write_X509(f, cert) == 1;
    std::fclose(f);
    return ok;
}

bool writeKey(const QString& path, EVP_PKEY* key)
{
    FILE* f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    const bool ok = PEM_write_PrivateKey(f, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    std::fclose(f);
    return ok;
}

} // namespace

bool TestCertificates::create(const QString& directory, TestCertificates* out, QString* error)
{
    const QDir dir(directory);
    Key caKey = newKey();
    Key serverKey = newKey();
    Key expiredKey = newKey();
    if (!caKey || !serverKey || !expiredKey) {
        *error = QStringLiteral("key generation failed");
        return false;
    }
    Cert ca = makeCert(caKey.get(), "MotCua Test CA", nullptr, nullptr, true, -1, 2, 1);
    if (!ca) {
        *error = QStringLiteral("CA certificate failed");
        return false;
    }
    Cert server = makeCert(serverKey.get(), "127.0.0.1", ca.get(), caKey.get(), false, -1, 1, 2);
    Cert expired = makeCert(expiredKey.get(), "127.0.0.1", ca.get(), caKey.get(), false, -3, -1, 3);
    if (!server || !expired) {
        *error = QStringLiteral("server certificate failed");
        return false;
    }
    out->caCertificate = dir.filePath(QStringLiteral("ca.pem"));
    out->serverCertificate = dir.filePath(QStringLiteral("server.pem"));
    out->serverKey = dir.filePath(QStringLiteral("server.key"));
    out->expiredCertificate = dir.filePath(QStringLiteral("expired.pem"));
    out->expiredKey = dir.filePath(QStringLiteral("expired.key"));
    if (!writeCert(out->caCertificate, ca.get()) || !writeCert(out->serverCertificate, server.get()) ||
        !writeKey(out->serverKey, serverKey.get()) || !writeCert(out->expiredCertificate, expired.get()) ||
        !writeKey(out->expiredKey, expiredKey.get())) {
        *error = QStringLiteral("cannot write PEM files");
        return false;
    }
    return true;
}

} // namespace motcua::sync::test
