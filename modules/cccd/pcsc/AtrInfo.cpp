#include "AtrInfo.h"

namespace motcua::cccd {

AtrInfo::AtrInfo(const QByteArray& atr)
{
    if (atr.size() < 2)
        return;
    const auto at = [&atr](int i) { return quint8(atr.at(i)); };
    const int historicalCount = at(1) & 0x0F;
    int y = at(1) >> 4;
    int i = 2;
    // Interface bytes: each TDi announces which of TA/TB/TC/TD(i+1) follow.
    while (true) {
        i += ((y & 1) ? 1 : 0) + ((y & 2) ? 1 : 0) + ((y & 4) ? 1 : 0);
        if (!(y & 8))
            break;
        if (i >= atr.size())
            return;
        y = at(i) >> 4;
        ++i;
    }
    if (i + historicalCount > atr.size())
        return;
    m_historical = atr.mid(i, historicalCount);
    m_valid = true;

    if (m_historical.isEmpty())
        return;
    const quint8 category = quint8(m_historical.at(0));
    int end = m_historical.size();
    if (category == 0x00)
        end -= 3; // compact-TLV followed by a 3-byte status indicator
    else if (category != 0x80)
        return; // proprietary historical bytes: nothing we can read
    int p = 1;
    while (p < end) {
        const quint8 tl = quint8(m_historical.at(p));
        const int tag = tl >> 4;
        const int len = tl & 0x0F;
        if (p + 1 + len > end)
            break;
        if (tag == 0x7 && len >= 3)
            m_extendedLength = (quint8(m_historical.at(p + 3)) & 0x40) != 0;
        p += 1 + len;
    }
}

} // namespace motcua::cccd
