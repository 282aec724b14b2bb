#include "ImageRotator.h"

#include <QTransform>
#include <cmath>

namespace motcua::scan {

namespace {

template <int Channels>
void rotateRows(const QImage& src, QImage& dst, double degrees)
{
    const double a = degrees * M_PI / 180.0;
    // Destination → source mapping in 16.16 fixed point (see the derivation in docs/SCANNING.md).
    const qint64 cosA = qint64(std::lround(std::cos(a) * 65536.0));
    const qint64 sinA = qint64(std::lround(std::sin(a) * 65536.0));
    const int w = src.width();
    const int h = src.height();
    const double cx = (w - 1) / 2.0;
    const double cy = (h - 1) / 2.0;
    const qint64 cxF = qint64(std::lround(cx * 65536.0));
    const qint64 cyF = qint64(std::lround(cy * 65536.0));
    const qsizetype stride = src.bytesPerLine();
    const uchar* base = src.constBits();
    for (int y = 0; y < h; ++y) {
        uchar* d = dst.scanLine(y);
        const qint64 dy = qint64(std::lround((y - cy) * 65536.0));
        const qint64 dx0 = qint64(std::lround((0 - cx) * 65536.0));
        // src = centre + (dx cos - dy sin, dx sin + dy cos)
        qint64 sx = cxF + ((dx0 * cosA - dy * sinA) >> 16);
        qint64 sy = cyF + ((dx0 * sinA + dy * cosA) >> 16);
        for (int x = 0; x < w; ++x, sx += cosA, sy += sinA, d += Channels) {
            const qint64 ix = sx >> 16;
            const qint64 iy = sy >> 16;
            if (ix < 0 || iy < 0 || ix >= w - 1 || iy >= h - 1) {
                for (int c = 0; c < Channels; ++c)
                    d[c] = 255;
                continue;
            }
            const int fx = int((sx >> 8) & 0xFF);
            const int fy = int((sy >> 8) & 0xFF);
            const uchar* p = base + iy * stride + ix * Channels;
            const uchar* q = p + stride;
            for (int c = 0; c < Channels; ++c) {
                const int top = p[c] * (256 - fx) + p[c + Channels] * fx;
                const int bottom = q[c] * (256 - fx) + q[c + Channels] * fx;
                d[c] = uchar((top * (256 - fy) + bottom * fy) >> 16);
            }
        }
    }
}

} // namespace

QImage ImageRotator::rotate(const QImage& image, double degrees)
{
    if (image.isNull() || std::abs(degrees) < 1e-6)
        return image;
    QImage src = image;
    if (src.format() != QImage::Format_Grayscale8 && src.format() != QImage::Format_RGB888)
        src = src.convertToFormat(src.allGray() ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    QImage dst(src.size(), src.format());
    dst.setDotsPerMeterX(src.dotsPerMeterX());
    dst.setDotsPerMeterY(src.dotsPerMeterY());
    if (src.format() == QImage::Format_Grayscale8)
        rotateRows<1>(src, dst, degrees);
    else
        rotateRows<3>(src, dst, degrees);
    return dst;
}

QImage ImageRotator::rotateQuarter(const QImage& image, int degreesClockwise)
{
    const int d = ((degreesClockwise % 360) + 360) % 360;
    if (d == 0 || image.isNull())
        return image;
    // Qt takes a fast memrotate path for exact quarter turns.
    return image.transformed(QTransform().rotate(d));
}

} // namespace motcua::scan
