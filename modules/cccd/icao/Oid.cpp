#include "Oid.h"

#include "Tlv.h"

#include <QStringList>

namespace motcua::cccd {

namespace {

void appendBase128(QByteArray& out, quint64 value)
{
    QByteArray chunk;
    chunk.prepend(static_cast<char>(value & 0x7F));
    value >>= 7;
    while (value > 0) {
        chunk.prepend(static_cast<char>(0x80 | (value & 0x7F)));
        value >>= 7;
    }
    out.append(chunk);
}

} // namespace

QByteArray Oid::encode(const QString& dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    QList<quint64> arcs;
    for (const QString& p : parts) {
        bool ok = false;
        const quint64 v = p.toULongLong(&ok);
        if (!ok || v > (quint64(1) << 56))
            return {};
        arcs.append(v);
    }
    if (arcs[0] > 2 || (arcs[0] < 2 && arcs[1] > 39))
        return {};
    QByteArray out;
    appendBase128(out, arcs[0] * 40 + arcs[1]);
    for (int i = 2; i < arcs.size(); ++i)
        appendBase128(out, arcs[i]);
    return out;
}

QByteArray Oid::encodeElement(const QString& dotted)
{
    return Tlv::encode(0x06, encode(dotted));
}

QString Oid::decode(const QByteArray& content)
{
    if (content.isEmpty() || content.size() > 64)
        return {};
    QStringList parts;
    quint64 value = 0;
    bool first = true;
    int bytesInArc = 0;
    for (int i = 0; i < content.size(); ++i) {
        const auto b = static_cast<quint8>(content.at(i));
        if (bytesInArc == 0 && b == 0x80)
            return {}; // non-minimal encoding
        value = (value << 7) | (b & 0x7F);
        ++bytesInArc;
        if (bytesInArc > 9)
            return {};
        if (b & 0x80)
            continue;
        if (first) {
            const quint64 a0 = value < 40 ? 0 : (value < 80 ? 1 : 2);
            parts << QString::number(a0) << QString::number(value - a0 * 40);
            first = false;
        } else {
            parts << QString::number(value);
        }
        value = 0;
        bytesInArc = 0;
    }
    if (bytesInArc != 0)
        return {}; // last arc unterminated
    return parts.join(QLatin1Char('.'));
}

} // namespace motcua::cccd
