#pragma once

#include "DeviceCapabilities.h"
#include "SaneOptionInfo.h"

#include <optional>

namespace motcua::scan {

// Maps canonical scan concepts to a SANE device's own option names and values. Vendors spell the same
// thing many ways ("ADF", "Automatic Document Feeder", "ADF Front", "Duplex", "ADF Duplex"; "Color",
// "24bit Color", "Gray", "Grayscale", "Lineart", "Binary"), so matching is by keyword, most specific first.
class SaneOptionMapper
{
public:
    explicit SaneOptionMapper(QList<SaneOptionInfo> options) : m_options(std::move(options)) {}

    const SaneOptionInfo* find(const QString& name) const;

    DeviceCapabilities capabilities() const;

    // The device's value for the "source" option, or nullopt when the device lacks that source. A device
    // without a source option is a flatbed.
    std::optional<QString> sourceValue(ScanSource source) const;
    // The device's value for the "mode" option to scan in. Black-and-white is scanned as gray and
    // thresholded by the page pipeline (better and more predictable than most scanners' lineart).
    std::optional<QString> modeValue(ColorMode mode) const;
    // The resolution to request (nearest the device accepts).
    int resolutionValue(int wanted) const;

    static std::optional<QString> matchSource(const QStringList& values, ScanSource source);
    static std::optional<QString> matchMode(const QStringList& values, ColorMode mode);

private:
    QList<SaneOptionInfo> m_options;
};

} // namespace motcua::scan
