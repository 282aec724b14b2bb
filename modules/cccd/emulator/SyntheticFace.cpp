#include "SyntheticFace.h"

#include "CardErrors.h"
#include "Jpeg2000Decoder.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <cmath>

namespace motcua::cccd {

namespace {

Result<QByteArray> encodeJpeg(const QImage& image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "JPEG");
    writer.setQuality(quality);
    if (!writer.write(image))
        return cardError(errc::Fixture, QStringLiteral("JPEG encoding failed: %1").arg(writer.errorString()));
    return out;
}

// Fine texture makes the JPEG larger in a controlled way (to reach a realistic DG2 size).
QImage textured(const QImage& base, int seed, int amplitude)
{
    QImage img = base.convertToFormat(QImage::Format_RGB32);
    QRandomGenerator rng(static_cast<quint32>(seed) * 7919u + 17u);
    for (int y = 0; y < img.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const int d = static_cast<int>(rng.bounded(2 * amplitude + 1)) - amplitude;
            const QRgb p = line[x];
            line[x] = qRgb(std::clamp(qRed(p) + d, 0, 255), std::clamp(qGreen(p) + d, 0, 255),
                           std::clamp(qBlue(p) + d, 0, 255));
        }
    }
    return img;
}

} // namespace

QImage SyntheticFace::draw(int seed, const QSize& size)
{
    QRandomGenerator rng(static_cast<quint32>(seed) + 1u);
    QImage img(size, QImage::Format_RGB32);
    img.fill(QColor(214, 226, 240)); // passport-photo background
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const double w = size.width();
    const double h = size.height();
    const auto pick = [&rng](int lo, int hi) { return lo + static_cast<int>(rng.bounded(hi - lo + 1)); };

    // Shoulders and shirt.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(pick(20, 80), pick(30, 90), pick(60, 140)));
    p.drawEllipse(QRectF(w * 0.05, h * 0.72, w * 0.9, h * 0.55));
    // Neck and face.
    const QColor skin(pick(200, 240), pick(160, 200), pick(120, 160));
    p.setBrush(skin.darker(108));
    p.drawRect(QRectF(w * 0.42, h * 0.58, w * 0.16, h * 0.18));
    p.setBrush(skin);
    const double faceW = w * (0.46 + rng.bounded(10) / 100.0);
    const QRectF face(w / 2 - faceW / 2, h * 0.22, faceW, h * 0.44);
    p.drawEllipse(face);
    // Hair.
    p.setBrush(QColor(pick(10, 50), pick(10, 40), pick(5, 30)));
    p.drawChord(QRectF(face.left() - 4, face.top() - 10, face.width() + 8, face.height() * 0.62), 0, 180 * 16);
    // Eyes, brows, nose, mouth.
    p.setBrush(QColor(40, 30, 25));
    const double eyeY = face.top() + face.height() * 0.45;
    for (const double side : {-1.0, 1.0}) {
        const double cx = w / 2 + side * faceW * 0.2;
        p.drawEllipse(QPointF(cx, eyeY), w * 0.03, h * 0.014);
        p.setPen(QPen(QColor(40, 30, 25), 3));
        p.drawLine(QPointF(cx - w * 0.05, eyeY - h * 0.035), QPointF(cx + w * 0.05, eyeY - h * 0.04));
        p.setPen(Qt::NoPen);
    }
    p.setPen(QPen(skin.darker(140), 2));
    p.drawLine(QPointF(w / 2, eyeY + h * 0.02), QPointF(w / 2 - w * 0.02, eyeY + h * 0.09));
    p.setPen(QPen(QColor(150, 60, 60), 3));
    p.drawArc(QRectF(w / 2 - w * 0.08, eyeY + h * 0.1, w * 0.16, h * 0.05), 200 * 16, 140 * 16);
    p.end();
    return img;
}

Result<QByteArray> SyntheticFace::jpeg(int seed, int targetBytes)
{
    if (targetBytes <= 0)
        return encodeJpeg(draw(seed), 85);
    // Bigger canvas and texture, then the quality whose size comes closest to the target.
    const QSize size = targetBytes > 30000 ? QSize(480, 640) : QSize(360, 480);
    const QImage base = textured(draw(seed, size), seed, 10);
    Result<QByteArray> best = QByteArray();
    for (int quality = 95; quality >= 10; quality -= 5) {
        auto encoded = encodeJpeg(base, quality);
        if (!encoded)
            return encoded;
        if (best->isEmpty() || std::abs(encoded->size() - targetBytes) < std::abs(best->size() - targetBytes))
            best = encoded;
        if (encoded->size() < targetBytes)
            break; // sizes only shrink from here
    }
    return best;
}

Result<QByteArray> SyntheticFace::jpeg2000(int seed)
{
    return Jpeg2000Decoder::encodeJp2(draw(seed), 20);
}

} // namespace motcua::cccd
