#pragma once

#include <QImage>

namespace motcua::scan {

// Estimates how far a page's text lines are rotated, by the projection-profile method: the dark pixels of a
// low-resolution view are projected onto rows for candidate angles, and the angle whose profile is the most
// peaked (text lines fall into few rows, gaps into empty ones) wins. A coarse pass over ±maxDegrees is
// refined around the best angle.
class SkewDetector
{
public:
    struct Estimate
    {
        double degrees = 0;    // content rotated counter-clockwise by this much; rotate by -degrees to fix
        double confidence = 0; // peakedness gain over the unrotated profile, 0 when there is nothing to measure
    };

    // `small` is a Grayscale8 view at roughly 100 dpi; `threshold` separates ink from paper.
    static Estimate estimate(const QImage& small, int threshold, double maxDegrees = 5.0);
};

} // namespace motcua::scan
