#pragma once

#include <QDate>
#include <QString>

namespace motcua {

// A person (or organisation) submitting a dossier, or the authorised representative acting for them.
struct Applicant
{
    QString fullName;
    QString idNumber; // 12-digit số định danh cá nhân (CCCD); an organisation's code for organisations
    QDate dateOfBirth;
    QString sex;          // "Nam" / "Nữ" as on the card
    QString address;      // free text as on the card or as told
    QString provinceCode; // QĐ 19/2025 2-digit code, when known
    QString communeCode;  // QĐ 19/2025 5-digit code, when known
    QString phone;
    QString email;
    QString identitySource; // "chip", "qr", "mrz", "manual"

    bool isEmpty() const { return fullName.isEmpty() && idNumber.isEmpty(); }
};

// Checks a 12-digit personal identification number: digits only, province code and century/sex digit
// plausible. Returns an empty string when valid, otherwise a stable error code.
QString validatePersonalId(const QString& idNumber);

} // namespace motcua
