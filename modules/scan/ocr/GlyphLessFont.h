#pragma once

#include "EncodedPage.h"

#include <QByteArray>

namespace motcua::scan {

// The font of the invisible text layer, as PDF objects. A Type 0 font with Identity-H encoding whose
// character codes are UTF-16 code units, mapped back to Unicode by an identity ToUnicode CMap, so copying
// and searching give the recognised Vietnamese text with its diacritics. Its embedded program is
// Tesseract's GlyphLessFont (pdf.ttf, 572 bytes): every code maps (CIDToGIDMap) to one empty glyph half
// an em wide, so nothing is ever drawn and no subsetting is needed. PDF/A-2 does not require fonts used
// only in text render mode 3 to be embedded; this one is anyway, so every validator and reader accepts
// it. Glyph 0 (.notdef) is never referenced, as PDF/A-2 asks.
namespace glyph_less_font {

inline constexpr double kAdvance = 0.5; // em per character (the CIDFont's /DW 500)

QByteArray program();     // the TrueType file (FontFile2)
QByteArray cidToGidMap(); // Flate-compressed: 65536 big-endian glyph ids, all 1
QByteArray toUnicodeCMap();
QByteArray type0Font(int descendantId, int toUnicodeId);
QByteArray cidFont(int descriptorId, int cidToGidMapId);
QByteArray fontDescriptor(int fontFileId);

// Content-stream operators that lay `page.words` over the picture in text render mode 3 (invisible),
// using the font as resource `fontResource` (e.g. "/OcrFont"). Each word is stretched (Tz) to its box.
QByteArray textLayer(const EncodedPage& page, const QByteArray& fontResource);

} // namespace glyph_less_font
} // namespace motcua::scan
