#pragma once

#include <QByteArray>
#include <QString>

namespace motcua::cccd {

// Object identifiers in dotted form ↔ DER content bytes (without the 06 tag and length).
class Oid
{
public:
    // Empty result when the dotted string is not a valid OID.
    static QByteArray encode(const QString& dotted);
    // Full DER element (06 L content).
    static QByteArray encodeElement(const QString& dotted);
    // Empty string when the bytes are not a valid OID encoding.
    static QString decode(const QByteArray& content);
};

} // namespace motcua::cccd
