#include "JpegEncoder.h"

#include <QBuffer>
#include <QImageWriter>

namespace motcua::scan {

Result<EncodedPage> JpegEncoder::encode(const QImage& image, int quality, int dpi)
{
    const bool gray = image.format() == QImage::Format_Grayscale8;
    QImage source = image;
    if (!gray && source.format() != QImage::Format_RGB888)
        source = source.convertToFormat(QImage::Format_RGB888);
    // The JFIF header carries the resolution too; viewers that extract the image keep the size right.
    const int dpm = int(dpi / 0.0254 + 0.5);
    source.setDotsPerMeterX(dpm);
    source.setDotsPerMeterY(dpm);

    EncodedPage page;
    QBuffer buffer(&page.data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true); // optimal Huffman tables: ~5–10 % smaller for little time
    if (!writer.write(source))
        return Result<EncodedPage>::failure(QStringLiteral("scan.internal"),
                                            QStringLiteral("JPEG encoding failed: ") + writer.errorString());
    page.encoding = gray ? EncodedPage::Encoding::JpegGray : EncodedPage::Encoding::JpegColor;
    page.width = source.width();
    page.height = source.height();
    page.dpi = dpi;
    return page;
}

} // namespace motcua::scan
