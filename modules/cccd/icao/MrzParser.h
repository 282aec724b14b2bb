#pragma once

#include "MrzData.h"
#include "Result.h"

#include <QStringList>

namespace motcua::cccd {

// Parses the TD1 MRZ of a CCCD (ICAO 9303-5) with every check digit (ICAO 9303-3).
// Tolerates scanner/typing noise: spaces, lower case, '«' for '<', one string or three lines, a short
// third line; digits read as letters O/I in date and check-digit positions. Errors name the field.
class MrzParser
{
public:
    // `text` may hold the three lines separated by newlines, or the 90 characters in one run.
    static Result<MrzData> parseTd1(const QString& text);
    static Result<MrzData> parseTd1(const QStringList& lines);

    // ICAO 9303-3 check digit (weights 7, 3, 1; '<' = 0). -1 for a character outside [0-9A-Z<].
    static int checkDigit(QStringView field);
    // Upper case, whitespace removed, look-alike fillers mapped to '<'.
    static QString normalizeLine(const QString& line);
};

} // namespace motcua::cccd
