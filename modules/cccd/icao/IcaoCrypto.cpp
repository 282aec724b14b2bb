#include "IcaoCrypto.h"

#include "CardErrors.h"

#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace motcua::cccd {

namespace {

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

Error cryptoError(const char* what)
{
    return cardError(errc::Crypto, QStringLiteral("OpenSSL: %1 failed").arg(QLatin1String(what)));
}

Result<QByteArray> runCipher(const EVP_CIPHER* cipher, bool encrypt, const QByteArray& key, const QByteArray& data,
                             const QByteArray& iv)
{
    if (!cipher)
        return cryptoError("cipher lookup");
    if (key.size() != EVP_CIPHER_get_key_length(cipher))
        return cryptoError("key length check");
    const int block = EVP_CIPHER_get_block_size(cipher);
    if (block > 1 && data.size() % block != 0)
        return cryptoError("block alignment check");
    const int ivLength = EVP_CIPHER_get_iv_length(cipher);
    if (ivLength > 0 && iv.size() != ivLength)
        return cryptoError("IV length check");
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx)
        return cryptoError("context allocation");
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* v = ivLength > 0 ? reinterpret_cast<const unsigned char*>(iv.constData()) : nullptr;
    if (EVP_CipherInit_ex2(ctx.get(), cipher, k, v, encrypt ? 1 : 0, nullptr) != 1)
        return cryptoError("cipher init");
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    QByteArray out(data.size() + block, '\0');
    int n1 = 0;
    int n2 = 0;
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    if (EVP_CipherUpdate(ctx.get(), o, &n1, reinterpret_cast<const unsigned char*>(data.constData()),
                         static_cast<int>(data.size())) != 1)
        return cryptoError("cipher update");
    if (EVP_CipherFinal_ex(ctx.get(), o + n1, &n2) != 1)
        return cryptoError("cipher final");
    out.resize(n1 + n2);
    return out;
}

const EVP_CIPHER* aesCbc(int keySize)
{
    switch (keySize) {
    case 16:
        return EVP_aes_128_cbc();
    case 24:
        return EVP_aes_192_cbc();
    case 32:
        return EVP_aes_256_cbc();
    default:
        return nullptr;
    }
}

const EVP_CIPHER* aesEcb(int keySize)
{
    switch (keySize) {
    case 16:
        return EVP_aes_128_ecb();
    case 24:
        return EVP_aes_192_ecb();
    case 32:
        return EVP_aes_256_ecb();
    default:
        return nullptr;
    }
}

} // namespace

QByteArray IcaoCrypto::sha1(const QByteArray& data)
{
    QByteArray out(SHA_DIGEST_LENGTH, '\0');
    SHA1(reinterpret_cast<const unsigned char*>(data.constData()), static_cast<size_t>(data.size()),
         reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray IcaoCrypto::randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed"); // no safe way to go on without randomness
    return out;
}

QByteArray IcaoCrypto::deriveKey(const QByteArray& seed, quint32 counter, int length)
{
    QByteArray input = seed;
    input.append(static_cast<char>(counter >> 24));
    input.append(static_cast<char>((counter >> 16) & 0xFF));
    input.append(static_cast<char>((counter >> 8) & 0xFF));
    input.append(static_cast<char>(counter & 0xFF));
    return sha1(input).left(length);
}

QByteArray IcaoCrypto::adjustParity(const QByteArray& key)
{
    QByteArray out = key;
    for (char& c : out) {
        auto b = static_cast<quint8>(c);
        int ones = 0;
        for (int i = 1; i < 8; ++i)
            ones += (b >> i) & 1;
        b = static_cast<quint8>((b & 0xFE) | ((ones % 2 == 0) ? 1 : 0));
        c = static_cast<char>(b);
    }
    return out;
}

QByteArray IcaoCrypto::pad(const QByteArray& data, int blockSize)
{
    QByteArray out = data;
    out.append(static_cast<char>(0x80));
    while (out.size() % blockSize != 0)
        out.append('\0');
    return out;
}

Result<QByteArray> IcaoCrypto::unpad(const QByteArray& data)
{
    qsizetype i = data.size() - 1;
    while (i >= 0 && data.at(i) == '\0')
        --i;
    if (i < 0 || static_cast<quint8>(data.at(i)) != 0x80)
        return cardError(errc::SmMalformed, QStringLiteral("padding method 2 marker missing"));
    return data.left(i);
}

Result<QByteArray> IcaoCrypto::tdesCbcEncrypt(const QByteArray& key16, const QByteArray& data, const QByteArray& iv)
{
    return runCipher(EVP_des_ede_cbc(), true, key16, data, iv);
}

Result<QByteArray> IcaoCrypto::tdesCbcDecrypt(const QByteArray& key16, const QByteArray& data, const QByteArray& iv)
{
    return runCipher(EVP_des_ede_cbc(), false, key16, data, iv);
}

Result<QByteArray> IcaoCrypto::retailMac(const QByteArray& key16, const QByteArray& message)
{
    if (key16.size() != 16)
        return cryptoError("MAC key length check");
    const QByteArray padded = pad(message, 8);
    const QByteArray ka = key16.left(8);
    // Single-DES CBC with Ka over all blocks but the last: 3DES with K1 = K2 = Ka.
    QByteArray chain(8, '\0');
    if (padded.size() > 8) {
        auto head = runCipher(EVP_des_ede_cbc(), true, ka + ka, padded.left(padded.size() - 8), QByteArray(8, '\0'));
        if (!head)
            return head;
        chain = head->right(8);
    }
    // Last block: DES(Ka) then DES⁻¹(Kb) then DES(Ka) = one 2-key 3DES-EDE encryption with Ka‖Kb.
    QByteArray last = padded.right(8);
    for (int i = 0; i < 8; ++i)
        last[i] = static_cast<char>(last[i] ^ chain[i]);
    return runCipher(EVP_des_ede_ecb(), true, key16, last, QByteArray());
}

Result<QByteArray> IcaoCrypto::aesCbcEncrypt(const QByteArray& key, const QByteArray& data, const QByteArray& iv)
{
    return runCipher(aesCbc(static_cast<int>(key.size())), true, key, data, iv);
}

Result<QByteArray> IcaoCrypto::aesCbcDecrypt(const QByteArray& key, const QByteArray& data, const QByteArray& iv)
{
    return runCipher(aesCbc(static_cast<int>(key.size())), false, key, data, iv);
}

Result<QByteArray> IcaoCrypto::aesEcbEncrypt(const QByteArray& key, const QByteArray& block)
{
    return runCipher(aesEcb(static_cast<int>(key.size())), true, key, block, QByteArray());
}

Result<QByteArray> IcaoCrypto::aesCmac(const QByteArray& key, const QByteArray& message)
{
    const char* cipherName = key.size() == 16 ? "AES-128-CBC" : key.size() == 24 ? "AES-192-CBC" : "AES-256-CBC";
    std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac(EVP_MAC_fetch(nullptr, "CMAC", nullptr), &EVP_MAC_free);
    if (!mac)
        return cryptoError("CMAC fetch");
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(mac.get()), &EVP_MAC_CTX_free);
    if (!ctx)
        return cryptoError("CMAC context");
    OSSL_PARAM params[2];
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, const_cast<char*>(cipherName), 0);
    params[1] = OSSL_PARAM_construct_end();
    if (EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char*>(key.constData()),
                     static_cast<size_t>(key.size()), params) != 1)
        return cryptoError("CMAC init");
    if (EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<size_t>(message.size())) != 1)
        return cryptoError("CMAC update");
    QByteArray out(16, '\0');
    size_t outLength = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &outLength, 16) != 1)
        return cryptoError("CMAC final");
    out.resize(static_cast<qsizetype>(outLength));
    return out;
}

void IcaoCrypto::wipe(QByteArray& secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

} // namespace motcua::cccd
