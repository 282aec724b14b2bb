#pragma once

#include "ScanSettings.h"

#include <QString>
#include <optional>

namespace motcua::scan {

// What the official last chose on each scanner, remembered in QSettings ("scan/devices/<device>/..."), so
// the next scan on that device starts where the last one ended. Also the last device used.
struct DeviceOptions
{
    ScanSource source = ScanSource::Feeder;
    ColorMode mode = ColorMode::Gray;
    int resolution = 300;
    PageSize pageSize = PageSize::A4;
    bool manualDuplex = false;
    bool ocr = false; // recognise the text into the PDF's invisible text layer
    QString profileId;
};

class DeviceOptionsStore
{
public:
    static std::optional<DeviceOptions> load(const QString& device);
    static void save(const QString& device, const DeviceOptions& options);
    static QString lastDevice();
    static void setLastDevice(const QString& device);

private:
    static QString group(const QString& device);
};

} // namespace motcua::scan
