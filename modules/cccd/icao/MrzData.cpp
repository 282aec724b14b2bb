#include "MrzData.h"

namespace motcua::cccd {

QString MrzData::fullName() const
{
    if (givenNames.isEmpty())
        return surname;
    if (surname.isEmpty())
        return givenNames;
    return surname + QLatin1Char(' ') + givenNames;
}

QDate MrzData::birthDate(const QDate& today) const
{
    if (dateOfBirth.size() != 6)
        return {};
    bool ok = false;
    const int yy = dateOfBirth.left(2).toInt(&ok);
    if (!ok)
        return {};
    const int century = (2000 + yy > today.year()) ? 1900 : 2000;
    return QDate(century + yy, dateOfBirth.mid(2, 2).toInt(), dateOfBirth.mid(4, 2).toInt());
}

QDate MrzData::expiryDate() const
{
    if (dateOfExpiry.size() != 6)
        return {};
    bool ok = false;
    const int yy = dateOfExpiry.left(2).toInt(&ok);
    if (!ok)
        return {};
    return QDate(2000 + yy, dateOfExpiry.mid(2, 2).toInt(), dateOfExpiry.mid(4, 2).toInt());
}

BacKeySeed MrzData::bacKeySeed() const
{
    return BacKeySeed{documentNumber, dateOfBirth, dateOfExpiry};
}

} // namespace motcua::cccd
