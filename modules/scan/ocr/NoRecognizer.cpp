// The text recogniser of a build without Tesseract (MOTCUA_WITH_OCR off): OCR is never available.
#include "TextRecognizer.h"

namespace motcua::scan {

bool TextRecognizer::isAvailable()
{
    return false;
}

Result<TextRecognizer::Recognition> TextRecognizer::recognize(const QImage&, int, const QString&)
{
    return Result<Recognition>::failure(QStringLiteral("scan.ocr_unavailable"),
                                        QStringLiteral("this build has no OCR (MOTCUA_WITH_OCR off)"));
}

} // namespace motcua::scan
