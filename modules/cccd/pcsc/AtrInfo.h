#pragma once

#include <QByteArray>

namespace motcua::cccd {

// The parts of an ATR (ISO/IEC 7816-3/-4) the transport needs. Contactless readers synthesise the ATR
// (PC/SC part 3) and carry the card's capabilities in the historical bytes.
class AtrInfo
{
public:
    explicit AtrInfo(const QByteArray& atr);

    bool isValid() const { return m_valid; }
    QByteArray historicalBytes() const { return m_historical; }
    // Card capabilities (compact-TLV tag 7, third software function table, bit 7): extended Lc/Le.
    bool advertisesExtendedLength() const { return m_extendedLength; }

private:
    QByteArray m_historical;
    bool m_valid = false;
    bool m_extendedLength = false;
};

} // namespace motcua::cccd
