#pragma once

#include "ScanSettings.h"

#include <QImage>

namespace motcua::scan {

// Draws a realistic Vietnamese administrative form (national motto, title, filled-in fields, signature and a
// red seal) as a scanner would deliver it, for demo mode, tests and benchmarks. Deterministic for a given
// page number, so fixtures are reproducible.
class DemoFormRenderer
{
public:
    // The form as printed, upright, at `dpi`, RGB888 (colour) or Grayscale8 (gray and black-and-white).
    static QImage renderForm(int pageNumber, PageSize size, int dpi, ColorMode mode);
    // An almost empty sheet (the back of a one-sided form): paper tone and a few specks of dust.
    static QImage renderBlank(PageSize size, int dpi, ColorMode mode, int seed);
    // What a feeder delivers: `page` rotated by `degrees` (counter-clockwise positive) over the scanner's
    // dark backing, same size as the input.
    static QImage skewed(const QImage& page, double degrees, QColor backing = QColor(40, 40, 40));
    // The skew a demo feeder gives sheet `pageNumber`: a few tenths of a degree up to about 2 degrees.
    static double demoSkewDegrees(int pageNumber);
};

} // namespace motcua::scan
