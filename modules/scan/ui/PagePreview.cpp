#include "PagePreview.h"

#include "TiffMemoryFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <vector>

namespace motcua::scan::PagePreview {

namespace {

// Box-averages 1-bit rows (1 = black) straight into Grayscale8 by `factor`, so a 300 dpi page becomes a
// smooth preview without a full-size 8-bit copy.
QImage bitsToGray(const std::vector<uchar>& bits, int w, int h, int factor)
{
    const int rowBytes = (w + 7) / 8;
    const int ow = qMax(1, w / factor);
    const int oh = qMax(1, h / factor);
    QImage out(ow, oh, QImage::Format_Grayscale8);
    std::vector<int> sums(size_t(ow), 0);
    const int area = factor * factor;
    for (int oy = 0; oy < oh; ++oy) {
        std::fill(sums.begin(), sums.end(), 0);
        for (int dy = 0; dy < factor; ++dy) {
            const uchar* row = bits.data() + size_t(oy * factor + dy) * size_t(rowBytes);
            for (int ox = 0; ox < ow; ++ox) {
                int black = 0;
                for (int dx = 0; dx < factor; ++dx) {
                    const int x = ox * factor + dx;
                    black += (row[x >> 3] >> (7 - (x & 7))) & 1;
                }
                sums[size_t(ox)] += black;
            }
        }
        uchar* d = out.scanLine(oy);
        for (int ox = 0; ox < ow; ++ox)
            d[ox] = uchar(255 - (sums[size_t(ox)] * 255) / area);
    }
    return out;
}

QImage decodeG4(const EncodedPage& page, int maxLongSide)
{
    const int w = page.width;
    const int h = page.height;
    if (w <= 0 || h <= 0 || page.data.isEmpty())
        return {};
    TiffMemoryFile file;
    TIFF* out = openTiff(file, "w");
    if (!out)
        return {};
    TIFFSetField(out, TIFFTAG_IMAGEWIDTH, uint32_t(w));
    TIFFSetField(out, TIFFTAG_IMAGELENGTH, uint32_t(h));
    TIFFSetField(out, TIFFTAG_BITSPERSAMPLE, uint16_t(1));
    TIFFSetField(out, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
    TIFFSetField(out, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_CCITTFAX4));
    TIFFSetField(out, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_MINISWHITE));
    TIFFSetField(out, TIFFTAG_FILLORDER, uint16_t(FILLORDER_MSB2LSB));
    TIFFSetField(out, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
    TIFFSetField(out, TIFFTAG_ROWSPERSTRIP, uint32_t(h));
    QByteArray raw = page.data;
    const bool wrote = TIFFWriteRawStrip(out, 0, raw.data(), tmsize_t(raw.size())) >= 0;
    TIFFClose(out);
    if (!wrote)
        return {};
    file.position = 0;
    TIFF* in = openTiff(file, "r");
    if (!in)
        return {};
    const int rowBytes = (w + 7) / 8;
    std::vector<uchar> bits(size_t(rowBytes) * size_t(h), 0);
    const tmsize_t got = TIFFReadEncodedStrip(in, 0, bits.data(), tmsize_t(bits.size()));
    TIFFClose(in);
    if (got < 0)
        return {};
    int factor = 1;
    if (maxLongSide > 0) {
        const int longSide = qMax(w, h);
        factor = qMax(1, longSide / maxLongSide);
    }
    QImage gray = bitsToGray(bits, w, h, factor);
    if (maxLongSide > 0 && qMax(gray.width(), gray.height()) > maxLongSide)
        gray = gray.scaled(QSize(maxLongSide, maxLongSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return gray;
}

QImage decodeJpeg(const EncodedPage& page, int maxLongSide)
{
    QByteArray data = page.data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    if (maxLongSide > 0) {
        const QSize full(page.width, page.height);
        if (qMax(full.width(), full.height()) > maxLongSide)
            reader.setScaledSize(full.scaled(maxLongSide, maxLongSide, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.format() != QImage::Format_Grayscale8 && image.format() != QImage::Format_RGB888)
        image = image.convertToFormat(image.isGrayscale() ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    return image;
}

} // namespace

QImage decode(const EncodedPage& page, int maxLongSide)
{
    if (page.encoding == EncodedPage::Encoding::CcittG4)
        return decodeG4(page, maxLongSide);
    return decodeJpeg(page, maxLongSide);
}

QString encodingLabel(EncodedPage::Encoding encoding)
{
    switch (encoding) {
    case EncodedPage::Encoding::CcittG4:
        return QStringLiteral("G4");
    case EncodedPage::Encoding::JpegGray:
        return QStringLiteral("JPEG");
    case EncodedPage::Encoding::JpegColor:
        return QCoreApplication::translate("motcua::scan::PagePreview", "JPEG colour");
    }
    return {};
}

} // namespace motcua::scan::PagePreview
