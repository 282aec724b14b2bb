#include "Tlv.h"

#include "CardErrors.h"

#include <limits>

namespace motcua::cccd {

namespace {

Error malformed(const QString& what)
{
    return cardError(errc::TlvMalformed, what);
}

struct HeaderParse
{
    quint32 tag = 0;
    int headerSize = 0;
    qint64 length = 0;
};

// Reads tag and length at `offset`. `available` is the number of bytes after `offset` in the buffer.
Result<HeaderParse> readHeader(const char* p, qint64 available)
{
    HeaderParse h;
    if (available < 1)
        return malformed(QStringLiteral("TLV: no tag byte"));
    const auto b0 = static_cast<quint8>(p[0]);
    if (b0 == 0x00 || b0 == 0xFF)
        return malformed(QStringLiteral("TLV: invalid tag byte 0x%1").arg(b0, 2, 16, QLatin1Char('0')));
    int pos = 1;
    quint32 tag = b0;
    if ((b0 & 0x1F) == 0x1F) {
        // Multi-byte tag: subsequent bytes have bit 8 set except the last.
        while (true) {
            if (pos >= available)
                return malformed(QStringLiteral("TLV: truncated multi-byte tag"));
            if (pos >= Tlv::MaxTagBytes)
                return malformed(QStringLiteral("TLV: tag longer than %1 bytes").arg(Tlv::MaxTagBytes));
            const auto b = static_cast<quint8>(p[pos]);
            tag = (tag << 8) | b;
            ++pos;
            if ((b & 0x80) == 0)
                break;
        }
    }
    if (pos >= available)
        return malformed(QStringLiteral("TLV: missing length"));
    const auto l0 = static_cast<quint8>(p[pos]);
    ++pos;
    qint64 length = 0;
    if (l0 < 0x80) {
        length = l0;
    } else if (l0 == 0x80) {
        return malformed(QStringLiteral("TLV: indefinite length not allowed"));
    } else {
        const int n = l0 & 0x7F;
        if (n > Tlv::MaxLengthBytes)
            return malformed(QStringLiteral("TLV: length field of %1 bytes").arg(n));
        if (pos + n > available)
            return malformed(QStringLiteral("TLV: truncated length field"));
        for (int i = 0; i < n; ++i)
            length = (length << 8) | static_cast<quint8>(p[pos + i]);
        pos += n;
    }
    if (length > std::numeric_limits<int>::max() / 2)
        return malformed(QStringLiteral("TLV: absurd length"));
    h.tag = tag;
    h.headerSize = pos;
    h.length = length;
    return h;
}

} // namespace

bool TlvElement::isConstructed() const
{
    // Bit 6 of the first tag byte marks a constructed encoding.
    quint32 first = tag;
    while (first > 0xFF)
        first >>= 8;
    return (first & 0x20) != 0;
}

Result<QList<TlvElement>> TlvElement::children() const
{
    return Tlv::parseAll(value);
}

Result<TlvElement> Tlv::parse(const QByteArray& data, int offset, int* next)
{
    if (offset < 0 || offset > data.size())
        return malformed(QStringLiteral("TLV: offset outside buffer"));
    const qint64 available = data.size() - offset;
    auto header = readHeader(data.constData() + offset, available);
    if (!header)
        return header.error();
    if (header->headerSize + header->length > available)
        return malformed(QStringLiteral("TLV: value of %1 bytes exceeds the %2 bytes available")
                             .arg(header->length)
                             .arg(available - header->headerSize));
    TlvElement e;
    e.tag = header->tag;
    const int total = header->headerSize + static_cast<int>(header->length);
    e.raw = data.mid(offset, total);
    e.value = e.raw.mid(header->headerSize);
    if (next)
        *next = offset + total;
    return e;
}

Result<TlvElement> Tlv::parseSingle(const QByteArray& data, bool allowTrailing)
{
    int next = 0;
    auto e = parse(data, 0, &next);
    if (!e)
        return e;
    if (!allowTrailing && next != data.size())
        return malformed(QStringLiteral("TLV: %1 trailing bytes").arg(data.size() - next));
    return e;
}

Result<QList<TlvElement>> Tlv::parseAll(const QByteArray& data)
{
    QList<TlvElement> out;
    int offset = 0;
    while (offset < data.size()) {
        int next = 0;
        auto e = parse(data, offset, &next);
        if (!e)
            return e.error();
        out.append(std::move(e).value());
        offset = next;
    }
    return out;
}

Result<Tlv::Header> Tlv::parseHeader(const QByteArray& prefix)
{
    auto h = readHeader(prefix.constData(), prefix.size());
    if (!h)
        return h.error();
    Header out;
    out.tag = h->tag;
    out.headerSize = h->headerSize;
    out.valueLength = static_cast<int>(h->length);
    return out;
}

QByteArray Tlv::encodeTag(quint32 tag)
{
    QByteArray out;
    bool started = false;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto b = static_cast<char>((tag >> shift) & 0xFF);
        if (b != 0 || started || shift == 0) {
            out.append(b);
            started = true;
        }
    }
    return out;
}

QByteArray Tlv::encodeLength(int length)
{
    QByteArray out;
    if (length < 0x80) {
        out.append(static_cast<char>(length));
    } else if (length <= 0xFF) {
        out.append(static_cast<char>(0x81));
        out.append(static_cast<char>(length));
    } else if (length <= 0xFFFF) {
        out.append(static_cast<char>(0x82));
        out.append(static_cast<char>(length >> 8));
        out.append(static_cast<char>(length & 0xFF));
    } else if (length <= 0xFFFFFF) {
        out.append(static_cast<char>(0x83));
        out.append(static_cast<char>(length >> 16));
        out.append(static_cast<char>((length >> 8) & 0xFF));
        out.append(static_cast<char>(length & 0xFF));
    } else {
        out.append(static_cast<char>(0x84));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(static_cast<char>((length >> shift) & 0xFF));
    }
    return out;
}

QByteArray Tlv::encode(quint32 tag, const QByteArray& value)
{
    return encodeTag(tag) + encodeLength(static_cast<int>(value.size())) + value;
}

QByteArray Tlv::encodeInteger(qint64 value)
{
    QByteArray content;
    do {
        content.prepend(static_cast<char>(value & 0xFF));
        value >>= 8;
    } while (value > 0);
    if (static_cast<quint8>(content.at(0)) & 0x80)
        content.prepend('\0'); // keep it positive
    return encode(0x02, content);
}

std::optional<TlvElement> Tlv::find(const QList<TlvElement>& elements, quint32 tag)
{
    for (const auto& e : elements) {
        if (e.tag == tag)
            return e;
    }
    return std::nullopt;
}

std::optional<qint64> Tlv::integerValue(const QByteArray& content)
{
    if (content.isEmpty() || content.size() > 8)
        return std::nullopt;
    if (static_cast<quint8>(content.at(0)) & 0x80)
        return std::nullopt; // negative
    quint64 v = 0;
    for (const char c : content)
        v = (v << 8) | static_cast<quint8>(c);
    if (v > static_cast<quint64>(std::numeric_limits<qint64>::max() / 2))
        return std::nullopt;
    return static_cast<qint64>(v);
}

} // namespace motcua::cccd
