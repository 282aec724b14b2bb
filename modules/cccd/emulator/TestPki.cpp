#include "TestPki.h"

#include "CardErrors.h"
#include "OpenSslPtr.h"

#include <QDir>
#include <QSaveFile>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace motcua::cccd {

struct TestPki::Keys
{
    PkeyPtr cscaKey;
    PkeyPtr signerKey;
    X509Ptr csca;
    X509Ptr signer;
};

namespace {

Error fixtureError(const QString& what)
{
    ERR_clear_error();
    return cardError(errc::Fixture, QStringLiteral("test PKI: %1").arg(what));
}

PkeyPtr generate(TestPki::KeyType type)
{
    switch (type) {
    case TestPki::KeyType::Rsa2048:
        return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048)));
    case TestPki::KeyType::EcP256:
        return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "prime256v1"));
    case TestPki::KeyType::EcBrainpoolP256r1:
        return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "brainpoolP256r1"));
    case TestPki::KeyType::EcBrainpoolP384r1:
        return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "brainpoolP384r1"));
    }
    return nullptr;
}

void addName(X509_NAME* name, const char* field, const char* value)
{
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(value), -1, -1, 0);
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION, X509_EXTENSION_free>> ext(
        X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

X509Ptr makeCertificate(EVP_PKEY* subjectKey, const char* commonName, long serial, X509* issuer, EVP_PKEY* issuerKey,
                        bool ca)
{
    X509Ptr cert(X509_new());
    if (!cert)
        return nullptr;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), (ca ? 15L : 11L) * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME* name = X509_get_subject_name(cert.get());
    addName(name, "C", "VN");
    addName(name, "O", "TEST ONLY - MotCua Desk fixtures - NOT A REAL AUTHORITY");
    addName(name, "CN", commonName);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509* issuerCert = issuer ? issuer : cert.get();
    bool ok = addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    if (ca) {
        ok = ok && addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
        ok = ok && addExtension(cert.get(), issuerCert, NID_key_usage, "critical,digitalSignature");
    }
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QByteArray pemOf(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioContents(bio.get());
}

Result<QByteArray> privatePem(EVP_PKEY* key)
{
    if (!key)
        return fixtureError(QStringLiteral("key generation failed"));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fixtureError(QStringLiteral("key export failed"));
    return bioContents(bio.get());
}

} // namespace

Result<TestPki> TestPki::create(KeyType cscaKey, KeyType signerKey)
{
    auto keys = std::make_shared<Keys>();
    keys->cscaKey = generate(cscaKey);
    keys->signerKey = generate(signerKey);
    if (!keys->cscaKey || !keys->signerKey)
        return fixtureError(QStringLiteral("key generation failed"));
    keys->csca =
        makeCertificate(keys->cscaKey.get(), "TEST CSCA Viet Nam (not valid)", 1, nullptr, keys->cscaKey.get(), true);
    if (!keys->csca)
        return fixtureError(QStringLiteral("CSCA certificate failed"));
    keys->signer = makeCertificate(keys->signerKey.get(), "TEST Document Signer (not valid)", 2, keys->csca.get(),
                                   keys->cscaKey.get(), false);
    if (!keys->signer)
        return fixtureError(QStringLiteral("document signer certificate failed"));
    TestPki pki;
    pki.m_keys = keys;
    return pki;
}

Result<QByteArray> TestPki::signSecurityObject(const QByteArray& ldsSecurityObject, const QString& digest,
                                               bool rsaPss) const
{
    const EVP_MD* md = EVP_get_digestbyname(digest.toLatin1().constData());
    if (!md)
        return fixtureError(QStringLiteral("unknown digest %1").arg(digest));
    const unsigned flags = CMS_BINARY | CMS_NOSMIMECAP | CMS_PARTIAL;
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms)
        return fixtureError(QStringLiteral("CMS allocation failed"));
    std::unique_ptr<ASN1_OBJECT, OpenSslDeleter<ASN1_OBJECT, ASN1_OBJECT_free>> type(OBJ_txt2obj("2.23.136.1.1.1", 1));
    if (!type || CMS_set1_eContentType(cms.get(), type.get()) != 1)
        return fixtureError(QStringLiteral("eContentType failed"));
    const bool pss = rsaPss && EVP_PKEY_get_base_id(m_keys->signerKey.get()) == EVP_PKEY_RSA;
    CMS_SignerInfo* si = CMS_add1_signer(cms.get(), m_keys->signer.get(), m_keys->signerKey.get(), md,
                                         CMS_BINARY | CMS_NOSMIMECAP | (pss ? CMS_KEY_PARAM : 0));
    if (!si)
        return fixtureError(QStringLiteral("adding the signer failed"));
    if (pss) {
        EVP_PKEY_CTX* pctx = CMS_SignerInfo_get0_pkey_ctx(si);
        if (!pctx || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1)
            return fixtureError(QStringLiteral("RSA-PSS parameters failed"));
    }
    BioPtr content = memoryBio(ldsSecurityObject);
    if (CMS_final(cms.get(), content.get(), nullptr, CMS_BINARY) != 1)
        return fixtureError(QStringLiteral("signing failed"));
    BioPtr out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return fixtureError(QStringLiteral("CMS encoding failed"));
    return bioContents(out.get());
}

QByteArray TestPki::cscaCertificatePem() const
{
    return pemOf(m_keys->csca.get());
}

QByteArray TestPki::cscaCertificateDer() const
{
    return toDer(i2d_X509, m_keys->csca.get());
}

QByteArray TestPki::signerCertificateDer() const
{
    return toDer(i2d_X509, m_keys->signer.get());
}

Status TestPki::writeCscaTo(const QString& folder, const QString& fileName) const
{
    if (!QDir().mkpath(folder))
        return Status(fixtureError(QStringLiteral("cannot create %1").arg(folder)));
    QSaveFile f(QDir(folder).filePath(fileName));
    const QByteArray pem = cscaCertificatePem();
    if (!f.open(QIODevice::WriteOnly) || f.write(pem) != pem.size() || !f.commit())
        return Status(fixtureError(QStringLiteral("cannot write the CSCA certificate")));
    return Status::success();
}

Result<QByteArray> TestPki::generatePrivateKeyPem(KeyType type)
{
    PkeyPtr key = generate(type);
    return privatePem(key.get());
}

Result<QByteArray> TestPki::generateRsaPrivateKeyPem(int bits)
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits)));
    return privatePem(key.get());
}

} // namespace motcua::cccd
