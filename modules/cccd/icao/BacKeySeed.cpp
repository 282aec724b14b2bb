#include "BacKeySeed.h"

#include "CardErrors.h"
#include "IcaoCrypto.h"
#include "MrzParser.h"

#include <QRegularExpression>

namespace motcua::cccd {

namespace {

bool isSixDigits(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{6}$"));
    return re.match(s).hasMatch();
}

} // namespace

Result<BacKeySeed> BacKeySeed::fromIdNumber(const QString& id12, const QString& dobYymmdd, const QString& expiryYymmdd)
{
    static const QRegularExpression idRe(QStringLiteral("^[0-9]{12}$"));
    const QString id = id12.trimmed();
    const QString dob = dobYymmdd.trimmed();
    const QString expiry = expiryYymmdd.trimmed();
    if (!idRe.match(id).hasMatch())
        return cardError(errc::AccessKeyInvalid, QStringLiteral("ID number must be 12 digits"));
    if (!isSixDigits(dob))
        return cardError(errc::AccessKeyInvalid, QStringLiteral("date of birth must be YYMMDD"));
    if (!isSixDigits(expiry))
        return cardError(errc::AccessKeyInvalid, QStringLiteral("date of expiry must be YYMMDD"));
    BacKeySeed seed;
    seed.documentNumber = id.right(9); // CCCD: the last 9 digits, never the first 9
    seed.dateOfBirth = dob;
    seed.dateOfExpiry = expiry;
    return seed;
}

QByteArray BacKeySeed::mrzInformation() const
{
    QString number = documentNumber;
    while (number.size() < 9)
        number.append(QLatin1Char('<'));
    QString info;
    info += number + QString::number(MrzParser::checkDigit(number));
    info += dateOfBirth + QString::number(MrzParser::checkDigit(dateOfBirth));
    info += dateOfExpiry + QString::number(MrzParser::checkDigit(dateOfExpiry));
    return info.toLatin1();
}

QByteArray BacKeySeed::keySeed() const
{
    return IcaoCrypto::sha1(mrzInformation()).left(16);
}

bool BacKeySeed::isValid() const
{
    return !documentNumber.isEmpty() && dateOfBirth.size() == 6 && dateOfExpiry.size() == 6;
}

} // namespace motcua::cccd
