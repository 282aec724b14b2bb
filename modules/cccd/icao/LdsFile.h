#pragma once

#include <QString>

namespace motcua::cccd {

// Identifiers of the LDS1 files (ICAO 9303-10 §4): FID, short file identifier, outer tag, DG number.
class LdsFile
{
public:
    static constexpr quint16 CardAccess = 0x011C;
    static constexpr quint16 Com = 0x011E;
    static constexpr quint16 Sod = 0x011D;

    // FID of DG1…DG16 (01 01 … 01 10); 0 for other numbers.
    static quint16 fidOfDataGroup(int dataGroup);
    // DG number of a FID, 0 when it is not a data group.
    static int dataGroupOfFid(quint16 fid);
    // DG number of the outer tag used in EF.COM's tag list (61 → 1, 75 → 2, 6D → 13 …), 0 when unknown.
    static int dataGroupOfTag(quint32 tag);
    static quint32 tagOfDataGroup(int dataGroup);
    // Display/log name: "EF.COM", "DG13", "EF.SOD" …
    static QString name(quint16 fid);
};

} // namespace motcua::cccd
