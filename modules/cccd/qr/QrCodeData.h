#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace motcua::cccd {

// What the QR code printed on a CCCD (2021, front) or thẻ căn cước (2024, back) says (CCCD.md §6).
// Fields the code did not carry stay empty/invalid; `warnings` lists what was tolerated.
struct QrCodeData
{
    enum class Format { Cccd2021, Card2024, Unknown };

    Format format = Format::Unknown;
    QString raw; // the text as received (NFC), kept because fields 7+ of the 2024 card are undocumented

    QString idNumber;        // field 0: 12 digits
    QString oldIdNumber;     // field 1: 9-digit CMND, often empty
    QString fullName;        // field 2, NFC
    QDate dateOfBirth;       // field 3, DDMMYYYY
    QString sex;             // field 4, normalised to "Nam" / "Nữ" when recognised
    QString address;         // field 5: nơi thường trú (2021) / nơi cư trú (2024)
    QDate issuedOn;          // field 6, DDMMYYYY
    QStringList extraFields; // fields 7+ (2024 card), raw

    // Codes of tolerated problems, e.g. "qr.missing_fields", "qr.diacritics_missing", "qr.mojibake_repaired".
    QStringList warnings;

    // CAN for PACE: the last 6 digits of the 12-digit ID (CCCD.md §3.3).
    QString can() const { return idNumber.size() == 12 ? idNumber.right(6) : QString(); }
    // BAC document number: the LAST 9 digits of the ID (CCCD.md §2.1).
    QString documentNumber() const { return idNumber.size() == 12 ? idNumber.right(9) : QString(); }
    static QString formatName(Format format);
};

} // namespace motcua::cccd
