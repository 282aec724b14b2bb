#include "ActiveAuthentication.h"

#include "CardErrors.h"
#include "IcaoCrypto.h"
#include "Oid.h"
#include "OpenSslPtr.h"
#include "Tlv.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace motcua::cccd {

namespace {

using BnPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_free>>;
using EcSigPtr = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<ECDSA_SIG, ECDSA_SIG_free>>;

// ISO/IEC 10118-3 hash identifiers used in the two-byte 9796-2 trailer.
struct HashId
{
    quint8 id;
    const char* name;
};
constexpr HashId HashIds[] = {{0x33, "SHA1"}, {0x34, "SHA256"}, {0x35, "SHA512"}, {0x36, "SHA384"}, {0x38, "SHA224"}};

QByteArray digest(const char* name, const QByteArray& data)
{
    std::unique_ptr<EVP_MD, OpenSslDeleter<EVP_MD, EVP_MD_free>> md(EVP_MD_fetch(nullptr, name, nullptr));
    if (!md)
        return {};
    QByteArray out(EVP_MD_get_size(md.get()), '\0');
    unsigned int n = 0;
    EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &n,
               md.get(), nullptr);
    return out;
}

PkeyPtr publicKeyFromDg15(const QByteArray& dg15)
{
    auto outer = Tlv::parseSingle(dg15, true);
    if (!outer || outer->tag != 0x6F)
        return nullptr;
    const auto* p = reinterpret_cast<const unsigned char*>(outer->value.constData());
    return PkeyPtr(d2i_PUBKEY(nullptr, &p, static_cast<long>(outer->value.size())));
}

PkeyPtr privateKeyFromPem(const QByteArray& pem)
{
    BioPtr bio = memoryBio(pem);
    return PkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

// ECDSA hash from DG14's ActiveAuthenticationInfo (2.23.136.1.1.5), SHA256 when absent.
QString ecdsaHashFromDg14(const QByteArray& dg14)
{
    auto outer = Tlv::parseSingle(dg14, true);
    if (!outer || outer->tag != 0x6E)
        return QStringLiteral("SHA256");
    auto set = Tlv::parseSingle(outer->value, true);
    if (!set)
        return QStringLiteral("SHA256");
    auto infos = set->children();
    if (!infos)
        return QStringLiteral("SHA256");
    for (const TlvElement& info : *infos) {
        auto parts = info.children();
        if (!parts || parts->size() < 3 || parts->at(0).tag != 0x06)
            continue;
        if (Oid::decode(parts->at(0).value) != QLatin1String("2.23.136.1.1.5"))
            continue;
        const QString alg = Oid::decode(parts->at(2).value); // ecdsa-plain-SHAxxx (BSI TR-03111)
        if (alg == QLatin1String("0.4.0.127.0.7.1.1.4.1.2"))
            return QStringLiteral("SHA224");
        if (alg == QLatin1String("0.4.0.127.0.7.1.1.4.1.4"))
            return QStringLiteral("SHA384");
        if (alg == QLatin1String("0.4.0.127.0.7.1.1.4.1.5"))
            return QStringLiteral("SHA512");
        if (alg == QLatin1String("0.4.0.127.0.7.1.1.4.1.1"))
            return QStringLiteral("SHA1");
    }
    return QStringLiteral("SHA256");
}

int ecOrderBytes(EVP_PKEY* key)
{
    return (EVP_PKEY_get_bits(key) + 7) / 8;
}

ActiveAuthentication::Outcome failed(const QString& algorithm, const QString& problem)
{
    ERR_clear_error();
    return {Verdict::Failed, algorithm, problem};
}

ActiveAuthentication::Outcome verifyRsa(EVP_PKEY* key, const QByteArray& challenge, const QByteArray& signature)
{
    const QString algorithm = QStringLiteral("RSA ISO 9796-2");
    const int k = EVP_PKEY_get_size(key);
    if (signature.size() != k)
        return failed(algorithm, QStringLiteral("signature length differs from the modulus"));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new(key, nullptr));
    QByteArray j(k, '\0');
    size_t n = static_cast<size_t>(k);
    if (!ctx || EVP_PKEY_verify_recover_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) != 1 ||
        EVP_PKEY_verify_recover(ctx.get(), reinterpret_cast<unsigned char*>(j.data()), &n,
                                reinterpret_cast<const unsigned char*>(signature.constData()),
                                static_cast<size_t>(signature.size())) != 1)
        return failed(algorithm, QStringLiteral("RSA public operation failed"));
    j.resize(static_cast<qsizetype>(n));
    j = QByteArray(k - j.size(), '\0') + j;
    if ((static_cast<quint8>(j.at(k - 1)) & 0x0F) != 0x0C) {
        // The signer may have sent min(σ, n − σ) (ISO 9796-2 §B): J = n − J.
        BIGNUM* modulus = nullptr;
        if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &modulus) != 1)
            return failed(algorithm, QStringLiteral("no modulus"));
        BnPtr nBn(modulus);
        BnPtr jBn(BN_bin2bn(reinterpret_cast<const unsigned char*>(j.constData()), k, nullptr));
        BnPtr diff(BN_new());
        if (!jBn || !diff || BN_sub(diff.get(), nBn.get(), jBn.get()) != 1 ||
            BN_bn2binpad(diff.get(), reinterpret_cast<unsigned char*>(j.data()), k) != k)
            return failed(algorithm, QStringLiteral("bad signature representative"));
    }
    if ((static_cast<quint8>(j.at(0)) & 0xC0) != 0x40)
        return failed(algorithm, QStringLiteral("bad 9796-2 header"));
    const char* hashName = nullptr;
    int trailer = 1;
    const auto last = static_cast<quint8>(j.at(k - 1));
    if (last == 0xBC) {
        hashName = "SHA1";
    } else if (last == 0xCC) {
        trailer = 2;
        for (const auto& h : HashIds) {
            if (h.id == static_cast<quint8>(j.at(k - 2)))
                hashName = h.name;
        }
    }
    if (!hashName)
        return failed(algorithm, QStringLiteral("unknown 9796-2 trailer"));
    const int hashLength = static_cast<int>(digest(hashName, {}).size());
    const int m1Length = k - 1 - hashLength - trailer;
    if (m1Length < 0)
        return failed(algorithm, QStringLiteral("modulus too small"));
    const QByteArray m1 = j.mid(1, m1Length);
    const QByteArray d = j.mid(1 + m1Length, hashLength);
    const QByteArray expected = digest(hashName, m1 + challenge);
    const QString name = QStringLiteral("%1 / %2").arg(algorithm, QLatin1String(hashName));
    if (expected.size() != d.size() || CRYPTO_memcmp(expected.constData(), d.constData(), d.size()) != 0)
        return failed(name, QStringLiteral("recovered hash does not match the challenge"));
    return {Verdict::Passed, name, {}};
}

ActiveAuthentication::Outcome verifyEcdsa(EVP_PKEY* key, const QByteArray& challenge, const QByteArray& signature,
                                          const QString& hashName)
{
    const QString algorithm = QStringLiteral("ECDSA / %1").arg(hashName);
    const int size = ecOrderBytes(key);
    if (signature.size() != 2 * size)
        return failed(algorithm, QStringLiteral("plain signature of unexpected length"));
    EcSigPtr sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(signature.constData()), size, nullptr);
    BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(signature.constData()) + size, size, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return failed(algorithm, QStringLiteral("signature conversion failed"));
    }
    unsigned char* der = nullptr;
    const int derLength = i2d_ECDSA_SIG(sig.get(), &der);
    const QByteArray derSig(reinterpret_cast<const char*>(der), derLength > 0 ? derLength : 0);
    OPENSSL_free(der);
    const QByteArray hash = digest(hashName.toLatin1().constData(), challenge);
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new(key, nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1 ||
        EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char*>(derSig.constData()),
                        static_cast<size_t>(derSig.size()), reinterpret_cast<const unsigned char*>(hash.constData()),
                        static_cast<size_t>(hash.size())) != 1)
        return failed(algorithm, QStringLiteral("ECDSA signature does not verify"));
    return {Verdict::Passed, algorithm, {}};
}

} // namespace

ActiveAuthentication::Outcome ActiveAuthentication::verify(const QByteArray& dg15File, const QByteArray& challenge,
                                                           const QByteArray& signature, const QByteArray& dg14File)
{
    PkeyPtr key = publicKeyFromDg15(dg15File);
    if (!key)
        return failed(QString(), QStringLiteral("DG15 holds no usable public key"));
    if (EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA)
        return verifyRsa(key.get(), challenge, signature);
    if (EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_EC)
        return verifyEcdsa(key.get(), challenge, signature, ecdsaHashFromDg14(dg14File));
    return failed(QString(), QStringLiteral("DG15 key type not supported"));
}

Result<QByteArray> ActiveAuthentication::sign(const QByteArray& privateKeyPem, const QByteArray& challenge)
{
    PkeyPtr key = privateKeyFromPem(privateKeyPem);
    if (!key)
        return cardError(errc::Crypto, QStringLiteral("AA: private key unreadable"));
    if (EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA) {
        // F = 6A ‖ M1 ‖ SHA-1(M1 ‖ challenge) ‖ BC, then the raw RSA private operation.
        const int k = EVP_PKEY_get_size(key.get());
        const QByteArray m1 = IcaoCrypto::randomBytes(k - 2 - 20);
        QByteArray f = QByteArray(1, '\x6A') + m1 + digest("SHA1", m1 + challenge) + QByteArray(1, '\xBC');
        PkeyCtxPtr ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
        QByteArray sig(k, '\0');
        size_t n = static_cast<size_t>(k);
        if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 ||
            EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) != 1 ||
            EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &n,
                          reinterpret_cast<const unsigned char*>(f.constData()), static_cast<size_t>(f.size())) != 1) {
            ERR_clear_error();
            return cardError(errc::Crypto, QStringLiteral("AA: RSA signing failed"));
        }
        sig.resize(static_cast<qsizetype>(n));
        return QByteArray(k - sig.size(), '\0') + sig;
    }
    // ECDSA over SHA-256, converted to plain r ‖ s.
    const QByteArray hash = digest("SHA256", challenge);
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    size_t derLength = 0;
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 ||
        EVP_PKEY_sign(ctx.get(), nullptr, &derLength, reinterpret_cast<const unsigned char*>(hash.constData()),
                      static_cast<size_t>(hash.size())) != 1) {
        ERR_clear_error();
        return cardError(errc::Crypto, QStringLiteral("AA: ECDSA signing failed"));
    }
    QByteArray der(static_cast<qsizetype>(derLength), '\0');
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(der.data()), &derLength,
                      reinterpret_cast<const unsigned char*>(hash.constData()),
                      static_cast<size_t>(hash.size())) != 1) {
        ERR_clear_error();
        return cardError(errc::Crypto, QStringLiteral("AA: ECDSA signing failed"));
    }
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    EcSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(derLength)));
    if (!sig)
        return cardError(errc::Crypto, QStringLiteral("AA: ECDSA signature unreadable"));
    const int size = ecOrderBytes(key.get());
    QByteArray plain(2 * size, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char*>(plain.data()), size);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<unsigned char*>(plain.data()) + size, size);
    return plain;
}

Result<QByteArray> ActiveAuthentication::dg15ForPrivateKey(const QByteArray& privateKeyPem)
{
    PkeyPtr key = privateKeyFromPem(privateKeyPem);
    if (!key)
        return cardError(errc::Fixture, QStringLiteral("AA: private key unreadable"));
    unsigned char* der = nullptr;
    const int n = i2d_PUBKEY(key.get(), &der);
    if (n <= 0)
        return cardError(errc::Fixture, QStringLiteral("AA: public key encoding failed"));
    const QByteArray spki(reinterpret_cast<const char*>(der), n);
    OPENSSL_free(der);
    return Tlv::encode(0x6F, spki);
}

} // namespace motcua::cccd
