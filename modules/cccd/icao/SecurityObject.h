#pragma once

#include "Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace motcua::cccd {

// EF.SOD (tag 77): a CMS SignedData whose content is the LDSSecurityObject (OID 2.23.136.1.1.1) listing
// one hash per data group (ICAO 9303-10 §4.6.2, 9303-11 §5).
struct SecurityObject
{
    QByteArray contentInfo; // DER CMS ContentInfo (the value of tag 77)
    QByteArray eContent;    // DER LDSSecurityObject as signed
    int version = 0;
    QString hashAlgorithmOid;
    QString hashAlgorithm; // OpenSSL digest name: "SHA1", "SHA224", "SHA256", "SHA384", "SHA512"
    QMap<int, QByteArray> dataGroupHashes;

    static Result<SecurityObject> parse(const QByteArray& sodFile);
    // Digest name for a hash OID; empty when not one of the five ICAO hashes.
    static QString digestNameForOid(const QString& oid);
    static QString oidForDigestName(const QString& name);
    // DER LDSSecurityObject for the given hashes (fixture generator).
    static QByteArray encodeLdsSecurityObject(const QString& digestName, const QMap<int, QByteArray>& hashes);
};

} // namespace motcua::cccd
