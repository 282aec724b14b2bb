#include "DeviceCapabilities.h"

#include <cstdlib>

namespace motcua::scan {

int DeviceCapabilities::nearestResolution(int wanted) const
{
    if (resolutions.isEmpty()) {
        if (maxResolution <= 0)
            return 0;
        return qBound(minResolution, wanted, maxResolution);
    }
    int best = 0;
    for (int r : resolutions) {
        if (best == 0 || std::abs(r - wanted) < std::abs(best - wanted))
            best = r;
    }
    return best;
}

bool DeviceCapabilities::fits(PageSize size) const
{
    // A device whose bed is up to 2 mm short still scans the page usefully (A4 on a 215.9 x 296 bed).
    constexpr double tolerance = 2.0;
    if (maxWidthMm > 0 && maxWidthMm + tolerance < pageWidthMm(size))
        return false;
    if (maxHeightMm > 0 && maxHeightMm + tolerance < pageHeightMm(size))
        return false;
    return true;
}

} // namespace motcua::scan
