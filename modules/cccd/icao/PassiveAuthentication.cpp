#include "PassiveAuthentication.h"

#include "CscaStore.h"
#include "OpenSslPtr.h"
#include "SecurityObject.h"

#include <ctime>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/objects.h>

namespace motcua::cccd {

namespace {

QByteArray digest(const QString& name, const QByteArray& data)
{
    std::unique_ptr<EVP_MD, OpenSslDeleter<EVP_MD, EVP_MD_free>> md(
        EVP_MD_fetch(nullptr, name.toLatin1().constData(), nullptr));
    if (!md)
        return {};
    QByteArray out(EVP_MD_get_size(md.get()), '\0');
    unsigned int n = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &n,
                   md.get(), nullptr) != 1)
        return {};
    out.resize(static_cast<qsizetype>(n));
    return out;
}

QString nameText(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioContents(bio.get()));
}

QDateTime asn1Time(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QString keyDescription(EVP_PKEY* key)
{
    if (!key)
        return {};
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) {
        char group[80] = {};
        size_t n = 0;
        EVP_PKEY_get_group_name(key, group, sizeof(group), &n);
        return QStringLiteral("EC %1").arg(QString::fromLatin1(group));
    }
    const char* type = EVP_PKEY_get0_type_name(key);
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(type ? type : "key")).arg(EVP_PKEY_get_bits(key));
}

QString algorithmName(const X509_ALGOR* alg)
{
    if (!alg)
        return {};
    const ASN1_OBJECT* oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, alg);
    const int nid = OBJ_obj2nid(oid);
    if (nid != NID_undef)
        return QString::fromLatin1(OBJ_nid2sn(nid));
    char buf[80] = {};
    OBJ_obj2txt(buf, sizeof(buf), oid, 1);
    return QString::fromLatin1(buf);
}

QString openSslError()
{
    const unsigned long e = ERR_peek_last_error();
    ERR_clear_error();
    if (e == 0)
        return QStringLiteral("no detail");
    char buf[256] = {};
    ERR_error_string_n(e, buf, sizeof(buf));
    return QString::fromLatin1(buf);
}

} // namespace

PassiveAuthentication PassiveAuthentication::verify(const QByteArray& sodFile, const QMap<int, QByteArray>& dataGroups,
                                                    const CscaStore* trustStore)
{
    PassiveAuthentication pa;
    auto sod = SecurityObject::parse(sodFile);
    if (!sod) {
        // Without a readable SOD nothing can be vouched for.
        pa.dataIntact = pa.signatureValid = pa.issuerTrusted = Verdict::Failed;
        pa.problems << sod.error().message;
        return pa;
    }
    pa.hashAlgorithm = sod->hashAlgorithm;

    // 1. Data intact: hash every DG exactly as read.
    bool intact = !dataGroups.isEmpty();
    for (auto it = dataGroups.cbegin(); it != dataGroups.cend(); ++it) {
        if (!sod->dataGroupHashes.contains(it.key())) {
            pa.notInSod << it.key();
            pa.problems << QStringLiteral("DG%1 was read but is not listed in the SOD").arg(it.key());
            intact = false;
            continue;
        }
        const QByteArray expected = sod->dataGroupHashes.value(it.key());
        const QByteArray actual = digest(sod->hashAlgorithm, it.value());
        const bool match = !actual.isEmpty() && actual.size() == expected.size() &&
                           CRYPTO_memcmp(actual.constData(), expected.constData(), actual.size()) == 0;
        pa.dataGroupMatches.insert(it.key(), match);
        if (!match) {
            pa.problems << QStringLiteral("DG%1 hash does not match the SOD").arg(it.key());
            intact = false;
        }
    }
    pa.dataIntact = dataGroups.isEmpty() ? Verdict::NotChecked : (intact ? Verdict::Passed : Verdict::Failed);

    // 2. Signature valid: CMS verification of signed attributes and content digest with the embedded DSC.
    BioPtr bio = memoryBio(sod->contentInfo);
    CmsPtr cms(d2i_CMS_bio(bio.get(), nullptr));
    X509StackPtr certs(cms ? CMS_get1_certs(cms.get()) : nullptr);
    STACK_OF(CMS_SignerInfo)* signers = cms ? CMS_get0_SignerInfos(cms.get()) : nullptr;
    X509* dsc = nullptr;
    if (signers && sk_CMS_SignerInfo_num(signers) >= 1) {
        CMS_SignerInfo* si = sk_CMS_SignerInfo_value(signers, 0);
        for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
            if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs.get(), i)) == 0) {
                dsc = sk_X509_value(certs.get(), i);
                break;
            }
        }
        X509_ALGOR* digestAlg = nullptr;
        X509_ALGOR* signatureAlg = nullptr;
        CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlg, &signatureAlg);
        pa.signatureAlgorithm = algorithmName(signatureAlg);
        if (pa.signatureAlgorithm == QLatin1String("rsaEncryption"))
            pa.signatureAlgorithm = QStringLiteral("rsaEncryption (PKCS#1 v1.5) with %1").arg(algorithmName(digestAlg));
    }
    if (!dsc) {
        pa.signatureValid = Verdict::Failed;
        pa.problems << QStringLiteral("the SOD carries no document signer certificate for its signer");
    } else {
        pa.signerSubject = nameText(X509_get_subject_name(dsc));
        pa.signerIssuer = nameText(X509_get_issuer_name(dsc));
        pa.signerNotBefore = asn1Time(X509_get0_notBefore(dsc));
        pa.signerNotAfter = asn1Time(X509_get0_notAfter(dsc));
        pa.signerKey = keyDescription(X509_get0_pubkey(dsc));
        const int ok =
            CMS_verify(cms.get(), certs.get(), nullptr, nullptr, nullptr, CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY);
        pa.signatureValid = ok == 1 ? Verdict::Passed : Verdict::Failed;
        if (ok != 1)
            pa.problems << QStringLiteral("SOD signature does not verify: %1").arg(openSslError());
    }

    // 3. Issuer trusted: the DSC chains to a configured CSCA. Validity dates are not enforced: the
    // question is who signed the card, and the card's own expiry is shown separately.
    if (!trustStore || trustStore->isEmpty()) {
        pa.issuerTrusted = Verdict::NotChecked;
        pa.problems << QStringLiteral("no CSCA certificate configured");
    } else if (!dsc) {
        pa.issuerTrusted = Verdict::Failed;
    } else {
        X509StorePtr store(X509_STORE_new());
        for (const QByteArray& der : trustStore->certificates()) {
            const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
            X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
            if (cert)
                X509_STORE_add_cert(store.get(), cert.get());
        }
        X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_NO_CHECK_TIME);
        X509StoreCtxPtr ctx(X509_STORE_CTX_new());
        const bool chained = ctx && X509_STORE_CTX_init(ctx.get(), store.get(), dsc, certs.get()) == 1 &&
                             X509_verify_cert(ctx.get()) == 1;
        pa.issuerTrusted = chained ? Verdict::Passed : Verdict::Failed;
        if (!chained) {
            const int e = ctx ? X509_STORE_CTX_get_error(ctx.get()) : X509_V_ERR_UNSPECIFIED;
            pa.problems << QStringLiteral("document signer does not chain to a trusted CSCA: %1")
                               .arg(QString::fromLatin1(X509_verify_cert_error_string(e)));
        }
    }
    ERR_clear_error();
    return pa;
}

} // namespace motcua::cccd
