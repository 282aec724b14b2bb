#include "LdsFile.h"

namespace motcua::cccd {

namespace {
// Outer tags of DG1…DG16 (ICAO 9303-10 table 4).
constexpr quint32 DataGroupTags[17] = {0,    0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68,
                                       0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70};
} // namespace

quint16 LdsFile::fidOfDataGroup(int dataGroup)
{
    if (dataGroup < 1 || dataGroup > 16)
        return 0;
    return static_cast<quint16>(0x0100 + dataGroup);
}

int LdsFile::dataGroupOfFid(quint16 fid)
{
    if (fid >= 0x0101 && fid <= 0x0110)
        return fid - 0x0100;
    return 0;
}

int LdsFile::dataGroupOfTag(quint32 tag)
{
    for (int dg = 1; dg <= 16; ++dg) {
        if (DataGroupTags[dg] == tag)
            return dg;
    }
    return 0;
}

quint32 LdsFile::tagOfDataGroup(int dataGroup)
{
    if (dataGroup < 1 || dataGroup > 16)
        return 0;
    return DataGroupTags[dataGroup];
}

QString LdsFile::name(quint16 fid)
{
    switch (fid) {
    case CardAccess:
        return QStringLiteral("EF.CardAccess");
    case Com:
        return QStringLiteral("EF.COM");
    case Sod:
        return QStringLiteral("EF.SOD");
    default:
        break;
    }
    if (const int dg = dataGroupOfFid(fid))
        return QStringLiteral("DG%1").arg(dg);
    return QStringLiteral("EF %1").arg(fid, 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace motcua::cccd
