#include "SecretBytes.h"

#include <QString>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace motcua::security {

SecretBytes::SecretBytes(QByteArrayView bytes) : m_bytes(bytes.data(), bytes.size()) {}

SecretBytes SecretBytes::fromString(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes secret(utf8);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return secret;
}

SecretBytes SecretBytes::random(int size)
{
    SecretBytes secret;
    secret.m_bytes = QByteArray(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(secret.m_bytes.data()), size) != 1)
        secret.wipe();
    return secret;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

void SecretBytes::wipe()
{
    if (!m_bytes.isEmpty() && !m_bytes.isDetached()) {
        // Shared storage cannot be ours to scrub; dropping the reference is all we can do.
        m_bytes = QByteArray();
        return;
    }
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes = QByteArray();
}

} // namespace motcua::security
