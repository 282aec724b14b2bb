#pragma once

#include <QImage>

namespace motcua::scan {

// Decides whether a page looks blank (the back of a one-sided form). The pipeline only FLAGS such pages;
// nothing is ever dropped automatically, because the page count must match the paper (TT 01/2023 Điều 8).
class BlankPageDetector
{
public:
    // Share of the inner page (margins excluded) covered by ink, on a Grayscale8 view at ~100 dpi. Isolated
    // dark pixels (dust, noise) are not counted.
    static double inkRatio(const QImage& small);
    static bool isBlank(double inkRatio, double limit = kDefaultLimit) { return inkRatio < limit; }

    // 0.03 % of the page: a signature alone (~0.1 %) is not blank, dust and a page-number stamp are.
    static constexpr double kDefaultLimit = 0.0003;
};

} // namespace motcua::scan
