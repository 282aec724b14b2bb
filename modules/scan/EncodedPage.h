#pragma once

#include "OcrWord.h"

#include <QByteArray>

namespace motcua::scan {

// A page image compressed for the PDF: the bytes go into an image XObject unchanged.
struct EncodedPage
{
    enum class Encoding { CcittG4, JpegGray, JpegColor };

    Encoding encoding = Encoding::JpegGray;
    int width = 0;  // pixels
    int height = 0; // pixels
    int dpi = 300;
    QByteArray data;
    QList<OcrWord> words; // OCR: the PDF page gets an invisible text layer with these (empty: none)

    double widthPoints() const { return width * 72.0 / dpi; }
    double heightPoints() const { return height * 72.0 / dpi; }
};

const char* encodingName(EncodedPage::Encoding encoding); // "g4", "jpeg-gray", "jpeg-color"

} // namespace motcua::scan
