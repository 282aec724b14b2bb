#include "PageAnalysis.h"

#include <algorithm>
#include <array>
#include <vector>

namespace motcua::scan::PageAnalysis {

QImage toGray(const QImage& image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    if (image.format() != QImage::Format_RGB888)
        return image.convertToFormat(QImage::Format_Grayscale8);
    QImage gray(image.size(), QImage::Format_Grayscale8);
    const int w = image.width();
    for (int y = 0; y < image.height(); ++y) {
        const uchar* s = image.constScanLine(y);
        uchar* d = gray.scanLine(y);
        for (int x = 0; x < w; ++x, s += 3) // BT.601 weights in 8.8 fixed point
            d[x] = uchar((77 * s[0] + 150 * s[1] + 29 * s[2]) >> 8);
    }
    return gray;
}

QImage downscale(const QImage& gray, int factor)
{
    Q_ASSERT(gray.format() == QImage::Format_Grayscale8);
    if (factor <= 1)
        return gray;
    const int w = gray.width() / factor;
    const int h = gray.height() / factor;
    QImage small(w, h, QImage::Format_Grayscale8);
    std::vector<int> sums(static_cast<size_t>(w), 0);
    const int area = factor * factor;
    for (int y = 0; y < h; ++y) {
        std::fill(sums.begin(), sums.end(), 0);
        for (int k = 0; k < factor; ++k) {
            const uchar* s = gray.constScanLine(y * factor + k);
            for (int x = 0; x < w; ++x) {
                int acc = 0;
                for (int j = 0; j < factor; ++j)
                    acc += s[x * factor + j];
                sums[size_t(x)] += acc;
            }
        }
        uchar* d = small.scanLine(y);
        for (int x = 0; x < w; ++x)
            d[x] = uchar(sums[size_t(x)] / area);
    }
    return small;
}

int otsuThreshold(const QImage& gray, int lo, int hi)
{
    std::array<qint64, 256> hist{};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* s = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ++hist[s[x]];
    }
    qint64 total = 0;
    double sum = 0;
    for (int i = 0; i < 256; ++i) {
        total += hist[size_t(i)];
        sum += double(i) * double(hist[size_t(i)]);
    }
    double sumB = 0;
    qint64 wB = 0;
    double best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        wB += hist[size_t(t)];
        if (wB == 0)
            continue;
        const qint64 wF = total - wB;
        if (wF == 0)
            break;
        sumB += double(t) * double(hist[size_t(t)]);
        const double mB = sumB / double(wB);
        const double mF = (sum - sumB) / double(wF);
        const double between = double(wB) * double(wF) * (mB - mF) * (mB - mF);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return std::clamp(threshold, lo, hi);
}

double colourRatio(const QImage& rgb)
{
    if (rgb.format() != QImage::Format_RGB888)
        return 0;
    qint64 coloured = 0;
    qint64 seen = 0;
    for (int y = 0; y < rgb.height(); y += 3) {
        const uchar* s = rgb.constScanLine(y);
        for (int x = 0; x < rgb.width(); x += 3) {
            const uchar* p = s + 3 * x;
            const int mx = std::max({p[0], p[1], p[2]});
            const int mn = std::min({p[0], p[1], p[2]});
            coloured += (mx - mn) > 50 ? 1 : 0;
            ++seen;
        }
    }
    return seen ? double(coloured) / double(seen) : 0;
}

} // namespace motcua::scan::PageAnalysis
