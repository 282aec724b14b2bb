#pragma once

#include <QImage>

namespace motcua::scan {

// Small, fast image helpers the pipeline stages share. All work on Grayscale8 unless said otherwise.
namespace PageAnalysis {

// Luminance of an RGB888/RGB32 image (or the image itself when already Grayscale8).
QImage toGray(const QImage& image);
// Box-average downscale by an integer factor: a cheap low-resolution view for analysis (~100 dpi).
QImage downscale(const QImage& gray, int factor);
// Otsu's threshold over the histogram of `gray`, clamped to [lo, hi] so a blank page does not make noise
// into ink.
int otsuThreshold(const QImage& gray, int lo = 90, int hi = 200);
// Share of pixels with noticeable colour (chroma > 50) on a sparse grid of an RGB888 image.
double colourRatio(const QImage& rgb);

} // namespace PageAnalysis

} // namespace motcua::scan
