// motcua-cli qr: parses the text of the QR code printed on a CCCD (2021) or thẻ căn cước (2024).
//
//   motcua-cli qr parse '001095012345|123456789|Nguyễn Văn An|15031995|Nam|Hà Nội|10072021' --json
#include "CliCommand.h"
#include "QrCodeParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace motcua::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

int runParse(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Parses the '|'-separated text of the card's QR code: 12-digit ID, old CMND, name, date of birth, "
           "sex, address, date of issue (and the extra fields of 2024 cards). The ID and dates are validated."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The QR code text, quoted."));
    const int parsed = cli.parse(
        parser, args,
        QStringLiteral("motcua-cli qr parse '001095012345||Nguyễn Văn An|15031995|Nam|Hà Nội|10072021' --json"));
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cli.badInput(tr("give the QR text as one (quoted) argument"));
    auto qr = cccd::QrCodeParser::parse(positional.first());
    if (!qr.ok())
        return cli.badInput(QStringLiteral("%1 (%2)").arg(qr.error().message, qr.error().code));

    const cccd::QrCodeData& q = qr.value();
    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{
            {QStringLiteral("format"), cccd::QrCodeData::formatName(q.format)},
            {QStringLiteral("idNumber"), q.idNumber},
            {QStringLiteral("oldIdNumber"), q.oldIdNumber},
            {QStringLiteral("fullName"), q.fullName},
            {QStringLiteral("dateOfBirth"), isoDate(q.dateOfBirth)},
            {QStringLiteral("sex"), q.sex},
            {QStringLiteral("address"), q.address},
            {QStringLiteral("issuedOn"), isoDate(q.issuedOn)},
            {QStringLiteral("extraFields"), QJsonArray::fromStringList(q.extraFields)},
            {QStringLiteral("documentNumber"), q.documentNumber()},
            {QStringLiteral("can"), q.can()},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(q.warnings)},
        });
        return ExitOk;
    }
    cli.out() << tr("QR code (%1)").arg(cccd::QrCodeData::formatName(q.format)) << "\n"
              << tr("ID number: %1").arg(q.idNumber) << "\n"
              << tr("Name: %1").arg(q.fullName) << "\n"
              << tr("Date of birth: %1").arg(q.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"))) << "\n"
              << tr("CAN (opens the chip): %1").arg(q.can()) << "\n";
    for (const QString& w : q.warnings)
        cli.out() << tr("Warning: %1").arg(w) << "\n";
    cli.out().flush();
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(cli, tr("Parses the QR code text of a chip ID card."),
                     {
                         {QStringLiteral("parse"), tr("read the fields of the QR code text: TEXT"), &runParse},
                     });
}

const CliRegistration registration{{QStringLiteral("qr"), QStringLiteral("parse a card's QR code text (parse)"), &run}};

} // namespace
} // namespace motcua::cli
