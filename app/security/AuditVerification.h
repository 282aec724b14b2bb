#pragma once

#include <QString>

namespace motcua::security {

// The outcome of walking the audit chain.
struct AuditVerification
{
    // What is wrong with the first bad row, for a sentence in the user's language.
    enum class Problem { None, RowsMissing, OutOfOrder, BrokenLink, Altered, HeadMissing };

    bool intact = true;
    qint64 rows = 0;        // rows read
    qint64 firstBadSeq = 0; // the first row that does not fit the chain (0 when intact)
    Problem kind = Problem::None;
    QString problem;  // what is wrong with it, in English (no personal data)
    QString headHash; // hash of the last row: record it elsewhere to detect truncation
};

} // namespace motcua::security
