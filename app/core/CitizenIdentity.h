#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace motcua {

// Outcome of one passive-authentication check.
enum class Verdict { NotChecked, Passed, Failed };

// Who the card says the citizen is, where that came from and how far it was verified.
// Produced by the card module (chip, QR or MRZ) and consumed by intake to fill the applicant.
struct CitizenIdentity
{
    enum class Source { Chip, Qr, Mrz, Demo };

    Source source = Source::Chip;
    QDateTime readAt;

    QString idNumber;    // 12 digits
    QString oldIdNumber; // 9-digit CMND, when present
    QString fullName;
    QDate dateOfBirth;
    QString sex;
    QString nationality;
    QString ethnicity;
    QString religion;
    QString placeOfOrigin;    // quê quán
    QString placeOfResidence; // nơi thường trú
    QString personalMarks;
    QDate issuedOn;
    QDate expiresOn;
    QString fatherName;
    QString motherName;
    QString spouseName;
    QString documentNumber; // MRZ document number
    QByteArray faceImage;   // JPEG as read (or JPEG 2000 converted); empty when not read
    QString faceFormat;     // "jpeg", "jp2"

    Verdict dataIntact = Verdict::NotChecked;     // DG hashes match the SOD
    Verdict signatureValid = Verdict::NotChecked; // SOD signature verifies with the document signer
    Verdict issuerTrusted = Verdict::NotChecked;  // document signer chains to a trusted CSCA
    Verdict chipAuthentic = Verdict::NotChecked;  // Active Authentication, when DG15 is present
    QMap<QString, QString> mismatches;            // field → description, from QR/chip/MRZ cross-checks

    bool isEmpty() const { return idNumber.isEmpty(); }
    // Wipes personal data held in memory (lock screen, card removed).
    void clear() { *this = CitizenIdentity(); }
};

} // namespace motcua
