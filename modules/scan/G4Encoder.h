#pragma once

#include "EncodedPage.h"
#include "Result.h"

#include <QImage>

namespace motcua::scan {

// Bilevel compression with CCITT Group 4 through libtiff: the smallest lossless form for black text on white
// (a 300 dpi A4 text page is typically 25–60 KB). The bytes are the raw G4 stream of a single strip, ready
// for a PDF /CCITTFaxDecode filter with /K -1.
class G4Encoder
{
public:
    // Thresholds a Grayscale8 image at `threshold` (below = black) and encodes it.
    static Result<EncodedPage> encode(const QImage& gray, int threshold, int dpi);
};

} // namespace motcua::scan
