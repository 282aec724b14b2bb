#pragma once

#include "DataKey.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QIODevice;

namespace motcua::security {

// AES-256-GCM encryption of files at rest under the profile's data key, in the format of
// SealedFormat.h. Streams in 64 KiB chunks, so a 200-page scan never sits whole in memory.
//
// Decryption streams too, which means plaintext is written before the tag at the end of the stream
// is checked: decrypt() into a temporary place and use the output only when it returns success
// (decryptFile() and the in-memory variants do exactly that).
//
// Thread-safe (no mutable state); big files belong on a worker thread.
class FileCipher
{
public:
    explicit FileCipher(std::shared_ptr<const DataKey> key);

    // `sealed` must be seekable: the tag is written into the header after the last chunk.
    Status encrypt(QIODevice& plain, QIODevice& sealed) const;
    Status decrypt(QIODevice& sealed, QIODevice& plain) const;

    Result<QByteArray> encrypt(QByteArrayView plain) const;
    Result<QByteArray> decrypt(QByteArrayView sealed) const;

    // File to file, atomically (a temporary file renamed into place only after success).
    Status encryptFile(const QString& plainPath, const QString& sealedPath) const;
    Status decryptFile(const QString& sealedPath, const QString& plainPath) const;

    // Whether `head` (the first bytes of a file) starts like a sealed file.
    static bool looksSealed(QByteArrayView head);
    // The key id a sealed file names, empty when it is not one.
    static QByteArray keyIdOf(QByteArrayView head);
    static qint64 sealedSize(qint64 plainSize);

    static constexpr int kChunkSize = 64 * 1024;

private:
    std::shared_ptr<const DataKey> m_key;
};

} // namespace motcua::security
