#include "Applicant.h"

namespace motcua {

QString validatePersonalId(const QString& idNumber)
{
    if (idNumber.size() != 12)
        return QStringLiteral("id.length");
    for (const QChar c : idNumber)
        if (!c.isDigit() || c.unicode() > '9')
            return QStringLiteral("id.not_digits");
    // Digit 4 encodes century and sex: 0–9 are all assigned (1900s … 2300s), so only the province
    // part can be checked: codes 001–096 (QĐ 124/2004 numbering kept on cards).
    const int province = idNumber.left(3).toInt();
    if (province < 1 || province > 96)
        return QStringLiteral("id.province");
    return {};
}

} // namespace motcua
