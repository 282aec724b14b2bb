#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace motcua::cccd {

// The face photo of DG2 (tag 75; ICAO 9303-10 §4.7.2, ISO/IEC 19794-5 inside 5F2E/7F2E). The CCCD stores
// JPEG; JPEG 2000 is detected and converted so the desk always gets a JPEG to show.
struct FaceImage
{
    QByteArray encoded;     // the image bytes exactly as stored on the chip
    QString format;         // "jpeg", "jp2" (JP2 box file) or "j2k" (bare codestream)
    QByteArray displayJpeg; // JPEG for display: `encoded` for JPEG, re-encoded for JPEG 2000
    int width = 0;          // from the 19794-5 header, or the decoded image
    int height = 0;

    // Walks the DG2 templates to the biometric data block, skips the 19794-5 headers and sniffs the format.
    static Result<FaceImage> parseDg2(const QByteArray& file);
    // Sniffs an image's format from its first bytes; empty when unknown.
    static QString sniffFormat(const QByteArray& image);
};

} // namespace motcua::cccd
