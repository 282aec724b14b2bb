#include "FaceImage.h"

#include "CardErrors.h"
#include "Jpeg2000Decoder.h"
#include "Tlv.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>

namespace motcua::cccd {

namespace {

const QByteArray JpegMagic = QByteArray::fromHex("FFD8FF");
const QByteArray Jp2Magic = QByteArray::fromHex("0000000C6A5020200D0A870A");
const QByteArray J2kMagic = QByteArray::fromHex("FF4FFF51");

Error malformed(const QString& what)
{
    return cardError(errc::FileMalformed, QStringLiteral("DG2: %1").arg(what));
}

quint32 be(const QByteArray& b, int offset, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | static_cast<quint8>(b.at(offset + i));
    return v;
}

// Locates the image inside an ISO/IEC 19794-5 facial record; -1 when the header does not add up.
int imageOffsetIn19794(const QByteArray& block, int* width, int* height)
{
    constexpr int General = 14;    // "FAC\0" "010\0" length(4) count(2)
    constexpr int FaceHeader = 20; // block length(4) points(2) gender eyes hair mask(3) expression(2) pose(6)
    constexpr int ImageInfo = 12;  // type, data type, width(2), height(2), colour space, source, device(2), quality(2)
    if (block.size() < General + FaceHeader + ImageInfo || !block.startsWith(QByteArray("FAC\0", 4)))
        return -1;
    const int points = static_cast<int>(be(block, General + 4, 2));
    const qint64 info = General + FaceHeader + 8LL * points;
    if (info + ImageInfo > block.size())
        return -1;
    *width = static_cast<int>(be(block, static_cast<int>(info) + 2, 2));
    *height = static_cast<int>(be(block, static_cast<int>(info) + 4, 2));
    return static_cast<int>(info) + ImageInfo;
}

} // namespace

QString FaceImage::sniffFormat(const QByteArray& image)
{
    if (image.startsWith(JpegMagic))
        return QStringLiteral("jpeg");
    if (image.startsWith(Jp2Magic))
        return QStringLiteral("jp2");
    if (image.startsWith(J2kMagic))
        return QStringLiteral("j2k");
    return {};
}

Result<FaceImage> FaceImage::parseDg2(const QByteArray& file)
{
    auto outer = Tlv::parseSingle(file, true);
    if (!outer)
        return malformed(outer.error().message);
    if (outer->tag != 0x75)
        return malformed(QStringLiteral("outer tag is not 75"));
    auto groups = outer->children();
    if (!groups)
        return malformed(groups.error().message);
    const auto group = Tlv::find(*groups, 0x7F61);
    if (!group)
        return malformed(QStringLiteral("no biometric information group template 7F61"));
    auto templates = group->children();
    if (!templates)
        return malformed(templates.error().message);
    const auto bit = Tlv::find(*templates, 0x7F60);
    if (!bit)
        return cardError(errc::FaceMissing, QStringLiteral("DG2 holds no biometric information template"));
    auto parts = bit->children();
    if (!parts)
        return malformed(parts.error().message);
    auto block = Tlv::find(*parts, 0x5F2E);
    if (!block)
        block = Tlv::find(*parts, 0x7F2E);
    if (!block || block->value.isEmpty())
        return cardError(errc::FaceMissing, QStringLiteral("DG2 holds no biometric data block"));

    FaceImage face;
    int offset = imageOffsetIn19794(block->value, &face.width, &face.height);
    if (offset < 0 || sniffFormat(block->value.mid(offset)).isEmpty()) {
        // Header absent or inconsistent: look for an image signature anywhere in the block.
        offset = -1;
        for (const QByteArray& magic : {JpegMagic, Jp2Magic, J2kMagic}) {
            const auto at = block->value.indexOf(magic);
            if (at >= 0 && (offset < 0 || at < offset))
                offset = static_cast<int>(at);
        }
        if (offset < 0)
            return cardError(errc::FaceDecode, QStringLiteral("DG2: no JPEG or JPEG 2000 image found"));
    }
    face.encoded = block->value.mid(offset);
    face.format = sniffFormat(face.encoded);

    if (face.format == QLatin1String("jpeg")) {
        face.displayJpeg = face.encoded;
        const QImage probe = QImage::fromData(face.encoded, "JPEG");
        if (probe.isNull())
            return cardError(errc::FaceDecode, QStringLiteral("DG2: JPEG does not decode"));
        face.width = probe.width();
        face.height = probe.height();
        return face;
    }
    auto image = Jpeg2000Decoder::decode(face.encoded);
    if (!image)
        return image.error();
    face.width = image->width();
    face.height = image->height();
    QBuffer buffer(&face.displayJpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "JPEG");
    writer.setQuality(90);
    if (!writer.write(*image))
        return cardError(errc::FaceDecode, QStringLiteral("DG2: JPEG re-encoding failed"));
    return face;
}

} // namespace motcua::cccd
