#pragma once

#include "QrCodeData.h"
#include "Result.h"

namespace motcua::cccd {

// Parses the '|'-separated text of the card's QR code (CCCD.md §6.1–6.2).
//
// Strict on what identifies the citizen (field 0 must be a valid 12-digit ID, dates present must be real
// DDMMYYYY dates), tolerant on the rest: missing trailing fields, empty old ID, unknown sex spelling,
// extra 2024 fields. Text arriving through a keyboard wedge is cleaned first (scanner suffix, control
// characters, UTF-8 read as Latin-1) and normalised to NFC.
class QrCodeParser
{
public:
    // Error codes: qr.empty, qr.not_cccd, qr.invalid_id, qr.invalid_date.
    static Result<QrCodeData> parse(const QString& text, const QDate& today = QDate::currentDate());

    // Undoes the common "UTF-8 bytes shown as Latin-1" damage ("Nguyá»…n" → "Nguyễn") when the text
    // decodes cleanly; otherwise returns the text unchanged.
    static QString repairMojibake(const QString& text, bool* repaired = nullptr);
    // Parses DDMMYYYY; invalid QDate when malformed.
    static QDate parseDate(QStringView text);
};

} // namespace motcua::cccd
