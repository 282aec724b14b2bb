#pragma once

#include "BlankPageDetector.h"
#include "ScanSettings.h"

#include <QString>

namespace motcua::scan {

// How the page pipeline treats a batch; comes from the scan profile of the document type.
struct PipelineOptions
{
    ColorMode mode = ColorMode::Gray; // what the official asked for
    bool deskew = true;
    double maxSkewDegrees = 5.0;
    bool cleanBorders = true;
    double blankInkLimit = BlankPageDetector::kDefaultLimit;
    // Gray (and colourless colour) pages that are plainly black text on white go to CCITT G4: 5–10x smaller
    // than JPEG and sharper. Off keeps every page in the requested mode.
    bool autoBilevel = true;
    int jpegQuality = 60;
    int rotation = 0; // extra clockwise rotation (0, 90, 180, 270), e.g. forms fed sideways
    // Recognise the text (TextRecognizer) into the PDF's invisible text layer. Off by default: it costs
    // seconds per page, and not every paper needs to be searchable.
    bool ocr = false;
    QString ocrLanguage = QStringLiteral("vie");
};

} // namespace motcua::scan
