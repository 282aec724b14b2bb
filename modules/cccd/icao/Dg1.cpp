#include "Dg1.h"

#include "CardErrors.h"
#include "MrzParser.h"
#include "Tlv.h"

namespace motcua::cccd {

Result<Dg1> Dg1::parse(const QByteArray& file)
{
    auto outer = Tlv::parseSingle(file, true);
    if (!outer || outer->tag != 0x61)
        return cardError(errc::FileMalformed, QStringLiteral("DG1: not a 61 template"));
    auto kids = outer->children();
    if (!kids)
        return cardError(errc::FileMalformed, QStringLiteral("DG1: %1").arg(kids.error().message));
    const auto mrzElement = Tlv::find(*kids, 0x5F1F);
    if (!mrzElement)
        return cardError(errc::FileMalformed, QStringLiteral("DG1: no 5F1F MRZ element"));
    Dg1 dg;
    dg.mrzBytes = mrzElement->value;
    if (dg.mrzBytes.size() != 90)
        return cardError(
            errc::FileMalformed,
            QStringLiteral("DG1: MRZ of %1 characters, only TD1 (90) is supported").arg(dg.mrzBytes.size()));
    for (const char c : dg.mrzBytes) {
        if (static_cast<quint8>(c) < 0x20 || static_cast<quint8>(c) > 0x7E)
            return cardError(errc::FileMalformed, QStringLiteral("DG1: MRZ holds non-printable bytes"));
    }
    const QString text = QString::fromLatin1(dg.mrzBytes);
    auto mrz = MrzParser::parseTd1(QStringList{text.mid(0, 30), text.mid(30, 30), text.mid(60, 30)});
    if (!mrz)
        return cardError(errc::FileMalformed, QStringLiteral("DG1: %1").arg(mrz.error().message));
    dg.mrz = *mrz;
    return dg;
}

QByteArray Dg1::encode(const QStringList& lines)
{
    return Tlv::encode(0x61, Tlv::encode(0x5F1F, lines.join(QString()).toLatin1()));
}

} // namespace motcua::cccd
