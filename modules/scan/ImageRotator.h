#pragma once

#include <QImage>

namespace motcua::scan {

// Rotations for the pipeline, on Grayscale8 and RGB888 without the detour through 32-bit formats that
// QImage::transformed takes (4x the memory traffic on a 300 dpi page).
class ImageRotator
{
public:
    // Rotates the content counter-clockwise by `degrees` about the centre (bilinear, same size, white fill).
    static QImage rotate(const QImage& image, double degrees);
    // Rotates by a multiple of 90° clockwise (0, 90, 180, 270), exact.
    static QImage rotateQuarter(const QImage& image, int degreesClockwise);
};

} // namespace motcua::scan
