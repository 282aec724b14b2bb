#include "FileStore.h"

#include "Database.h"
#include "FileSealer.h"
#include "StorageError.h"
#include "StorageTime.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <openssl/evp.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace motcua {

namespace {

constexpr auto kTempPrefix = ".tmp-";

QMutex sealerProviderMutex;
FileStore::SealerProvider sealerProvider;

Status ioFailure(const QString& message)
{
    return Status::failure(QString::fromLatin1(storage_error::FileIo), message);
}

bool isSha256(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

QString relativePathFor(const QString& sha256)
{
    return sha256.left(2) + QLatin1Char('/') + sha256;
}

// Makes a rename durable: on POSIX the new directory entry is only safe once the folder is synced.
bool syncDirectory(const QString& dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(dir);
    return true;
#endif
}

bool syncFile(QFile& file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

} // namespace

FileStore::FileStore(Database& db, QString rootDir) : m_db(db), m_root(QDir(rootDir).absolutePath())
{
    SealerProvider provider;
    {
        QMutexLocker lock(&sealerProviderMutex);
        provider = sealerProvider;
    }
    if (provider)
        m_sealer = provider(db);
}

void FileStore::setSealerProvider(SealerProvider provider)
{
    QMutexLocker lock(&sealerProviderMutex);
    sealerProvider = std::move(provider);
}

std::shared_ptr<const FileSealer> FileStore::defaultSealer(Database& db)
{
    SealerProvider provider;
    {
        QMutexLocker lock(&sealerProviderMutex);
        provider = sealerProvider;
    }
    return provider ? provider(db) : nullptr;
}

QString FileStore::defaultRoot(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("files"));
}

QString FileStore::sha256Hex(const QByteArray& content)
{
    // OpenSSL's SHA-256 (the CPU's SHA extensions where it has them) is about 12 times faster than
    // Qt 6.4's QCryptographicHash, and every read of a scan checks it (docs/PERFORMANCE.md, sync).
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(content.constData(), size_t(content.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

QString FileStore::absolutePath(const QString& sha256) const
{
    return QDir(m_root).filePath(relativePathFor(sha256));
}

Status FileStore::writeAtomically(const QString& sha256, const QByteArray& content)
{
    const QString target = absolutePath(sha256);
    const QFileInfo existing(target);
    if (existing.exists() && existing.size() == content.size())
        return Status::success(); // same name = same content
    const QString dir = existing.absolutePath();
    if (!QDir().mkpath(dir))
        return ioFailure(QStringLiteral("cannot create the file store folder"));
    const QString temp =
        QDir(dir).filePath(QLatin1String(kTempPrefix) + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !syncFile(file)) {
        const QString why = file.errorString();
        file.close();
        QFile::remove(temp);
        return ioFailure(QStringLiteral("cannot write a file to the store: %1").arg(why));
    }
    file.close();
    // std::rename semantics: replaces a damaged file of the same name atomically.
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temp);
        return ioFailure(QStringLiteral("cannot move a file into the store"));
    }
    if (!syncDirectory(dir))
        return ioFailure(QStringLiteral("cannot sync the file store folder"));
    return Status::success();
}

Result<StoredFile> FileStore::put(const QByteArray& content, const QString& mediaType)
{
    const QString sha256 = sha256Hex(content);
    if (m_sealer) {
        auto sealed = m_sealer->seal(content);
        if (!sealed)
            return Result<StoredFile>(m_db.note(sealed.error()));
        if (Status written = writeAtomically(sha256, *sealed); !written)
            return Result<StoredFile>(m_db.note(written.error()));
    } else if (Status written = writeAtomically(sha256, content); !written) {
        return Result<StoredFile>(m_db.note(written.error()));
    }
    return record(sha256, content.size(), mediaType);
}

Result<StoredFile> FileStore::putFile(const QString& sourcePath, const QString& mediaType)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Result<StoredFile>::failure(QString::fromLatin1(storage_error::FileIo),
                                           QStringLiteral("cannot read the source file"));
    // Scans are a few megabytes: reading them whole keeps the write path single and simple.
    return put(source.readAll(), mediaType);
}

Result<StoredFile> FileStore::record(const QString& sha256, qint64 size, const QString& mediaType)
{
    // Storing the same content again brings back a copy that retention had purged.
    Statement& s = m_db.cached("INSERT INTO files (sha256, size, media_type, relative_path, created_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5)"
                               " ON CONFLICT (sha256) DO UPDATE SET purged_at = NULL");
    s.bind(1, sha256).bind(2, size).bind(3, mediaType).bind(4, relativePathFor(sha256)).bind(5, storage_time::nowMs());
    if (Status st = s.run(); !st)
        return Result<StoredFile>(m_db.note(st.error()));
    return info(sha256);
}

Result<StoredFile> FileStore::info(const QString& sha256) const
{
    Statement& s = m_db.cached("SELECT sha256, size, media_type, relative_path, created_at, uploaded_at, purged_at"
                               " FROM files WHERE sha256 = ?1");
    const ResetOnScopeExit done(s);
    s.bind(1, sha256.toLower());
    if (!s.next())
        return s.status().ok() ? Result<StoredFile>::failure(QString::fromLatin1(storage_error::NotFound),
                                                             QStringLiteral("no such file in the store"))
                               : Result<StoredFile>(s.status().error());
    StoredFile f;
    f.sha256 = s.text(0);
    f.size = s.int64(1);
    f.mediaType = s.text(2);
    f.relativePath = s.text(3);
    f.createdAt = storage_time::read(s, 4);
    f.uploadedAt = storage_time::read(s, 5);
    f.purgedAt = storage_time::read(s, 6);
    return f;
}

Result<QByteArray> FileStore::read(const QString& sha256) const
{
    if (!isSha256(sha256))
        return Result<QByteArray>::failure(QString::fromLatin1(storage_error::NotFound),
                                           QStringLiteral("not a SHA-256 address"));
    QFile file(absolutePath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QString::fromLatin1(storage_error::NotFound),
                                           QStringLiteral("file missing from the store"));
    QByteArray content = file.readAll();
    if (content.startsWith(FileSealer::kMagic)) {
        if (!m_sealer)
            return Result<QByteArray>::failure(QString::fromLatin1(storage_error::FileSealed),
                                               QStringLiteral("the file is encrypted and no data key is loaded"));
        auto plain = m_sealer->unseal(content);
        if (!plain)
            return Result<QByteArray>(plain.error());
        content = std::move(plain).value();
    }
    if (sha256Hex(content) != sha256)
        return Result<QByteArray>::failure(QString::fromLatin1(storage_error::FileHash),
                                           QStringLiteral("stored file does not match its hash"));
    return content;
}

Result<std::shared_ptr<QIODevice>> FileStore::open(const QString& sha256) const
{
    auto content = read(sha256);
    if (!content)
        return Result<std::shared_ptr<QIODevice>>(content.error());
    auto buffer = std::make_shared<QBuffer>();
    buffer->setData(std::move(content).value());
    buffer->open(QIODevice::ReadOnly);
    return std::shared_ptr<QIODevice>(buffer);
}

Status FileStore::markUploaded(const QString& sha256, const QDateTime& at)
{
    Statement& s = m_db.cached("UPDATE files SET uploaded_at = ?2 WHERE sha256 = ?1");
    s.bind(1, sha256).bind(2, storage_time::toMs(at));
    if (Status st = s.run(); !st)
        return m_db.note(st);
    return m_db.changes() == 1 ? Status::success()
                               : Status::failure(QString::fromLatin1(storage_error::NotFound),
                                                 QStringLiteral("no such file in the store"));
}

Result<int> FileStore::collectGarbage()
{
    QSet<QString> known;
    Statement& s = m_db.cached("SELECT sha256 FROM files");
    while (s.next())
        known.insert(s.text(0));
    if (!s.status().ok())
        return Result<int>(s.status().error());
    int removed = 0;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        const QString name = file.fileName();
        const bool temp = name.startsWith(QLatin1String(kTempPrefix));
        if ((temp || (isSha256(name) && !known.contains(name))) && QFile::remove(file.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

} // namespace motcua
