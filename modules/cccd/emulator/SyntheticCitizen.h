#pragma once

#include <QDate>
#include <QString>

namespace motcua::cccd {

// A fictitious citizen for fixtures and demo mode. Addresses name obviously fake places ("Xã Thử Nghiệm,
// Huyện Mẫu, Tỉnh Ví Dụ" = Test commune, Sample district, Example province); no real person's data.
struct SyntheticCitizen
{
    QString idNumber; // 12 digits
    QString oldIdNumber;
    QString fullName; // NFC, with diacritics
    QDate dateOfBirth;
    bool female = false;
    QString nationality = QStringLiteral("Việt Nam");
    QString ethnicity = QStringLiteral("Kinh");
    QString religion = QStringLiteral("Không");
    QString placeOfOrigin;
    QString placeOfResidence;
    QString personalMarks;
    QDate issuedOn;
    QDate expiresOn; // invalid = no expiry ("Không thời hạn")
    QString fatherName;
    QString motherName;
    QString spouseName;
    QString field16; // DG13 field 16 (meaning unknown on real cards); empty = omitted

    QString sexText() const { return female ? QStringLiteral("Nữ") : QStringLiteral("Nam"); }
    // CAN for PACE: the last 6 digits of the ID.
    QString can() const { return idNumber.right(6); }
};

} // namespace motcua::cccd
