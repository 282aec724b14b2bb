#include "ResponseApdu.h"

namespace motcua::cccd {

ResponseApdu ResponseApdu::fromBytes(const QByteArray& bytes)
{
    ResponseApdu r;
    if (bytes.size() < 2)
        return r;
    r.data = bytes.left(bytes.size() - 2);
    r.sw = static_cast<quint16>((static_cast<quint8>(bytes[bytes.size() - 2]) << 8) |
                                static_cast<quint8>(bytes[bytes.size() - 1]));
    return r;
}

QByteArray ResponseApdu::toBytes() const
{
    QByteArray out = data;
    out.append(static_cast<char>(sw >> 8));
    out.append(static_cast<char>(sw & 0xFF));
    return out;
}

} // namespace motcua::cccd
