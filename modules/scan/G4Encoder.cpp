#include "G4Encoder.h"

#include "TiffMemoryFile.h"

#include <vector>

namespace motcua::scan {

const char* encodingName(EncodedPage::Encoding encoding)
{
    switch (encoding) {
    case EncodedPage::Encoding::CcittG4:
        return "g4";
    case EncodedPage::Encoding::JpegGray:
        return "jpeg-gray";
    case EncodedPage::Encoding::JpegColor:
        return "jpeg-color";
    }
    return "";
}

Result<EncodedPage> G4Encoder::encode(const QImage& gray, int threshold, int dpi)
{
    Q_ASSERT(gray.format() == QImage::Format_Grayscale8);
    const int w = gray.width();
    const int h = gray.height();
    const int rowBytes = (w + 7) / 8;
    // 1 = black (PHOTOMETRIC_MINISWHITE), most significant bit first.
    std::vector<uchar> bits(size_t(rowBytes) * size_t(h), 0);
    for (int y = 0; y < h; ++y) {
        const uchar* s = gray.constScanLine(y);
        uchar* d = bits.data() + size_t(y) * size_t(rowBytes);
        for (int x = 0; x < w; ++x) {
            if (s[x] < threshold)
                d[x >> 3] |= uchar(0x80 >> (x & 7));
        }
    }

    TiffMemoryFile file;
    TIFF* tif = openTiff(file, "w");
    if (!tif)
        return Result<EncodedPage>::failure(QStringLiteral("scan.internal"), QStringLiteral("TIFFClientOpen failed"));
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(w));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(h));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, uint16_t(1));
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
    TIFFSetField(tif, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_CCITTFAX4));
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_MINISWHITE));
    TIFFSetField(tif, TIFFTAG_FILLORDER, uint16_t(FILLORDER_MSB2LSB));
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(h)); // one strip = one G4 stream for the PDF
    const tmsize_t written = TIFFWriteEncodedStrip(tif, 0, bits.data(), tmsize_t(bits.size()));
    uint64_t* offsets = nullptr;
    uint64_t* counts = nullptr;
    const bool haveStrip = written >= 0 && TIFFGetField(tif, TIFFTAG_STRIPOFFSETS, &offsets) &&
                           TIFFGetField(tif, TIFFTAG_STRIPBYTECOUNTS, &counts) && offsets && counts;
    const uint64_t offset = haveStrip ? offsets[0] : 0;
    const uint64_t count = haveStrip ? counts[0] : 0;
    TIFFClose(tif);
    if (!haveStrip || offset + count > uint64_t(file.bytes.size()))
        return Result<EncodedPage>::failure(QStringLiteral("scan.internal"), QStringLiteral("G4 encoding failed"));

    EncodedPage page;
    page.encoding = EncodedPage::Encoding::CcittG4;
    page.width = w;
    page.height = h;
    page.dpi = dpi;
    page.data = file.bytes.mid(qsizetype(offset), qsizetype(count));
    return page;
}

} // namespace motcua::scan
