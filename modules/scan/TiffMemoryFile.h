#pragma once

#include <QByteArray>
#include <tiffio.h>

namespace motcua::scan {

// A TIFF held in memory, for libtiff's client I/O: G4Encoder writes a page into one to take its G4 strip
// out, PagePreview wraps a strip in one to decode it. Internal to the scan module.
struct TiffMemoryFile
{
    QByteArray bytes;
    toff_t position = 0;
};

// TIFFClientOpen over `file`, mode "r" or "w"; null on failure. Close with TIFFClose.
TIFF* openTiff(TiffMemoryFile& file, const char* mode);

} // namespace motcua::scan
