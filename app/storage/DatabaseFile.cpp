#include "DatabaseFile.h"

#include "StorageError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace motcua {

namespace {

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

} // namespace

DatabaseFile::Header DatabaseFile::inspect(const QString& path)
{
    Header header;
    const QFileInfo info(path);
    if (!info.exists())
        return header;
    header.size = info.size();
    if (info.isDir()) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    if (header.size == 0) {
        header.kind = Kind::Empty;
        return header;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    // The 100-byte database header (https://sqlite.org/fileformat.html#the_database_header).
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    header.kind = Kind::Sqlite;
    header.userVersion = bigEndian32(bytes, 60);
    header.applicationId = bigEndian32(bytes, 68);
    return header;
}

Result<QString> DatabaseFile::copyAside(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<QString>::failure(QString::fromLatin1(storage_error::Missing),
                                        QStringLiteral("no database file to copy"));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = info.completeSuffix().isEmpty() ? QString() : QLatin1Char('.') + info.completeSuffix();
    QString target;
    for (int n = 0; n < 100; ++n) {
        const QString counter = n == 0 ? QString() : QStringLiteral("-%1").arg(n);
        target = info.dir().filePath(info.baseName() + QStringLiteral("-copy-") + stamp + counter + suffix);
        if (!QFileInfo::exists(target) && !QFileInfo::exists(target + QStringLiteral("-wal")))
            break;
    }
    if (!QFile::copy(path, target))
        return Result<QString>::failure(QString::fromLatin1(storage_error::Io),
                                        QStringLiteral("could not copy the database file aside"));
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::copy(wal, target + QStringLiteral("-wal"))) {
        QFile::remove(target);
        return Result<QString>::failure(QString::fromLatin1(storage_error::Io),
                                        QStringLiteral("could not copy the write-ahead log aside"));
    }
    return target;
}

qint64 DatabaseFile::totalSize(const QString& path)
{
    const QFileInfo main(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return (main.exists() ? main.size() : 0) + (wal.exists() ? wal.size() : 0);
}

} // namespace motcua
