#pragma once

#include "CitizenIdentity.h"
#include "IdentityClaims.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace motcua::cccd {

// Compares what the QR code, the chip and the MRZ say about the citizen (CCCD.md §11 step 6) and lists
// every difference, so the official sees it instead of one source silently winning.
//
// Keys of the result are CitizenIdentity field names ("idNumber", "fullName", "dateOfBirth", "sex",
// "expiresOn", "issuedOn", "placeOfResidence", "oldIdNumber", "documentNumber"); values are translated
// descriptions naming each source and what it says (shown on screen, never logged).
// Names compare diacritic- and case-insensitively (the MRZ has no diacritics and may be cut at 30
// characters); addresses compare after folding; the MRZ document number must be the ID's last 9 digits.
class IdentityCrossCheck
{
    Q_DECLARE_TR_FUNCTIONS(motcua::cccd::IdentityCrossCheck)
public:
    static QMap<QString, QString> compare(const QList<IdentityClaims>& claims);
    // Replaces identity.mismatches with the result of compare().
    static void apply(CitizenIdentity& identity, const QList<IdentityClaims>& claims);
    static QString sourceName(IdentityClaims::Source source);
};

} // namespace motcua::cccd
