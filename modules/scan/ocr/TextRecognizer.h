#pragma once

#include "OcrWord.h"
#include "Result.h"

#include <QImage>

namespace motcua::scan {

// Recognises the words of a processed page for the PDF's invisible text layer. Tesseract when the build
// has it (MOTCUA_WITH_OCR), otherwise every call fails with scan.ocr_unavailable.
//
// Thread-safe and meant for the page pipeline's pool threads: each thread keeps its own engine per
// language, made on its first page (loading the language data takes a few hundred milliseconds).
class TextRecognizer
{
public:
    struct Recognition
    {
        QList<OcrWord> words;
        QString language; // the language data used: the requested one, or the fallback
        QString warning;  // technical, set when the fallback was used
    };

    static constexpr const char* kDefaultLanguage = "vie";
    // Used when the requested language's data is not installed (tesseract-ocr-vie missing).
    static constexpr const char* kFallbackLanguage = "eng";

    static bool isAvailable();
    // `page` is any image (converted to 8-bit gray); `dpi` its resolution, which Tesseract's size
    // heuristics need. scan.ocr_unavailable without an engine or any language data, scan.ocr_failed else.
    static Result<Recognition> recognize(const QImage& page, int dpi,
                                         const QString& language = QString::fromLatin1(kDefaultLanguage));
};

} // namespace motcua::scan
