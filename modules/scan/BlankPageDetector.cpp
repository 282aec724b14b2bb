#include "BlankPageDetector.h"

namespace motcua::scan {

double BlankPageDetector::inkRatio(const QImage& small)
{
    Q_ASSERT(small.format() == QImage::Format_Grayscale8);
    constexpr int ink = 150; // on a box-averaged view a 3-pixel pen stroke still reads below this
    const int mx = small.width() / 25;
    const int my = small.height() / 25;
    qint64 count = 0;
    qint64 area = 0;
    for (int y = my; y < small.height() - my - 1; ++y) {
        const uchar* s = small.constScanLine(y);
        const uchar* below = small.constScanLine(y + 1);
        for (int x = mx; x < small.width() - mx - 1; ++x) {
            // A dark pixel counts only with a dark neighbour to the right or below: specks do not.
            if (s[x] < ink && (s[x + 1] < ink || below[x] < ink))
                ++count;
        }
        area += small.width() - 2 * mx - 1;
    }
    return area > 0 ? double(count) / double(area) : 0;
}

} // namespace motcua::scan
