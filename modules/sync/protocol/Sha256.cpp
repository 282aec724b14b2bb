#include "Sha256.h"

#include <QIODevice>
#include <openssl/evp.h>

namespace motcua::sync {

void Sha256::Free::operator()(evp_md_ctx_st* ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    // Failures here mean libcrypto is out of memory or broken; a null digest then never matches.
    if (m_ctx)
        EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

Sha256::Sha256(const Sha256& other) : m_ctx(EVP_MD_CTX_new())
{
    if (m_ctx && other.m_ctx)
        EVP_MD_CTX_copy_ex(m_ctx.get(), other.m_ctx.get());
}

Sha256& Sha256::operator=(const Sha256& other)
{
    if (this != &other && m_ctx && other.m_ctx)
        EVP_MD_CTX_copy_ex(m_ctx.get(), other.m_ctx.get());
    return *this;
}

void Sha256::addData(QByteArrayView bytes)
{
    if (m_ctx && !bytes.isEmpty())
        EVP_DigestUpdate(m_ctx.get(), bytes.data(), size_t(bytes.size()));
}

bool Sha256::addData(QIODevice& device)
{
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return device.atEnd();
        addData(QByteArrayView(buffer.constData(), n));
    }
}

QString Sha256::hexResult() const
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    std::unique_ptr<evp_md_ctx_st, Free> copy(EVP_MD_CTX_new());
    if (!m_ctx || !copy || EVP_MD_CTX_copy_ex(copy.get(), m_ctx.get()) != 1 ||
        EVP_DigestFinal_ex(copy.get(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

QString Sha256::hex(QByteArrayView bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return hash.hexResult();
}

} // namespace motcua::sync
