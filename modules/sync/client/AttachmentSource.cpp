#include "AttachmentSource.h"

#include "SyncError.h"
#include "SyncLog.h"

#include <QFile>

namespace motcua::sync {

FileStoreAttachmentSource::FileStoreAttachmentSource(Database& db, const QString& root) : m_store(db, root) {}

Result<std::shared_ptr<QIODevice>> FileStoreAttachmentSource::open(const QString& sha256)
{
    using R = Result<std::shared_ptr<QIODevice>>;
    const auto info = m_store.info(sha256);
    if (!info || info->purgedAt.isValid())
        return R::failure(QLatin1String(sync_error::AttachmentMissing), QStringLiteral("not in the file store"));
    auto file = std::make_shared<QFile>(m_store.absolutePath(sha256));
    if (!file->open(QIODevice::ReadOnly))
        return R::failure(QLatin1String(sync_error::AttachmentMissing), QStringLiteral("cannot open the file"));
    if (file->size() != info->size)
        return R::failure(QLatin1String(sync_error::AttachmentCorrupt), QStringLiteral("size differs from the record"));
    return std::shared_ptr<QIODevice>(file);
}

void FileStoreAttachmentSource::markUploaded(const QString& sha256)
{
    // Only bookkeeping for retention (a local copy may be purged once the registry holds it).
    if (Status s = m_store.markUploaded(sha256); !s)
        qCWarning(lcSync) << "cannot record an uploaded file:" << s.error().code;
}

} // namespace motcua::sync
