#pragma once

#include "FileStore.h"
#include "Result.h"

#include <QIODevice>
#include <memory>

namespace motcua {
class Database;
}

namespace motcua::sync {

// Where the sync engine reads the bytes of a scanned file by its SHA-256, and tells that the registry
// holds it. An interface so tests and the benchmark can serve files without a desk profile.
class AttachmentSource
{
public:
    virtual ~AttachmentSource() = default;
    // The file's bytes, open for reading, or sync.attachment_missing.
    virtual Result<std::shared_ptr<QIODevice>> open(const QString& sha256) = 0;
    virtual void markUploaded(const QString& sha256) { Q_UNUSED(sha256); }
};

// The desk's file store (app/storage FileStore): files named by hash under the profile's files folder.
class FileStoreAttachmentSource : public AttachmentSource
{
public:
    FileStoreAttachmentSource(Database& db, const QString& root);
    Result<std::shared_ptr<QIODevice>> open(const QString& sha256) override;
    void markUploaded(const QString& sha256) override;

private:
    Database& m_db;
    FileStore m_store;
};

} // namespace motcua::sync
