#pragma once

#include "BacKeySeed.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace motcua::cccd {

// The fields of a TD1 MRZ (3 × 30), as printed on the back of the CCCD and stored in DG1.
struct MrzData
{
    QStringList lines; // the three normalised lines

    QString documentCode;   // "ID"
    QString issuingState;   // "VNM"
    QString documentNumber; // fillers stripped; CCCD: last 9 digits of the ID
    QString optionalData1;  // line 1 pos 16–30, fillers stripped
    QString idNumber;       // the 12-digit personal ID when optional data 1 holds it (CCCD), else empty
    QString dateOfBirth;    // YYMMDD as printed
    QString sex;            // "M", "F" or "<"
    QString dateOfExpiry;   // YYMMDD as printed
    QString nationality;
    QString optionalData2;
    QString surname;      // primary identifier, '<' → ' '
    QString givenNames;   // secondary identifier
    QStringList warnings; // tolerated oddities ([I] check digit at line 1 pos 30, ID vs number mismatch)

    QString fullName() const;
    // Dates resolved to a century: birth never in the future, expiry in 20YY. Invalid when unknown.
    QDate birthDate(const QDate& today = QDate::currentDate()) const;
    QDate expiryDate() const;
    BacKeySeed bacKeySeed() const;
};

} // namespace motcua::cccd
