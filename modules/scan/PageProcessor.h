#pragma once

#include "PipelineOptions.h"
#include "ProcessedPage.h"
#include "Result.h"
#include "ScannedPage.h"

namespace motcua::scan {

// The page pipeline for one page: quarter-turn rotation, deskew, border clean-up, blank flag, then the
// compression that suits the page (G4 for black text, JPEG for photos, seals and colour), and OCR when
// asked (the words go with the encoded page into the PDF's invisible text layer). Pure and
// re-entrant: the batch runs one call per page on the thread pool.
class PageProcessor
{
public:
    static Result<ProcessedPage> process(const ScannedPage& page, const PipelineOptions& options);

    // The decision alone, exposed for tests: which encoding a page gets.
    enum class Content { Text, Photo, Colour };
    static Content classify(const QImage& image, ColorMode mode);
};

} // namespace motcua::scan
