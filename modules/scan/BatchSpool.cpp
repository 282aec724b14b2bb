#include "BatchSpool.h"

#include "FileSealer.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace motcua::scan {

namespace {

const QString kManifest = QStringLiteral("batch.json");
const QString kSpoolKey = QStringLiteral("scan.spool_key");

} // namespace

Status BatchSpool::writeFile(const QString& path, const QByteArray& plain) const
{
    QByteArray bytes = plain;
    if (m_sealer) {
        auto sealed = m_sealer->seal(plain);
        if (!sealed)
            return Status::failure(
                QStringLiteral("scan.spool_failed"),
                QStringLiteral("cannot seal %1: %2 %3").arg(path, sealed.error().code, sealed.error().message));
        bytes = std::move(sealed.value());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("scan.spool_failed"), path + QStringLiteral(": ") + file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QStringLiteral("scan.spool_failed"), path + QStringLiteral(": ") + file.errorString());
    return Status::success();
}

Result<QByteArray> BatchSpool::readFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("scan.spool_damaged"),
                                           path + QStringLiteral(": ") + file.errorString());
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith(FileSealer::kMagic))
        return bytes; // written without a key
    if (!m_sealer)
        return Result<QByteArray>::failure(kSpoolKey,
                                           path + QStringLiteral(": encrypted, and there is no data key to open it"));
    auto plain = m_sealer->unseal(bytes);
    if (!plain) {
        // A changed byte is damage; anything else (another key, no key) means the key is the problem.
        const bool damaged = plain.error().code == QLatin1String("security.tampered") ||
                             plain.error().code == QLatin1String("security.truncated");
        return Result<QByteArray>::failure(
            damaged ? QStringLiteral("scan.spool_damaged") : kSpoolKey,
            QStringLiteral("%1: %2 %3").arg(path, plain.error().code, plain.error().message));
    }
    return plain;
}

QString BatchSpool::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/scan-spool");
}

Result<BatchSpool> BatchSpool::create(const QString& root, const QJsonObject& description,
                                      std::shared_ptr<const FileSealer> sealer)
{
    // Time first so a plain directory listing sorts batches by age.
    const QString id = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-")) +
                       QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const QString dir = root + QLatin1Char('/') + id;
    if (!QDir().mkpath(dir))
        return Result<BatchSpool>::failure(QStringLiteral("scan.spool_failed"), QStringLiteral("cannot create ") + dir);
    QJsonObject manifest = description;
    manifest.insert(QStringLiteral("id"), id);
    manifest.insert(QStringLiteral("created"), QDateTime::currentDateTime().toString(Qt::ISODate));
    BatchSpool spool(dir, std::move(sealer));
    if (Status s = spool.writeFile(dir + QLatin1Char('/') + kManifest, QJsonDocument(manifest).toJson()); !s) {
        QDir(dir).removeRecursively(); // nothing of the batch is on disk yet
        return s.error();
    }
    return spool;
}

Result<BatchSpool> BatchSpool::open(const QString& directory, std::shared_ptr<const FileSealer> sealer)
{
    if (!QFile::exists(directory + QLatin1Char('/') + kManifest))
        return Result<BatchSpool>::failure(QStringLiteral("scan.spool_missing"),
                                           QStringLiteral("no batch manifest in ") + directory);
    return BatchSpool(QDir(directory).absolutePath(), std::move(sealer));
}

QStringList BatchSpool::interrupted(const QString& root)
{
    QStringList result;
    const QDir dir(root);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = dir.filePath(name);
        if (QFile::exists(path + QLatin1Char('/') + kManifest))
            result.append(path);
    }
    return result;
}

QString BatchSpool::id() const
{
    return QDir(m_directory).dirName();
}

Result<QJsonObject> BatchSpool::readDescription() const
{
    auto bytes = readFile(m_directory + QLatin1Char('/') + kManifest);
    if (!bytes)
        return bytes.error();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &error);
    if (!document.isObject())
        return Result<QJsonObject>::failure(QStringLiteral("scan.spool_damaged"),
                                            m_directory + QStringLiteral(": bad manifest: ") + error.errorString());
    return document.object();
}

QJsonObject BatchSpool::description() const
{
    auto description = readDescription();
    return description ? description.value() : QJsonObject();
}

Status BatchSpool::checkReadable() const
{
    auto description = readDescription();
    return description ? Status::success() : Status(description.error());
}

QString BatchSpool::pagePath(int index, bool sealed) const
{
    return m_directory + QStringLiteral("/page-%1.%2")
                             .arg(index + 1, 4, 10, QLatin1Char('0'))
                             .arg(sealed ? QLatin1String("sealed") : QLatin1String("png"));
}

Status BatchSpool::addPage(const ScannedPage& page) const
{
    QImage image = page.image;
    const int dpm = int(page.dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.setText(QStringLiteral("motcua.dpi"), QString::number(page.dpi));
    image.setText(QStringLiteral("motcua.back"), page.backSide ? QStringLiteral("1") : QStringLiteral("0"));
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    QImageWriter writer(&png, "png");
    writer.setQuality(80); // zlib level 1: a third of the raw size at a fraction of the default's time
    if (!writer.write(image))
        return Status::failure(QStringLiteral("scan.spool_failed"),
                               pagePath(page.index, seals()) + QStringLiteral(": ") + writer.errorString());
    return writeFile(pagePath(page.index, seals()), png.data());
}

QList<int> BatchSpool::pageIndexes() const
{
    static const QRegularExpression pattern(QStringLiteral("^page-(\\d{4,})\\.(png|sealed)$"));
    QList<int> indexes;
    for (const QString& name : QDir(m_directory).entryList({QStringLiteral("page-*")}, QDir::Files)) {
        const auto m = pattern.match(name);
        if (m.hasMatch())
            indexes.append(m.captured(1).toInt() - 1);
    }
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    return indexes;
}

Result<ScannedPage> BatchSpool::loadPage(int index) const
{
    const QString path = QFile::exists(pagePath(index, true)) ? pagePath(index, true) : pagePath(index, false);
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    QBuffer buffer(&bytes.value());
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    QImage image = reader.read();
    if (image.isNull())
        return Result<ScannedPage>::failure(QStringLiteral("scan.spool_damaged"),
                                            path + QStringLiteral(": ") + reader.errorString());
    ScannedPage page;
    page.index = index;
    page.dpi = image.text(QStringLiteral("motcua.dpi")).toInt();
    if (page.dpi <= 0)
        page.dpi = qMax(1, int(image.dotsPerMeterX() * 0.0254 + 0.5));
    page.backSide = image.text(QStringLiteral("motcua.back")) == QLatin1String("1");
    if (image.format() != QImage::Format_Grayscale8 && image.format() != QImage::Format_RGB888)
        image = image.convertToFormat(QImage::Format_RGB888); // gray pages come back as Grayscale8 already
    page.image = image;
    return page;
}

Status BatchSpool::remove() const
{
    if (!QDir(m_directory).removeRecursively())
        return Status::failure(QStringLiteral("scan.spool_failed"), QStringLiteral("cannot remove ") + m_directory);
    return Status::success();
}

} // namespace motcua::scan
