#include "GlyphLessFont.h"

#include <QFile>

namespace motcua::scan::glyph_less_font {

namespace {

QByteArray num(double v)
{
    QByteArray s = QByteArray::number(v, 'f', 2);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s == "-0" ? QByteArray("0") : s;
}

// Character codes are UTF-16 code units (the CMap is Identity-H, ToUnicode the identity). Characters
// outside the Basic Multilingual Plane would need two codes each and are dropped; Vietnamese has none.
QByteArray codes(const QString& text, int* count)
{
    QByteArray hex;
    *count = 0;
    for (const QChar c : text) {
        if (c.isSurrogate())
            continue;
        const ushort u = c.unicode();
        hex += QByteArray::number(u, 16).rightJustified(4, '0').toUpper();
        ++*count;
    }
    return hex;
}

} // namespace

QByteArray program()
{
    QFile file(QStringLiteral(":/scan/GlyphLessFont.ttf"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray cidToGidMap()
{
    QByteArray map(65536 * 2, '\0');
    for (int cid = 0; cid < 65536; ++cid)
        map[2 * cid + 1] = 1;
    // qCompress is a zlib stream behind a 4-byte length: the stream alone is what /FlateDecode reads.
    return qCompress(map, 9).mid(4);
}

QByteArray toUnicodeCMap()
{
    return "/CIDInit /ProcSet findresource begin\n"
           "12 dict begin\n"
           "begincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n"
           "/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
           "1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\n"
           "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end";
}

QByteArray type0Font(int descendantId, int toUnicodeId)
{
    return "<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H /DescendantFonts [" +
           QByteArray::number(descendantId) + " 0 R] /ToUnicode " + QByteArray::number(toUnicodeId) + " 0 R >>";
}

QByteArray cidFont(int descriptorId, int cidToGidMapId)
{
    return "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont /CIDSystemInfo << /Registry (Adobe) "
           "/Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
           QByteArray::number(descriptorId) + " 0 R /DW " + QByteArray::number(int(kAdvance * 1000)) +
           " /CIDToGIDMap " + QByteArray::number(cidToGidMapId) + " 0 R >>";
}

QByteArray fontDescriptor(int fontFileId)
{
    return "<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 " +
           QByteArray::number(int(kAdvance * 1000)) +
           " 1000] /ItalicAngle 0 /Ascent 1000 /Descent -1 /CapHeight 1000 /StemV 80 /FontFile2 " +
           QByteArray::number(fontFileId) + " 0 R >>";
}

QByteArray textLayer(const EncodedPage& page, const QByteArray& fontResource)
{
    if (page.words.isEmpty() || page.dpi <= 0)
        return {};
    const double scale = 72.0 / page.dpi; // pixels to points
    const double pageHeight = page.heightPoints();
    QByteArray out = "BT\n3 Tr\n";
    for (const OcrWord& word : page.words) {
        int count = 0;
        const QByteArray hex = codes(word.text, &count);
        if (count == 0 || word.box.isEmpty())
            continue;
        // The glyphs stand on the box's bottom edge and are as tall as the box (ascent 1000, descent -1: zero
        // would make readers assume a default descent and select below the word).
        const double size = word.box.height() * scale;
        const double width = word.box.width() * scale;
        const double stretch = 100.0 * width / (count * kAdvance * size);
        const double x = word.box.left() * scale;
        const double y = pageHeight - (word.box.bottom() + 1) * scale;
        out += fontResource + ' ' + num(size) + " Tf " + num(stretch) + " Tz 1 0 0 1 " + num(x) + ' ' + num(y) +
               " Tm <" + hex + "> Tj\n";
    }
    out += "ET";
    return out;
}

} // namespace motcua::scan::glyph_less_font
