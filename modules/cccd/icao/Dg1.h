#pragma once

#include "MrzData.h"
#include "Result.h"

#include <QByteArray>
#include <QStringList>

namespace motcua::cccd {

// DG1 (tag 61): the MRZ as stored on the chip, in 5F1F (ICAO 9303-10 §4.7.1). The CCCD carries a TD1 MRZ.
struct Dg1
{
    QByteArray mrzBytes; // 90 characters for TD1, as read
    MrzData mrz;

    // Parses and check-digit-verifies the MRZ. A chip MRZ failing its check digits is an error.
    static Result<Dg1> parse(const QByteArray& file);
    static QByteArray encode(const QStringList& lines);
};

} // namespace motcua::cccd
