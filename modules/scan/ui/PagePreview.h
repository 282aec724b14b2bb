#pragma once

#include "EncodedPage.h"

#include <QImage>
#include <QSize>

namespace motcua::scan {

// Decodes a page exactly as it goes into the PDF (CCITT G4 through libtiff, JPEG through Qt) so previews
// show what will be saved, including the black-and-white threshold. Pure and re-entrant: run it on the
// thread pool, never on the GUI thread.
namespace PagePreview {

// The whole page; `maxLongSide` > 0 scales it down (smoothly) so its longer side is at most that many
// pixels. Grayscale8 or RGB888; null when the data cannot be decoded.
QImage decode(const EncodedPage& page, int maxLongSide = 0);

// "G4", "JPEG" or "JPEG colour" as the official sees it.
QString encodingLabel(EncodedPage::Encoding encoding);

} // namespace PagePreview

} // namespace motcua::scan
