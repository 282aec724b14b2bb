#pragma once

#include "ScanSettings.h"

#include <QList>

namespace motcua::scan {

// What a device can do, in canonical terms (see SaneOptionMapper for how SANE options map here).
struct DeviceCapabilities
{
    QList<ScanSource> sources;
    QList<ColorMode> modes;
    QList<int> resolutions; // discrete values the device accepts (a range is sampled at common values)
    int minResolution = 0;
    int maxResolution = 0;
    double maxWidthMm = 0;  // 0 = unknown
    double maxHeightMm = 0; // 0 = unknown

    bool supports(ScanSource source) const { return sources.contains(source); }
    bool supports(ColorMode mode) const { return modes.contains(mode); }
    // Nearest resolution the device accepts; 0 when none.
    int nearestResolution(int wanted) const;
    bool fits(PageSize size) const;
};

} // namespace motcua::scan
