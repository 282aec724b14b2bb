#pragma once

#include <QImage>
#include <QMetaType>

namespace motcua::scan {

// One side of one sheet as it came off the scanner, before any clean-up.
struct ScannedPage
{
    int index = 0; // 0-based position in the batch, in feed order
    QImage image;  // Grayscale8 or RGB888
    int dpi = 300;
    bool backSide = false; // duplex: the back of the previous sheet
};

} // namespace motcua::scan

Q_DECLARE_METATYPE(motcua::scan::ScannedPage)
