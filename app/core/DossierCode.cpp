#include "DossierCode.h"

#include <QRegularExpression>

namespace motcua {

namespace {

const QRegularExpression& groupPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Z]+$"));
    return re;
}

const QRegularExpression& levelOnePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Y][0-9]{2}$"));
    return re;
}

QString sequenceText(int sequence, int minDigits)
{
    return QString::number(sequence).rightJustified(minDigits, QLatin1Char('0'));
}

Result<QString> invalid(const QString& code, const QString& message)
{
    return Result<QString>::failure(code, message);
}

} // namespace

QString DossierCode::validateAgencyId(const QString& agencyId)
{
    if (agencyId.isEmpty())
        return QStringLiteral("code.agency_empty");
    if (agencyId.size() > kMaxAgencyIdLength)
        return QStringLiteral("code.agency_too_long");
    const QStringList groups = agencyId.split(QLatin1Char('.'));
    for (const QString& g : groups)
        if (!groupPattern().match(g).hasMatch())
            return QStringLiteral("code.agency_characters");
    if (!levelOnePattern().match(groups.first()).hasMatch() && !levelOnePattern().match(groups.last()).hasMatch())
        return QStringLiteral("code.agency_level1");
    return {};
}

QString DossierCode::validateDeskId(const QString& deskId)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Z]{1,8}$"));
    return re.match(deskId).hasMatch() ? QString() : QStringLiteral("code.desk_id");
}

Result<QString> DossierCode::format(const QString& agencyId, QDate receivedOn, int sequence)
{
    if (const QString err = validateAgencyId(agencyId); !err.isEmpty())
        return invalid(err, QStringLiteral("invalid agency id"));
    if (!receivedOn.isValid())
        return invalid(QStringLiteral("code.date"), QStringLiteral("invalid reception date"));
    if (sequence < 1)
        return invalid(QStringLiteral("code.sequence"), QStringLiteral("sequence must be positive"));
    return QStringLiteral("%1-%2-%3")
        .arg(agencyId, receivedOn.toString(QStringLiteral("yyMMdd")), sequenceText(sequence, 4));
}

Result<QString> DossierCode::formatCentralised(const QString& agencyId, QDate receivedOn, const QString& ministryPrefix,
                                               int sequence)
{
    static const QRegularExpression twoDigits(QStringLiteral("^[0-9]{2}$"));
    if (!twoDigits.match(ministryPrefix).hasMatch())
        return invalid(QStringLiteral("code.ministry_prefix"), QStringLiteral("ministry prefix must be 2 digits"));
    auto base = format(agencyId, receivedOn, sequence);
    if (!base)
        return base;
    return QStringLiteral("%1-%2-%3%4")
        .arg(agencyId, receivedOn.toString(QStringLiteral("yyMMdd")), ministryPrefix, sequenceText(sequence, 4));
}

Result<QString> DossierCode::formatProvisional(const QString& deskId, QDate receivedOn, int sequence)
{
    if (const QString err = validateDeskId(deskId); !err.isEmpty())
        return invalid(err, QStringLiteral("invalid desk id"));
    if (!receivedOn.isValid())
        return invalid(QStringLiteral("code.date"), QStringLiteral("invalid reception date"));
    if (sequence < 1)
        return invalid(QStringLiteral("code.sequence"), QStringLiteral("sequence must be positive"));
    return QStringLiteral("%1-%2-%3-%4")
        .arg(QLatin1String(kProvisionalPrefix), deskId, receivedOn.toString(QStringLiteral("yyMMdd")),
             sequenceText(sequence, 4));
}

Result<DossierCodeParts> DossierCode::parse(const QString& code)
{
    using R = Result<DossierCodeParts>;
    const QStringList parts = code.trimmed().split(QLatin1Char('-'));
    DossierCodeParts out;
    QString agency;
    QString date;
    QString seq;
    if (parts.size() == 4 && parts[0] == QLatin1String(kProvisionalPrefix)) {
        out.provisional = true;
        agency = parts[1];
        date = parts[2];
        seq = parts[3];
        if (!validateDeskId(agency).isEmpty())
            return R::failure(QStringLiteral("code.desk_id"), QStringLiteral("invalid desk id"));
    } else if (parts.size() == 3) {
        agency = parts[0];
        date = parts[1];
        seq = parts[2];
        if (const QString err = validateAgencyId(agency); !err.isEmpty())
            return R::failure(err, QStringLiteral("invalid agency id"));
    } else {
        return R::failure(QStringLiteral("code.shape"), QStringLiteral("expected AGENCY-YYMMDD-SEQUENCE"));
    }
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,}$"));
    if (!sixDigits.match(date).hasMatch())
        return R::failure(QStringLiteral("code.date"), QStringLiteral("date part must be YYMMDD"));
    // Two-digit years are read in the 2000s: codes exist since 2018.
    out.receivedOn = QDate(2000 + date.left(2).toInt(), date.mid(2, 2).toInt(), date.right(2).toInt());
    if (!out.receivedOn.isValid())
        return R::failure(QStringLiteral("code.date"), QStringLiteral("date part is not a calendar date"));
    if (!digits.match(seq).hasMatch())
        return R::failure(QStringLiteral("code.sequence"), QStringLiteral("sequence must be at least 4 digits"));
    // Six or more digits: TT 04/2025 centralised form, the first two digits name the ministry.
    if (!out.provisional && seq.size() >= 6) {
        out.ministryPrefix = seq.left(2);
        seq = seq.mid(2);
    }
    out.agencyId = agency;
    out.sequence = seq.toInt();
    if (out.sequence < 1)
        return R::failure(QStringLiteral("code.sequence"), QStringLiteral("sequence must be positive"));
    return out;
}

} // namespace motcua
