#include "FileCipher.h"

#include "SealedFormat.h"
#include "SecurityError.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace motcua::security {

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    return CipherContext(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

Status failure(const char* code, const QString& message)
{
    return Status::failure(QLatin1String(code), message);
}

Status cryptoFailure(const char* step)
{
    return failure(security_error::Crypto, QStringLiteral("OpenSSL failed to %1").arg(QLatin1String(step)));
}

Status noKey()
{
    return failure(security_error::KeyMissing, QStringLiteral("no data key to encrypt or decrypt with"));
}

// Header bytes 0..31 (authenticated) followed by room for the tag.
QByteArray makeHeader(const QByteArray& keyId, const QByteArray& nonce)
{
    QByteArray header;
    header.reserve(sealed_format::kHeaderSize);
    header.append(sealed_format::kMagic.data(), sealed_format::kMagic.size());
    header.append(char(sealed_format::kVersion));
    header.append(char(sealed_format::kAlgorithmAes256Gcm));
    header.append(2, '\0');
    header.append(keyId);
    header.append(nonce);
    header.append(sealed_format::kTagSize, '\0');
    return header;
}

bool writeAll(QIODevice& out, const char* data, qint64 size)
{
    return out.write(data, size) == size;
}

// Reads up to `size` bytes, looping over short reads of pipes and sockets.
qint64 readSome(QIODevice& in, char* data, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 n = in.read(data + total, size - total);
        if (n < 0)
            return -1;
        if (n == 0 && !in.waitForReadyRead(0))
            break;
        total += n;
    }
    return total;
}

// Streams `in` through `ctx` (already keyed) into `out`. Plaintext or ciphertext alike.
Status streamThrough(EVP_CIPHER_CTX* ctx, QIODevice& in, QIODevice& out, bool encrypting)
{
    QByteArray inBuffer(FileCipher::kChunkSize, Qt::Uninitialized);
    QByteArray outBuffer(FileCipher::kChunkSize + EVP_MAX_BLOCK_LENGTH, Qt::Uninitialized);
    Status result;
    for (;;) {
        const qint64 n = readSome(in, inBuffer.data(), inBuffer.size());
        if (n < 0) {
            result = failure(security_error::Io, QStringLiteral("cannot read: %1").arg(in.errorString()));
            break;
        }
        if (n == 0)
            break;
        int produced = 0;
        const int ok = encrypting
                           ? EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char*>(outBuffer.data()), &produced,
                                               reinterpret_cast<const unsigned char*>(inBuffer.constData()), int(n))
                           : EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(outBuffer.data()), &produced,
                                               reinterpret_cast<const unsigned char*>(inBuffer.constData()), int(n));
        if (ok != 1) {
            result = cryptoFailure("process a chunk");
            break;
        }
        if (!writeAll(out, outBuffer.constData(), produced)) {
            result = failure(security_error::Io, QStringLiteral("cannot write: %1").arg(out.errorString()));
            break;
        }
    }
    // Both buffers held plaintext at some point.
    OPENSSL_cleanse(inBuffer.data(), size_t(inBuffer.size()));
    OPENSSL_cleanse(outBuffer.data(), size_t(outBuffer.size()));
    return result;
}

} // namespace

FileCipher::FileCipher(std::shared_ptr<const DataKey> key) : m_key(std::move(key)) {}

Status FileCipher::encrypt(QIODevice& plain, QIODevice& sealed) const
{
    if (!m_key)
        return noKey();
    if (sealed.isSequential())
        return failure(security_error::Io, QStringLiteral("the sealed output must be seekable"));
    QByteArray nonce(sealed_format::kNonceSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), int(nonce.size())) != 1)
        return cryptoFailure("make a nonce");
    const QByteArray header = makeHeader(m_key->id(), nonce);
    const qint64 start = sealed.pos();

    CipherContext ctx = newContext();
    int unused = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, sealed_format::kNonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, m_key->bytes(),
                           reinterpret_cast<const unsigned char*>(nonce.constData())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &unused, reinterpret_cast<const unsigned char*>(header.constData()),
                          sealed_format::kAuthenticatedHeaderSize) != 1)
        return cryptoFailure("start encrypting");
    if (!writeAll(sealed, header.constData(), header.size()))
        return failure(security_error::Io, QStringLiteral("cannot write: %1").arg(sealed.errorString()));
    if (Status st = streamThrough(ctx.get(), plain, sealed, true); !st)
        return st;
    unsigned char tail[EVP_MAX_BLOCK_LENGTH];
    int tailSize = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), tail, &tailSize) != 1)
        return cryptoFailure("finish encrypting");
    if (tailSize > 0 && !writeAll(sealed, reinterpret_cast<const char*>(tail), tailSize)) // never for GCM
        return failure(security_error::Io, QStringLiteral("cannot write: %1").arg(sealed.errorString()));
    unsigned char tag[sealed_format::kTagSize];
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, sealed_format::kTagSize, tag) != 1)
        return cryptoFailure("read the tag");
    const qint64 end = sealed.pos();
    if (!sealed.seek(start + sealed_format::kTagOffset) ||
        !writeAll(sealed, reinterpret_cast<const char*>(tag), sealed_format::kTagSize) || !sealed.seek(end))
        return failure(security_error::Io, QStringLiteral("cannot write the tag: %1").arg(sealed.errorString()));
    return Status::success();
}

Status FileCipher::decrypt(QIODevice& sealed, QIODevice& plain) const
{
    if (!m_key)
        return noKey();
    QByteArray header(sealed_format::kHeaderSize, '\0');
    const qint64 got = readSome(sealed, header.data(), header.size());
    if (got < 0)
        return failure(security_error::Io, QStringLiteral("cannot read: %1").arg(sealed.errorString()));
    header.truncate(got);
    if (!sealed_format::hasMagic(header))
        return failure(security_error::NotSealed, QStringLiteral("not an encrypted file"));
    if (got < sealed_format::kHeaderSize)
        return failure(security_error::Truncated, QStringLiteral("the encrypted file's header is cut short"));
    if (quint8(header.at(8)) != sealed_format::kVersion || quint8(header.at(9)) != sealed_format::kAlgorithmAes256Gcm)
        return failure(security_error::UnsupportedVersion,
                       QStringLiteral("encrypted file format %1, algorithm %2 not supported")
                           .arg(quint8(header.at(8)))
                           .arg(quint8(header.at(9))));
    if (header.mid(sealed_format::kKeyIdOffset, sealed_format::kKeyIdSize) != m_key->id())
        return failure(
            security_error::KeyMismatch,
            QStringLiteral("sealed under key %1, not under %2")
                .arg(QString::fromLatin1(header.mid(sealed_format::kKeyIdOffset, sealed_format::kKeyIdSize).toHex()),
                     m_key->idHex()));

    CipherContext ctx = newContext();
    int unused = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, sealed_format::kNonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, m_key->bytes(),
                           reinterpret_cast<const unsigned char*>(header.constData() + sealed_format::kNonceOffset)) !=
            1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &unused, reinterpret_cast<const unsigned char*>(header.constData()),
                          sealed_format::kAuthenticatedHeaderSize) != 1)
        return cryptoFailure("start decrypting");
    if (Status st = streamThrough(ctx.get(), sealed, plain, false); !st)
        return st;
    QByteArray tag = header.mid(sealed_format::kTagOffset, sealed_format::kTagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, sealed_format::kTagSize, tag.data()) != 1)
        return cryptoFailure("set the tag");
    unsigned char tail[EVP_MAX_BLOCK_LENGTH];
    int tailSize = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), tail, &tailSize) != 1)
        return failure(security_error::Tampered,
                       QStringLiteral("the encrypted file was altered or cut short (authentication failed)"));
    return Status::success();
}

Result<QByteArray> FileCipher::encrypt(QByteArrayView plain) const
{
    QByteArray input = plain.toByteArray();
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray output;
    output.reserve(sealedSize(plain.size()));
    QBuffer out(&output);
    out.open(QIODevice::ReadWrite);
    const Status st = encrypt(in, out);
    OPENSSL_cleanse(input.data(), size_t(input.size()));
    if (!st)
        return st.error();
    out.close();
    return output;
}

Result<QByteArray> FileCipher::decrypt(QByteArrayView sealed) const
{
    QByteArray input = sealed.toByteArray();
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray output;
    output.reserve(qMax<qsizetype>(0, sealed.size() - sealed_format::kHeaderSize));
    QBuffer out(&output);
    out.open(QIODevice::WriteOnly);
    const Status st = decrypt(in, out);
    out.close();
    if (!st) {
        // Unauthenticated plaintext never leaves this function.
        OPENSSL_cleanse(output.data(), size_t(output.size()));
        return st.error();
    }
    return output;
}

Status FileCipher::encryptFile(const QString& plainPath, const QString& sealedPath) const
{
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return failure(security_error::Io, QStringLiteral("cannot open the file to encrypt: %1").arg(in.errorString()));
    QSaveFile out(sealedPath);
    if (!out.open(QIODevice::WriteOnly))
        return failure(security_error::Io,
                       QStringLiteral("cannot create the encrypted file: %1").arg(out.errorString()));
    if (Status st = encrypt(in, out); !st) {
        out.cancelWriting();
        return st;
    }
    return out.commit() ? Status::success()
                        : failure(security_error::Io,
                                  QStringLiteral("cannot save the encrypted file: %1").arg(out.errorString()));
}

Status FileCipher::decryptFile(const QString& sealedPath, const QString& plainPath) const
{
    QFile in(sealedPath);
    if (!in.open(QIODevice::ReadOnly))
        return failure(security_error::Io, QStringLiteral("cannot open the encrypted file: %1").arg(in.errorString()));
    QSaveFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly))
        return failure(security_error::Io, QStringLiteral("cannot create the output file: %1").arg(out.errorString()));
    if (Status st = decrypt(in, out); !st) {
        out.cancelWriting(); // the temporary file with unauthenticated plaintext is removed
        return st;
    }
    return out.commit() ? Status::success()
                        : failure(security_error::Io,
                                  QStringLiteral("cannot save the decrypted file: %1").arg(out.errorString()));
}

bool FileCipher::looksSealed(QByteArrayView head)
{
    return sealed_format::hasMagic(head);
}

QByteArray FileCipher::keyIdOf(QByteArrayView head)
{
    if (!looksSealed(head) || head.size() < sealed_format::kKeyIdOffset + sealed_format::kKeyIdSize)
        return {};
    return head.sliced(sealed_format::kKeyIdOffset, sealed_format::kKeyIdSize).toByteArray();
}

qint64 FileCipher::sealedSize(qint64 plainSize)
{
    return plainSize + sealed_format::kHeaderSize;
}

} // namespace motcua::security
