#include "QrCode.h"

#include <QPainter>
#include <qrencode.h>

namespace motcua::intake {

QrCode QrCode::encode(const QString& text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    QRcode* qr = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return code;
    code.m_width = qr->width;
    code.m_modules.resize(qsizetype(qr->width) * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.m_modules[i] = (qr->data[i] & 1) != 0; // bit 0 is the module colour
    QRcode_free(qr);
    return code;
}

void QrCode::paint(QPainter& painter, const QRectF& target) const
{
    if (!isValid())
        return;
    constexpr int quiet = 4;
    const double module = qMin(target.width(), target.height()) / (m_width + 2 * quiet);
    const QPointF origin = target.topLeft() + QPointF(quiet * module, quiet * module);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(target, Qt::white);
    painter.setBrush(Qt::black);
    // One rectangle per horizontal run keeps the PDF small; the slight overlap hides seams between rows.
    for (int y = 0; y < m_width; ++y) {
        int x = 0;
        while (x < m_width) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_width && dark(x, y))
                ++x;
            painter.drawRect(
                QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module * 1.02));
        }
    }
    painter.restore();
}

} // namespace motcua::intake
