#pragma once

#include <QString>

namespace motcua::security {

// The outcome of walking the audit chain.
struct AuditVerification
{
    bool intact = true;
    qint64 rows = 0;        // rows read
    qint64 firstBadSeq = 0; // the first row that does not fit the chain (0 when intact)
    QString problem;        // what is wrong with it, in English (no personal data)
    QString headHash;       // hash of the last row: record it elsewhere to detect truncation
};

} // namespace motcua::security
