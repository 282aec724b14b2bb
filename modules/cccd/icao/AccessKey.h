#pragma once

#include "BacKeySeed.h"

#include <QString>

namespace motcua::cccd {

// What opens the chip: the MRZ data (BAC) or the 6-digit card access number (PACE-CAN; on the CCCD the
// last 6 digits of the 12-digit ID, which the QR code gives).
struct AccessKey
{
    enum class Kind { Mrz, Can };

    Kind kind = Kind::Mrz;
    BacKeySeed mrz;
    QString can;

    static AccessKey fromMrz(const BacKeySeed& seed) { return AccessKey{Kind::Mrz, seed, {}}; }
    static AccessKey fromCan(const QString& can) { return AccessKey{Kind::Can, {}, can}; }
};

} // namespace motcua::cccd
