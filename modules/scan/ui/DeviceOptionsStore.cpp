#include "DeviceOptionsStore.h"

#include <QSettings>
#include <QUrl>

namespace motcua::scan {

QString DeviceOptionsStore::group(const QString& device)
{
    // Device names carry ':' and '/' ("epson2:net:10.0.0.5"): keep them out of the key syntax.
    return QStringLiteral("scan/devices/") + QString::fromLatin1(QUrl::toPercentEncoding(device));
}

std::optional<DeviceOptions> DeviceOptionsStore::load(const QString& device)
{
    QSettings settings;
    settings.beginGroup(group(device));
    if (!settings.contains(QStringLiteral("source")))
        return std::nullopt;
    DeviceOptions o;
    o.source = scanSourceFromString(settings.value(QStringLiteral("source")).toString()).value_or(o.source);
    o.mode = colorModeFromString(settings.value(QStringLiteral("mode")).toString()).value_or(o.mode);
    o.resolution = settings.value(QStringLiteral("resolution"), o.resolution).toInt();
    o.pageSize = pageSizeFromString(settings.value(QStringLiteral("pageSize")).toString()).value_or(o.pageSize);
    o.manualDuplex = settings.value(QStringLiteral("manualDuplex"), false).toBool();
    o.ocr = settings.value(QStringLiteral("ocr"), false).toBool();
    o.profileId = settings.value(QStringLiteral("profile")).toString();
    return o;
}

void DeviceOptionsStore::save(const QString& device, const DeviceOptions& o)
{
    if (device.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(group(device));
    settings.setValue(QStringLiteral("source"), toString(o.source));
    settings.setValue(QStringLiteral("mode"), toString(o.mode));
    settings.setValue(QStringLiteral("resolution"), o.resolution);
    settings.setValue(QStringLiteral("pageSize"), toString(o.pageSize));
    settings.setValue(QStringLiteral("manualDuplex"), o.manualDuplex);
    settings.setValue(QStringLiteral("ocr"), o.ocr);
    settings.setValue(QStringLiteral("profile"), o.profileId);
}

QString DeviceOptionsStore::lastDevice()
{
    return QSettings().value(QStringLiteral("scan/lastDevice")).toString();
}

void DeviceOptionsStore::setLastDevice(const QString& device)
{
    QSettings().setValue(QStringLiteral("scan/lastDevice"), device);
}

} // namespace motcua::scan
