#pragma once

#include <QList>
#include <QRect>
#include <QString>

namespace motcua::scan {

// One recognised word and where it stands on the processed page image (pixels, y down): what the PDF's
// invisible text layer places over the picture so the page can be searched and copied.
struct OcrWord
{
    QString text; // NFC
    QRect box;
};

} // namespace motcua::scan
