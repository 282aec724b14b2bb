#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

class QIODevice;
struct evp_md_ctx_st;

namespace motcua::sync {

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions where it has them: about
// 1.5 GB/s on the project's machine, where Qt 6.4's QCryptographicHash (portable reference code, one
// byte at a time) manages 120 MB/s. Both sides of the protocol hash every attachment byte, so this is
// what the attachment figures in docs/PERFORMANCE.md rest on. Copyable: a copy continues from the same
// state (the simulator keeps one per upload in progress).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256& other);
    Sha256& operator=(const Sha256& other);

    void addData(QByteArrayView bytes);
    // Reads the device to its end; false on a read error.
    bool addData(QIODevice& device);
    // Lowercase hex of the digest of everything added so far (the state is left as it was).
    QString hexResult() const;

    static QString hex(QByteArrayView bytes);

private:
    struct Free
    {
        void operator()(evp_md_ctx_st* ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
};

} // namespace motcua::sync
