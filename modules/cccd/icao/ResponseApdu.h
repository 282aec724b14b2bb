#pragma once

#include <QByteArray>

namespace motcua::cccd {

// A response APDU split into data and status word.
struct ResponseApdu
{
    QByteArray data;
    quint16 sw = 0;

    // From the raw bytes (data ‖ SW1 SW2); a response shorter than 2 bytes yields sw = 0.
    static ResponseApdu fromBytes(const QByteArray& bytes);
    QByteArray toBytes() const;
    bool isSuccess() const { return sw == 0x9000; }
    quint8 sw1() const { return static_cast<quint8>(sw >> 8); }
    quint8 sw2() const { return static_cast<quint8>(sw & 0xFF); }
};

// Common status words (ISO/IEC 7816-4, ICAO 9303-11).
namespace sw {
inline constexpr quint16 Ok = 0x9000;
inline constexpr quint16 EndOfFileWarning = 0x6282;
inline constexpr quint16 AuthenticationFailed = 0x6300;
inline constexpr quint16 WrongLength = 0x6700;
inline constexpr quint16 SecurityNotSatisfied = 0x6982;
inline constexpr quint16 ConditionsNotSatisfied = 0x6985;
inline constexpr quint16 SmObjectsMissing = 0x6987;
inline constexpr quint16 SmObjectsIncorrect = 0x6988;
inline constexpr quint16 WrongData = 0x6A80;
inline constexpr quint16 FileNotFound = 0x6A82;
inline constexpr quint16 IncorrectP1P2 = 0x6A86;
inline constexpr quint16 WrongParameters = 0x6B00;
inline constexpr quint16 InsNotSupported = 0x6D00;
inline constexpr quint16 ClaNotSupported = 0x6E00;
} // namespace sw

} // namespace motcua::cccd
