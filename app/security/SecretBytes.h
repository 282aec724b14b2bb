#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace motcua::security {

// Key material or a password in memory: move-only, and overwritten when it goes away, so a secret
// does not linger in freed heap pages (a core dump or a swapped page would show it).
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    static SecretBytes fromString(const QString& text); // UTF-8
    static SecretBytes random(int size);                // from OpenSSL's CSPRNG; empty on failure
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    int size() const { return int(m_bytes.size()); }
    const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(m_bytes.constData()); }
    QByteArrayView view() const { return m_bytes; }
    SecretBytes clone() const { return SecretBytes(view()); }
    // Overwrites and empties.
    void wipe();

private:
    QByteArray m_bytes; // never shared: constructed detached, never copied out
};

} // namespace motcua::security
