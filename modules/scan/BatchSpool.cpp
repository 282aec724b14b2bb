#include "BatchSpool.h"

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

Status writeJson(const QString& path, const QJsonObject& object)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("scan.spool_failed"), path + QStringLiteral(": ") + file.errorString());
    file.write(QJsonDocument(object).toJson());
    if (!file.commit())
        return Status::failure(QStringLiteral("scan.spool_failed"), path + QStringLiteral(": ") + file.errorString());
    return Status::success();
}

} // namespace

QString BatchSpool::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/scan-spool");
}

Result<BatchSpool> BatchSpool::create(const QString& root, const QJsonObject& description)
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
    if (Status s = writeJson(dir + QLatin1Char('/') + kManifest, manifest); !s)
        return s.error();
    return BatchSpool(dir);
}

Result<BatchSpool> BatchSpool::open(const QString& directory)
{
    if (!QFile::exists(directory + QLatin1Char('/') + kManifest))
        return Result<BatchSpool>::failure(QStringLiteral("scan.spool_missing"),
                                           QStringLiteral("no batch manifest in ") + directory);
    return BatchSpool(QDir(directory).absolutePath());
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

QJsonObject BatchSpool::description() const
{
    QFile file(m_directory + QLatin1Char('/') + kManifest);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString BatchSpool::pagePath(int index) const
{
    return m_directory + QStringLiteral("/page-%1.png").arg(index + 1, 4, 10, QLatin1Char('0'));
}

Status BatchSpool::addPage(const ScannedPage& page) const
{
    QImage image = page.image;
    const int dpm = int(page.dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.setText(QStringLiteral("motcua.dpi"), QString::number(page.dpi));
    image.setText(QStringLiteral("motcua.back"), page.backSide ? QStringLiteral("1") : QStringLiteral("0"));
    QSaveFile file(pagePath(page.index));
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("scan.spool_failed"),
                               file.fileName() + QStringLiteral(": ") + file.errorString());
    QImageWriter writer(&file, "png");
    writer.setQuality(80); // zlib level 1: a third of the raw size at a fraction of the default's time
    if (!writer.write(image) || !file.commit())
        return Status::failure(QStringLiteral("scan.spool_failed"),
                               file.fileName() + QStringLiteral(": ") + writer.errorString());
    return Status::success();
}

QList<int> BatchSpool::pageIndexes() const
{
    static const QRegularExpression pattern(QStringLiteral("^page-(\\d{4,})\\.png$"));
    QList<int> indexes;
    for (const QString& name : QDir(m_directory).entryList({QStringLiteral("page-*.png")}, QDir::Files)) {
        const auto m = pattern.match(name);
        if (m.hasMatch())
            indexes.append(m.captured(1).toInt() - 1);
    }
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

Result<ScannedPage> BatchSpool::loadPage(int index) const
{
    QImageReader reader(pagePath(index), "png");
    QImage image = reader.read();
    if (image.isNull())
        return Result<ScannedPage>::failure(QStringLiteral("scan.spool_damaged"),
                                            pagePath(index) + QStringLiteral(": ") + reader.errorString());
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
