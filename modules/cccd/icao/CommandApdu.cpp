#include "CommandApdu.h"

#include "CardErrors.h"

namespace motcua::cccd {

bool CommandApdu::needsExtended() const
{
    return forceExtended || data.size() > 255 || le > 256;
}

QByteArray CommandApdu::encode() const
{
    QByteArray out;
    out.append(static_cast<char>(cla));
    out.append(static_cast<char>(ins));
    out.append(static_cast<char>(p1));
    out.append(static_cast<char>(p2));
    const bool ext = needsExtended();
    if (!data.isEmpty()) {
        if (ext) {
            out.append('\0');
            out.append(static_cast<char>(data.size() >> 8));
            out.append(static_cast<char>(data.size() & 0xFF));
        } else {
            out.append(static_cast<char>(data.size()));
        }
        out.append(data);
    }
    if (le != NoLe) {
        if (ext) {
            if (data.isEmpty())
                out.append('\0');
            const int v = le >= 65536 ? 0 : le;
            out.append(static_cast<char>(v >> 8));
            out.append(static_cast<char>(v & 0xFF));
        } else {
            out.append(static_cast<char>(le >= 256 ? 0 : le));
        }
    }
    return out;
}

Result<CommandApdu> CommandApdu::parse(const QByteArray& b)
{
    const auto bad = [](const char* why) {
        return cardError(errc::Status, QStringLiteral("malformed command APDU: %1").arg(QLatin1String(why)));
    };
    if (b.size() < 4)
        return bad("shorter than a header");
    CommandApdu c;
    c.cla = static_cast<quint8>(b[0]);
    c.ins = static_cast<quint8>(b[1]);
    c.p1 = static_cast<quint8>(b[2]);
    c.p2 = static_cast<quint8>(b[3]);
    const auto u8 = [&b](qsizetype i) { return static_cast<int>(static_cast<quint8>(b[i])); };
    const qsizetype n = b.size() - 4;
    if (n == 0)
        return c; // case 1
    if (n == 1) {
        c.le = u8(4) == 0 ? 256 : u8(4); // case 2 short
        return c;
    }
    if (u8(4) != 0) {
        // Short case 3 or 4.
        const int lc = u8(4);
        if (n == 1 + lc) {
            c.data = b.mid(5, lc);
            return c;
        }
        if (n == 2 + lc) {
            c.data = b.mid(5, lc);
            c.le = u8(5 + lc) == 0 ? 256 : u8(5 + lc);
            return c;
        }
        return bad("Lc does not match the length");
    }
    // Extended length: 00 then two bytes.
    c.extended = true;
    if (n == 3) {
        const int le = (u8(5) << 8) | u8(6);
        c.le = le == 0 ? 65536 : le; // case 2 extended
        return c;
    }
    if (n < 3)
        return bad("truncated extended length");
    const int lc = (u8(5) << 8) | u8(6);
    if (lc == 0)
        return bad("extended Lc of zero");
    if (n == 3 + lc) {
        c.data = b.mid(7, lc);
        return c;
    }
    if (n == 5 + lc) {
        c.data = b.mid(7, lc);
        const int le = (u8(7 + lc) << 8) | u8(8 + lc);
        c.le = le == 0 ? 65536 : le;
        return c;
    }
    return bad("extended Lc does not match the length");
}

} // namespace motcua::cccd
