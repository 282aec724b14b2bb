#pragma once

#include "EncodedPage.h"
#include "Result.h"

#include <QImage>

namespace motcua::scan {

// Baseline JPEG (libjpeg-turbo through Qt's image plugin) for photos, seals and colour: Grayscale8 becomes a
// one-component JPEG, RGB888 a YCbCr 4:2:0 one. The bytes go into a PDF /DCTDecode image unchanged.
class JpegEncoder
{
public:
    static Result<EncodedPage> encode(const QImage& image, int quality, int dpi);
};

} // namespace motcua::scan
