#include "BorderCleaner.h"

#include <cstring>

namespace motcua::scan {

namespace {

constexpr double kDarkLine = 0.5; // a line is border when at least half of it is dark

int channels(const QImage& image)
{
    return image.format() == QImage::Format_RGB888 ? 3 : 1;
}

// Luminance-ish test on the first channel group (gray, or the mean of RGB).
inline bool dark(const uchar* p, int ch, int threshold)
{
    if (ch == 1)
        return p[0] < threshold;
    return (p[0] + p[1] + p[2]) < 3 * threshold;
}

bool rowIsBorder(const QImage& img, int y, int threshold)
{
    const int ch = channels(img);
    const uchar* s = img.constScanLine(y);
    int count = 0;
    for (int x = 0; x < img.width(); x += 2)
        count += dark(s + x * ch, ch, threshold) ? 1 : 0;
    return count > kDarkLine * (img.width() / 2);
}

bool columnIsBorder(const QImage& img, int x, int threshold)
{
    const int ch = channels(img);
    int count = 0;
    for (int y = 0; y < img.height(); y += 2)
        count += dark(img.constScanLine(y) + x * ch, ch, threshold) ? 1 : 0;
    return count > kDarkLine * (img.height() / 2);
}

} // namespace

BorderCleaner::Cleared BorderCleaner::clean(QImage& image, int threshold, double maxFraction)
{
    Cleared cleared;
    if (image.isNull())
        return cleared;
    const int ch = channels(image);
    const int maxRows = int(image.height() * maxFraction);
    const int maxCols = int(image.width() * maxFraction);
    // The last border line within the band, plus a small margin for the blurred edge.
    constexpr int margin = 3;
    for (int y = 0; y < maxRows; ++y) {
        if (rowIsBorder(image, y, threshold))
            cleared.top = y + 1 + margin;
    }
    for (int y = 0; y < maxRows; ++y) {
        if (rowIsBorder(image, image.height() - 1 - y, threshold))
            cleared.bottom = y + 1 + margin;
    }
    for (int x = 0; x < maxCols; ++x) {
        if (columnIsBorder(image, x, threshold))
            cleared.left = x + 1 + margin;
    }
    for (int x = 0; x < maxCols; ++x) {
        if (columnIsBorder(image, image.width() - 1 - x, threshold))
            cleared.right = x + 1 + margin;
    }
    const qsizetype rowBytes = qsizetype(image.width()) * ch;
    for (int y = 0; y < qMin(cleared.top, image.height()); ++y)
        std::memset(image.scanLine(y), 255, size_t(rowBytes));
    for (int y = qMax(0, image.height() - cleared.bottom); y < image.height(); ++y)
        std::memset(image.scanLine(y), 255, size_t(rowBytes));
    if (cleared.left || cleared.right) {
        const int left = qMin(cleared.left, image.width());
        const int right = qMin(cleared.right, image.width());
        for (int y = 0; y < image.height(); ++y) {
            uchar* s = image.scanLine(y);
            std::memset(s, 255, size_t(left * ch));
            std::memset(s + (image.width() - right) * ch, 255, size_t(right * ch));
        }
    }
    return cleared;
}

} // namespace motcua::scan
