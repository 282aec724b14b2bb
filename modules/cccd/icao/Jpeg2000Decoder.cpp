#include "Jpeg2000Decoder.h"

#include "CardErrors.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <openjpeg.h>

namespace motcua::cccd {

namespace {

// OpenJPEG reads and writes through callbacks; this is a growable in-memory file.
struct MemoryFile
{
    QByteArray data;
    qint64 position = 0;
};

OPJ_SIZE_T readMemory(void* buffer, OPJ_SIZE_T count, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    const qint64 left = f->data.size() - f->position;
    if (left <= 0)
        return static_cast<OPJ_SIZE_T>(-1);
    const qint64 n = std::min<qint64>(left, static_cast<qint64>(count));
    std::memcpy(buffer, f->data.constData() + f->position, static_cast<size_t>(n));
    f->position += n;
    return static_cast<OPJ_SIZE_T>(n);
}

OPJ_SIZE_T writeMemory(void* buffer, OPJ_SIZE_T count, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    const qint64 end = f->position + static_cast<qint64>(count);
    if (end > f->data.size())
        f->data.resize(end);
    std::memcpy(f->data.data() + f->position, buffer, count);
    f->position = end;
    return count;
}

OPJ_OFF_T skipMemory(OPJ_OFF_T count, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    // Reads past the end then return -1; writes past the end grow the buffer with zeros.
    const qint64 target = std::max<qint64>(0, f->position + count);
    const OPJ_OFF_T moved = target - f->position;
    f->position = target;
    return moved;
}

OPJ_BOOL seekMemory(OPJ_OFF_T position, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    if (position < 0)
        return OPJ_FALSE;
    f->position = position;
    return OPJ_TRUE;
}

void quiet(const char*, void*) {} // OpenJPEG diagnostics could echo file content: keep them out of logs

using Codec = std::unique_ptr<opj_codec_t, decltype(&opj_destroy_codec)>;
using Stream = std::unique_ptr<opj_stream_t, decltype(&opj_stream_destroy)>;
using Image = std::unique_ptr<opj_image_t, decltype(&opj_image_destroy)>;

Stream memoryStream(MemoryFile* file, bool input)
{
    Stream s(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, input ? OPJ_TRUE : OPJ_FALSE), &opj_stream_destroy);
    if (!s)
        return s;
    opj_stream_set_user_data(s.get(), file, nullptr);
    if (input) {
        opj_stream_set_user_data_length(s.get(), static_cast<OPJ_UINT64>(file->data.size()));
        opj_stream_set_read_function(s.get(), readMemory);
    } else {
        opj_stream_set_write_function(s.get(), writeMemory);
    }
    opj_stream_set_skip_function(s.get(), skipMemory);
    opj_stream_set_seek_function(s.get(), seekMemory);
    return s;
}

void silence(opj_codec_t* codec)
{
    opj_set_info_handler(codec, quiet, nullptr);
    opj_set_warning_handler(codec, quiet, nullptr);
    opj_set_error_handler(codec, quiet, nullptr);
}

Error decodeError(const QString& what)
{
    return cardError(errc::FaceDecode, QStringLiteral("JPEG 2000: %1").arg(what));
}

// Sample of component c at the reference-grid position of pixel (x, y) of component 0, scaled to 8 bits.
int sample(const opj_image_comp_t& c, const opj_image_comp_t& c0, int x, int y)
{
    const int cx = std::min<int>(static_cast<int>((x * c0.dx) / c.dx), static_cast<int>(c.w) - 1);
    const int cy = std::min<int>(static_cast<int>((y * c0.dy) / c.dy), static_cast<int>(c.h) - 1);
    int v = c.data[static_cast<size_t>(cy) * c.w + static_cast<size_t>(cx)];
    if (c.sgnd)
        v += 1 << (c.prec - 1);
    if (c.prec > 8)
        v >>= (c.prec - 8);
    else if (c.prec < 8)
        v <<= (8 - c.prec);
    return std::clamp(v, 0, 255);
}

} // namespace

Result<QImage> Jpeg2000Decoder::decode(const QByteArray& data)
{
    if (data.size() < 12)
        return decodeError(QStringLiteral("too short"));
    const bool jp2 = data.startsWith(QByteArray::fromHex("0000000C6A502020"));
    const bool j2k = data.startsWith(QByteArray::fromHex("FF4FFF51"));
    if (!jp2 && !j2k)
        return decodeError(QStringLiteral("no JP2 signature or J2K codestream marker"));

    MemoryFile file{data, 0};
    Stream stream = memoryStream(&file, true);
    Codec codec(opj_create_decompress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K), &opj_destroy_codec);
    if (!stream || !codec)
        return decodeError(QStringLiteral("OpenJPEG allocation failed"));
    silence(codec.get());
    opj_dparameters_t params;
    opj_set_default_decoder_parameters(&params);
    if (!opj_setup_decoder(codec.get(), &params))
        return decodeError(QStringLiteral("decoder setup failed"));
    opj_image_t* raw = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &raw))
        return decodeError(QStringLiteral("header unreadable"));
    Image image(raw, &opj_image_destroy);
    if (image->numcomps < 1 || image->x1 <= image->x0 || image->y1 <= image->y0 ||
        image->x1 - image->x0 > MaxDimension || image->y1 - image->y0 > MaxDimension)
        return decodeError(QStringLiteral("implausible image geometry"));
    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        return decodeError(QStringLiteral("codestream does not decode"));

    const opj_image_comp_t& c0 = image->comps[0];
    for (OPJ_UINT32 i = 0; i < image->numcomps; ++i) {
        const auto& c = image->comps[i];
        if (!c.data || c.w == 0 || c.h == 0 || c.prec < 1 || c.prec > 16 || c.dx == 0 || c.dy == 0)
            return decodeError(QStringLiteral("component %1 unusable").arg(i));
    }
    const int w = static_cast<int>(c0.w);
    const int h = static_cast<int>(c0.h);
    QImage out(w, h, QImage::Format_RGB32);
    if (out.isNull())
        return decodeError(QStringLiteral("out of memory"));
    const bool colour = image->numcomps >= 3;
    const bool subsampled = colour && (image->comps[1].dx != c0.dx || image->comps[1].dy != c0.dy);
    const bool ycc = colour && (image->color_space == OPJ_CLRSPC_SYCC ||
                                (image->color_space == OPJ_CLRSPC_UNSPECIFIED && subsampled));
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < w; ++x) {
            if (!colour) {
                const int g = sample(c0, c0, x, y);
                line[x] = qRgb(g, g, g);
                continue;
            }
            const int a = sample(c0, c0, x, y);
            const int b = sample(image->comps[1], c0, x, y);
            const int c = sample(image->comps[2], c0, x, y);
            if (ycc) {
                const double cb = b - 128.0;
                const double cr = c - 128.0;
                line[x] = qRgb(std::clamp(static_cast<int>(a + 1.402 * cr), 0, 255),
                               std::clamp(static_cast<int>(a - 0.344136 * cb - 0.714136 * cr), 0, 255),
                               std::clamp(static_cast<int>(a + 1.772 * cb), 0, 255));
            } else {
                line[x] = qRgb(a, b, c);
            }
        }
    }
    return out;
}

Result<QByteArray> Jpeg2000Decoder::encodeJp2(const QImage& source, int compressionRatio)
{
    const QImage img = source.convertToFormat(QImage::Format_RGB32);
    if (img.isNull())
        return decodeError(QStringLiteral("nothing to encode"));
    opj_image_cmptparm_t parms[3];
    std::memset(parms, 0, sizeof(parms));
    for (auto& p : parms) {
        p.dx = 1;
        p.dy = 1;
        p.w = static_cast<OPJ_UINT32>(img.width());
        p.h = static_cast<OPJ_UINT32>(img.height());
        p.prec = 8;
        p.sgnd = 0;
    }
    Image image(opj_image_create(3, parms, OPJ_CLRSPC_SRGB), &opj_image_destroy);
    if (!image)
        return decodeError(QStringLiteral("image allocation failed"));
    image->x0 = 0;
    image->y0 = 0;
    image->x1 = static_cast<OPJ_UINT32>(img.width());
    image->y1 = static_cast<OPJ_UINT32>(img.height());
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const size_t i = static_cast<size_t>(y) * img.width() + x;
            image->comps[0].data[i] = qRed(line[x]);
            image->comps[1].data[i] = qGreen(line[x]);
            image->comps[2].data[i] = qBlue(line[x]);
        }
    }
    opj_cparameters_t params;
    opj_set_default_encoder_parameters(&params);
    params.tcp_numlayers = 1;
    params.tcp_rates[0] = static_cast<float>(compressionRatio);
    params.cp_disto_alloc = 1;
    params.tcp_mct = 1;
    Codec codec(opj_create_compress(OPJ_CODEC_JP2), &opj_destroy_codec);
    if (!codec)
        return decodeError(QStringLiteral("encoder allocation failed"));
    silence(codec.get());
    if (!opj_setup_encoder(codec.get(), &params, image.get()))
        return decodeError(QStringLiteral("encoder setup failed"));
    MemoryFile file;
    Stream stream = memoryStream(&file, false);
    if (!stream || !opj_start_compress(codec.get(), image.get(), stream.get()) ||
        !opj_encode(codec.get(), stream.get()) || !opj_end_compress(codec.get(), stream.get()))
        return decodeError(QStringLiteral("encoding failed"));
    stream.reset();
    return file.data;
}

} // namespace motcua::cccd
