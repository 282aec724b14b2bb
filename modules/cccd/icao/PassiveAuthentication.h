#pragma once

#include "CitizenIdentity.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace motcua::cccd {

class CscaStore;

// Outcome of passive authentication (ICAO 9303-11 §5.1) in three separate verdicts, plus the detail
// the diagnostics view shows. `problems` holds technical English sentences without personal data.
struct PassiveAuthentication
{
    Verdict dataIntact = Verdict::NotChecked;     // every DG read hashes to its value in the SOD
    Verdict signatureValid = Verdict::NotChecked; // the SOD signature verifies with its document signer
    Verdict issuerTrusted = Verdict::NotChecked;  // the document signer chains to a CSCA of the trust store

    QString hashAlgorithm;      // "SHA256"
    QString signatureAlgorithm; // "ecdsa-with-SHA256", "RSASSA-PSS", "sha256WithRSAEncryption" …
    QString signerKey;          // "EC brainpoolP256r1", "RSA 2048"
    QString signerSubject;      // DN of the document signer (an authority, not a person)
    QString signerIssuer;
    QDateTime signerNotBefore;
    QDateTime signerNotAfter;
    QMap<int, bool> dataGroupMatches; // DG number → hash matched, for every DG read and listed
    QList<int> notInSod;              // DGs read but not listed in the SOD (cannot be trusted)
    QStringList problems;

    bool allPassed() const
    {
        return dataIntact == Verdict::Passed && signatureValid == Verdict::Passed && issuerTrusted == Verdict::Passed;
    }

    // Runs the three checks. `dataGroups` holds each DG's bytes exactly as read (tag, length, value).
    // `trustStore` may be null or empty: issuerTrusted is then NotChecked.
    static PassiveAuthentication verify(const QByteArray& sodFile, const QMap<int, QByteArray>& dataGroups,
                                        const CscaStore* trustStore);
};

} // namespace motcua::cccd
