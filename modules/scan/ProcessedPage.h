#pragma once

#include "EncodedPage.h"

#include <QImage>
#include <QMetaType>

namespace motcua::scan {

// What the pipeline made of one scanned page.
struct ProcessedPage
{
    int index = 0;
    EncodedPage encoded;
    double skewDegrees = 0; // measured (and corrected) skew
    bool blank = false;     // flagged for the official to confirm; never dropped automatically
    double inkRatio = 0;
    bool backSide = false;
    double processingMs = 0; // OCR included
    double ocrMs = 0;
    QString ocrLanguage; // the language data OCR used; empty when OCR was off or failed
    QString ocrWarning;  // technical: OCR fell back to another language, or failed (the page has no text)
    QImage thumbnail;    // ~100 dpi gray view for previews
};

} // namespace motcua::scan

Q_DECLARE_METATYPE(motcua::scan::ProcessedPage)
