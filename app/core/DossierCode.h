#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace motcua {

// The parts of a dossier code (DOMAIN.md §1): receiving agency's electronic id + YYMMDD + daily sequence.
struct DossierCodeParts
{
    QString agencyId; // QĐ 20/2020 electronic id, e.g. "H15.50.05.13"; desk id for provisional codes
    QDate receivedOn;
    int sequence = 0;       // number of the dossier within the reception day
    QString ministryPrefix; // "AA" of TT 04/2025 codes for nationally centralised systems, else empty
    bool provisional = false;
};

// Formats and parses dossier codes.
//  official:     H15.50.05.13-261008-0975        (sequence at least 4 digits, longer when needed)
//  centralised:  H15.50.05.13-261008-150123      (TT 04/2025: 2-digit ministry prefix + sequence)
//  provisional:  TAM-Q01-261008-0003             (minted offline by desk Q01; replaced by the official code)
class DossierCode
{
public:
    static constexpr int kMaxAgencyIdLength = 35;
    static constexpr auto kProvisionalPrefix = "TAM";

    static Result<QString> format(const QString& agencyId, QDate receivedOn, int sequence);
    static Result<QString> formatCentralised(const QString& agencyId, QDate receivedOn, const QString& ministryPrefix,
                                             int sequence);
    static Result<QString> formatProvisional(const QString& deskId, QDate receivedOn, int sequence);
    static Result<DossierCodeParts> parse(const QString& code);

    // Empty when valid, else a stable error code. Accepts both QĐ 20/2020 order (level-1 group first,
    // e.g. "H15.50.05.13") and the older TT 10/2016 order (level-1 group last, "000.12.30.H26").
    static QString validateAgencyId(const QString& agencyId);
    static QString validateDeskId(const QString& deskId);
};

} // namespace motcua
