#pragma once

#include "CitizenIdentity.h"

#include <QDate>
#include <QString>

namespace motcua::cccd {

struct MrzData;
struct QrCodeData;

// What one source (QR code, chip DG13, MRZ typed or read from DG1) claims about the citizen, reduced to
// the fields the sources have in common so they can be compared. Empty fields are "not said".
struct IdentityClaims
{
    enum class Source { Qr, Chip, Mrz };

    Source source = Source::Chip;
    QString idNumber;
    QString oldIdNumber;
    QString documentNumber; // MRZ document number (last 9 digits of the ID on a CCCD)
    QString fullName;
    bool nameHasNoDiacritics = false; // MRZ names are transliterated (Đ → D) and may be cut at 30 characters
    QString sex;                      // "M" / "F"
    QString address;
    QDate dateOfBirth;
    QDate expiresOn;
    QDate issuedOn;

    static IdentityClaims fromQr(const QrCodeData& qr);
    static IdentityClaims fromChip(const CitizenIdentity& identity);
    static IdentityClaims fromMrz(const MrzData& mrz);
    static QString canonicalSex(const QString& sex);
};

} // namespace motcua::cccd
