#include "SkewDetector.h"

#include <cmath>
#include <vector>

namespace motcua::scan {

namespace {

struct Point
{
    float x;
    float y;
};

// Sum of squared row counts: large when ink concentrates in few rows.
double profileScore(const std::vector<Point>& points, double degrees, int rows, std::vector<int>& bins)
{
    const double a = degrees * M_PI / 180.0;
    const double s = std::sin(a);
    const double c = std::cos(a);
    std::fill(bins.begin(), bins.end(), 0);
    const int offset = rows / 2;
    for (const Point& p : points) {
        const int row = int(std::lround(p.x * s + p.y * c)) + offset;
        if (row >= 0 && row < rows)
            ++bins[size_t(row)];
    }
    double score = 0;
    for (int b : bins)
        score += double(b) * double(b);
    return score;
}

} // namespace

SkewDetector::Estimate SkewDetector::estimate(const QImage& small, int threshold, double maxDegrees)
{
    Q_ASSERT(small.format() == QImage::Format_Grayscale8);
    // Ignore a margin: scanner backing and punched holes at the edges do not follow the text lines.
    const int mx = small.width() / 20;
    const int my = small.height() / 20;
    const double cx = small.width() / 2.0;
    const double cy = small.height() / 2.0;
    std::vector<Point> points;
    points.reserve(size_t(small.width() * small.height() / 16));
    for (int y = my; y < small.height() - my; ++y) {
        const uchar* s = small.constScanLine(y);
        for (int x = mx; x < small.width() - mx; ++x) {
            if (s[x] < threshold)
                points.push_back({float(x - cx), float(y - cy)});
        }
    }
    Estimate result;
    if (points.size() < 200)
        return result; // a (nearly) blank page has no lines to align

    const int rows = int(std::hypot(small.width(), small.height())) + 4;
    std::vector<int> bins(static_cast<size_t>(rows), 0);
    const double base = profileScore(points, 0, rows, bins);
    double best = 0;
    double bestScore = base;
    for (double a = -maxDegrees; a <= maxDegrees + 1e-9; a += 0.25) {
        const double sc = profileScore(points, a, rows, bins);
        if (sc > bestScore) {
            bestScore = sc;
            best = a;
        }
    }
    const double coarse = best;
    for (double a = coarse - 0.25; a <= coarse + 0.25 + 1e-9; a += 0.025) {
        const double sc = profileScore(points, a, rows, bins);
        if (sc > bestScore) {
            bestScore = sc;
            best = a;
        }
    }
    result.degrees = best;
    result.confidence = base > 0 ? bestScore / base - 1.0 : 0;
    return result;
}

} // namespace motcua::scan
