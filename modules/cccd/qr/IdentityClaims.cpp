#include "IdentityClaims.h"

#include "MrzData.h"
#include "QrCodeData.h"
#include "TextFold.h"

namespace motcua::cccd {

QString IdentityClaims::canonicalSex(const QString& sex)
{
    const QString folded = foldForSearch(sex);
    if (folded == QLatin1String("nam") || folded == QLatin1String("m") || folded == QLatin1String("male"))
        return QStringLiteral("M");
    if (folded == QLatin1String("nu") || folded == QLatin1String("f") || folded == QLatin1String("female"))
        return QStringLiteral("F");
    return {};
}

IdentityClaims IdentityClaims::fromQr(const QrCodeData& qr)
{
    IdentityClaims c;
    c.source = Source::Qr;
    c.idNumber = qr.idNumber;
    c.oldIdNumber = qr.oldIdNumber;
    c.fullName = qr.fullName;
    c.sex = canonicalSex(qr.sex);
    c.address = qr.address;
    c.dateOfBirth = qr.dateOfBirth;
    c.issuedOn = qr.issuedOn;
    return c;
}

IdentityClaims IdentityClaims::fromChip(const CitizenIdentity& identity)
{
    IdentityClaims c;
    c.source = Source::Chip;
    c.idNumber = identity.idNumber;
    c.oldIdNumber = identity.oldIdNumber;
    c.documentNumber = identity.documentNumber;
    c.fullName = identity.fullName;
    c.sex = canonicalSex(identity.sex);
    c.address = identity.placeOfResidence;
    c.dateOfBirth = identity.dateOfBirth;
    c.expiresOn = identity.expiresOn;
    c.issuedOn = identity.issuedOn;
    return c;
}

IdentityClaims IdentityClaims::fromMrz(const MrzData& mrz)
{
    IdentityClaims c;
    c.source = Source::Mrz;
    c.idNumber = mrz.idNumber;
    c.documentNumber = mrz.documentNumber;
    c.fullName = mrz.fullName();
    c.nameHasNoDiacritics = true;
    c.sex = canonicalSex(mrz.sex);
    c.dateOfBirth = mrz.birthDate();
    c.expiresOn = mrz.expiryDate();
    return c;
}

} // namespace motcua::cccd
