#include "ApduTrace.h"

#include <atomic>

namespace motcua::cccd {

namespace {

std::atomic<int>& fullTraceFlag()
{
    static std::atomic<int> flag{qEnvironmentVariable("MOTCUA_APDU_TRACE") == QLatin1String("full") ? 1 : 0};
    return flag;
}

QString hexByte(quint8 b)
{
    return QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool ApduTrace::fullTraceEnabled()
{
    return fullTraceFlag().load() != 0;
}

void ApduTrace::setFullTraceEnabled(bool enabled)
{
    fullTraceFlag().store(enabled ? 1 : 0);
}

QString ApduTrace::describeCommand(const QByteArray& command)
{
    if (fullTraceEnabled())
        return QStringLiteral("C: ") + QString::fromLatin1(command.toHex(' ').toUpper());
    if (command.size() < 4)
        return QStringLiteral("C: malformed (%1 bytes)").arg(command.size());
    const auto byte = [&command](int i) { return quint8(command.at(i)); };
    QString line =
        QStringLiteral("C: %1 %2 %3 %4").arg(hexByte(byte(0)), hexByte(byte(1)), hexByte(byte(2)), hexByte(byte(3)));
    // ISO 7816-4 cases from the body length only; the data itself is never looked at.
    const int body = command.size() - 4;
    int lc = 0;
    int le = -1;
    bool extended = false;
    if (body == 1) {
        le = byte(4) == 0 ? 256 : byte(4);
    } else if (body == 3 && byte(4) == 0) {
        extended = true;
        le = (byte(5) << 8 | byte(6));
        le = le == 0 ? 65536 : le;
    } else if (body > 1 && byte(4) != 0) {
        lc = byte(4);
        if (body == 1 + lc + 1)
            le = byte(4 + 1 + lc) == 0 ? 256 : byte(4 + 1 + lc);
    } else if (body > 3 && byte(4) == 0) {
        extended = true;
        lc = byte(5) << 8 | byte(6);
        if (body == 3 + lc + 2) {
            le = byte(7 + lc) << 8 | byte(8 + lc);
            le = le == 0 ? 65536 : le;
        }
    }
    if (lc > 0)
        line += QStringLiteral(" Lc=%1").arg(lc);
    if (le >= 0)
        line += QStringLiteral(" Le=%1").arg(le);
    if (extended)
        line += QStringLiteral(" (extended)");
    return line;
}

QString ApduTrace::describeResponse(const QByteArray& response)
{
    if (fullTraceEnabled())
        return QStringLiteral("R: ") + QString::fromLatin1(response.toHex(' ').toUpper());
    if (response.size() < 2)
        return QStringLiteral("R: malformed (%1 bytes)").arg(response.size());
    return QStringLiteral("R: %1 bytes SW=%2%3")
        .arg(response.size() - 2)
        .arg(hexByte(quint8(response.at(response.size() - 2))), hexByte(quint8(response.at(response.size() - 1))));
}

} // namespace motcua::cccd
