#pragma once

#include "Result.h"

#include <QByteArray>
#include <QImage>

namespace motcua::cccd {

// Decodes JPEG 2000 (JP2 file or J2K codestream) with OpenJPEG: Qt's own jp2 plugin needs JasPer, which
// many builds omit. Grey, RGB and sub-sampled YCbCr images become an RGB32 QImage.
class Jpeg2000Decoder
{
public:
    static constexpr int MaxDimension = 8000;
    static Result<QImage> decode(const QByteArray& data);
    // Encodes a QImage as lossy JP2 (used by the fixture generator to make JPEG 2000 faces).
    static Result<QByteArray> encodeJp2(const QImage& image, int compressionRatio = 20);
};

} // namespace motcua::cccd
