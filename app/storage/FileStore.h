#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <memory>

class QIODevice;

namespace motcua {

class Database;
class FileSealer;

// A file kept for a dossier component (a scanned PDF, a reused result), known by its SHA-256.
struct StoredFile
{
    QString sha256; // lower-case hex, 64 characters
    qint64 size = 0;
    QString mediaType;    // e.g. "application/pdf"
    QString relativePath; // under the store's root: "ab/ab12…"
    QDateTime createdAt;
    QDateTime uploadedAt; // the registry confirmed it (sync)
    QDateTime purgedAt;   // the local copy was removed by retention
};

// Content-addressed files in the desk profile folder, with one row per file in the `files` table.
//
// put() writes the bytes to a temporary file in the same folder, fsyncs it, renames it to its hash
// and fsyncs the folder, so a file either exists completely under its name or not at all. The same
// content is stored once. The row joins the caller's Transaction (the dossier that refers to it); a
// file whose transaction rolled back is an orphan that collectGarbage() removes.
//
// With a sealer (FileSealer.h) files are encrypted at rest: the bytes on disk are sealed, while the
// address, the size in the `files` table and everything read back are the plaintext's. Files written
// before a sealer was installed stay readable. Without a sealer, a sealed file cannot be read.
class FileStore
{
public:
    FileStore(Database& db, QString rootDir);

    // Where every FileStore made afterwards gets its sealer: the desk and the CLI install a provider that
    // answers with the profile's data key (app/security FileEncryption); none stores files as they are.
    // setSealer() overrides it for one store.
    using SealerProvider = std::function<std::shared_ptr<const FileSealer>(Database& db)>;
    static void setSealerProvider(SealerProvider provider);
    // What the installed provider answers for `db` (null without a provider): other folders that keep
    // personal data until it reaches the store, such as the scan spool, seal with the same key.
    static std::shared_ptr<const FileSealer> defaultSealer(Database& db);
    void setSealer(std::shared_ptr<const FileSealer> sealer) { m_sealer = std::move(sealer); }
    bool seals() const { return m_sealer != nullptr; }

    // <folder of the database>/files
    static QString defaultRoot(const QString& databasePath);
    QString root() const { return m_root; }

    Result<StoredFile> put(const QByteArray& content, const QString& mediaType);
    Result<StoredFile> putFile(const QString& sourcePath, const QString& mediaType);

    Result<StoredFile> info(const QString& sha256) const;
    QString absolutePath(const QString& sha256) const;
    // Reads the content (decrypted when sealed) and checks it still has its hash (files.hash_mismatch
    // otherwise). Use this, never absolutePath(), to get at the content: the file on disk may be sealed.
    Result<QByteArray> read(const QString& sha256) const;
    // The same content as a read-only device (an in-memory buffer), for uploads.
    Result<std::shared_ptr<QIODevice>> open(const QString& sha256) const;
    Status markUploaded(const QString& sha256, const QDateTime& at = QDateTime::currentDateTime());

    // Deletes files in the folder that have no row (left by a rolled-back transaction or a crash
    // between the write and the commit) and leftover temporary files. Returns how many were removed.
    Result<int> collectGarbage();

    static QString sha256Hex(const QByteArray& content);

private:
    Result<StoredFile> record(const QString& sha256, qint64 size, const QString& mediaType);
    Status writeAtomically(const QString& sha256, const QByteArray& content);

    Database& m_db;
    QString m_root;
    std::shared_ptr<const FileSealer> m_sealer;
};

} // namespace motcua
