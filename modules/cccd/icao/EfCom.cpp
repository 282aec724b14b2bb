#include "EfCom.h"

#include "CardErrors.h"
#include "LdsFile.h"
#include "Tlv.h"

namespace motcua::cccd {

Result<EfCom> EfCom::parse(const QByteArray& file)
{
    auto outer = Tlv::parseSingle(file, true);
    if (!outer)
        return cardError(errc::FileMalformed, QStringLiteral("EF.COM: %1").arg(outer.error().message));
    if (outer->tag != 0x60)
        return cardError(errc::FileMalformed, QStringLiteral("EF.COM: outer tag is not 60"));
    auto kids = outer->children();
    if (!kids)
        return cardError(errc::FileMalformed, QStringLiteral("EF.COM: %1").arg(kids.error().message));
    EfCom com;
    for (const TlvElement& e : *kids) {
        if (e.tag == 0x5F01)
            com.ldsVersion = QString::fromLatin1(e.value);
        else if (e.tag == 0x5F36)
            com.unicodeVersion = QString::fromLatin1(e.value);
        else if (e.tag == 0x5C) {
            for (const char c : e.value) {
                const int dg = LdsFile::dataGroupOfTag(static_cast<quint8>(c));
                if (dg > 0 && !com.dataGroups.contains(dg))
                    com.dataGroups << dg;
            }
        }
    }
    return com;
}

QByteArray EfCom::encode() const
{
    QByteArray tags;
    for (const int dg : dataGroups)
        tags.append(static_cast<char>(LdsFile::tagOfDataGroup(dg)));
    return Tlv::encode(0x60, Tlv::encode(0x5F01, ldsVersion.toLatin1()) +
                                 Tlv::encode(0x5F36, unicodeVersion.toLatin1()) + Tlv::encode(0x5C, tags));
}

} // namespace motcua::cccd
