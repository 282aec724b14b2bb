#include "AttachmentSource.h"

#include "Database.h"
#include "StorageError.h"
#include "SyncError.h"
#include "SyncLog.h"

namespace motcua::sync {

FileStoreAttachmentSource::FileStoreAttachmentSource(Database& db, const QString& root) : m_db(db), m_store(db, root) {}

Result<std::shared_ptr<QIODevice>> FileStoreAttachmentSource::open(const QString& sha256)
{
    using R = Result<std::shared_ptr<QIODevice>>;
    // A statement of our own, finalised at once: a cached one left on a row would hold a read snapshot
    // open on the worker's connection and hide later changes of the desk.
    qint64 size = -1;
    {
        Statement find = m_db.prepare("SELECT size FROM files WHERE sha256 = ?1 AND purged_at IS NULL");
        find.bind(1, sha256);
        if (find.next())
            size = find.int64(0);
        else if (!find.status())
            return R(find.status().error());
    }
    if (size < 0)
        return R::failure(QLatin1String(sync_error::AttachmentMissing), QStringLiteral("not in the file store"));
    // Through the store: the file on disk may be sealed (docs/SECURITY.md); what is read back is the
    // plaintext, already checked against its hash.
    auto file = m_store.open(sha256);
    if (!file) {
        const bool missing = file.error().code == QLatin1String(storage_error::NotFound);
        return R::failure(QLatin1String(missing ? sync_error::AttachmentMissing : sync_error::AttachmentCorrupt),
                          missing ? QStringLiteral("cannot open the file") : file.error().code);
    }
    if (file.value()->size() != size)
        return R::failure(QLatin1String(sync_error::AttachmentCorrupt), QStringLiteral("size differs from the record"));
    return file.value();
}

void FileStoreAttachmentSource::markUploaded(const QString& sha256)
{
    // Only bookkeeping for retention (a local copy may be purged once the registry holds it).
    if (Status s = m_store.markUploaded(sha256); !s)
        qCWarning(lcSync) << "cannot record an uploaded file:" << s.error().code;
}

} // namespace motcua::sync
