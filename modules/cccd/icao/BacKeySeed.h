#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace motcua::cccd {

// The three MRZ fields that open the chip with BAC (ICAO 9303-11 §9.7.1): document number, date of birth
// and date of expiry. For a CCCD the document number is the LAST 9 digits of the 12-digit ID.
struct BacKeySeed
{
    QString documentNumber; // as in the MRZ, without trailing fillers
    QString dateOfBirth;    // YYMMDD
    QString dateOfExpiry;   // YYMMDD

    // From the 12-digit personal ID and the two dates as YYMMDD (what an official can type or a QR gives).
    static Result<BacKeySeed> fromIdNumber(const QString& id12, const QString& dobYymmdd, const QString& expiryYymmdd);

    // MRZ_information: number (padded to 9 with '<') ‖ check ‖ DOB ‖ check ‖ expiry ‖ check.
    QByteArray mrzInformation() const;
    // Kseed = first 16 bytes of SHA-1(MRZ_information).
    QByteArray keySeed() const;
    bool isValid() const;
};

} // namespace motcua::cccd
