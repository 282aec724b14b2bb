// motcua-cli mrz: parses and checks the TD1 MRZ of a CCCD with the desk's own parser.
//
//   motcua-cli mrz parse IDVNM0950123455001095012345\<\<6 9503157M3503155VNM\<\<\<\<\<\<\<\<\<\<\<2 NGUYEN\<\<VAN\<AN
//   --json
#include "CliCommand.h"
#include "MrzParser.h"

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
        tr("Parses the three MRZ lines on the back of a CCCD (TD1, 3 × 30 characters) and checks every check "
           "digit. The lines may also be given as one argument of 90 characters. Quote '<' in the shell."));
    parser.addPositionalArgument(QStringLiteral("L1 L2 L3"), tr("The three MRZ lines."));
    const int parsed = cli.parse(parser, args,
                                 QStringLiteral("motcua-cli mrz parse 'IDVNM0950123455001095012345<<6' "
                                                "'9503157M3503155VNM<<<<<<<<<<<2' 'NGUYEN<<VAN<AN' --json"));
    if (parsed >= 0)
        return parsed;
    const QStringList lines = parser.positionalArguments();
    if (lines.isEmpty() || lines.size() == 2 || lines.size() > 3)
        return cli.badInput(tr("give the three MRZ lines (or all 90 characters as one argument)"));
    auto mrz = lines.size() == 1 ? cccd::MrzParser::parseTd1(lines.first()) : cccd::MrzParser::parseTd1(lines);
    if (!mrz.ok())
        return cli.badInput(QStringLiteral("%1 (%2)").arg(mrz.error().message, mrz.error().code));

    const cccd::MrzData& m = mrz.value();
    const cccd::BacKeySeed seed = m.bacKeySeed();
    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{
            {QStringLiteral("lines"), QJsonArray::fromStringList(m.lines)},
            {QStringLiteral("documentCode"), m.documentCode},
            {QStringLiteral("issuingState"), m.issuingState},
            {QStringLiteral("documentNumber"), m.documentNumber},
            {QStringLiteral("idNumber"), m.idNumber},
            {QStringLiteral("optionalData1"), m.optionalData1},
            {QStringLiteral("dateOfBirth"), isoDate(m.birthDate())},
            {QStringLiteral("sex"), m.sex},
            {QStringLiteral("dateOfExpiry"), isoDate(m.expiryDate())},
            {QStringLiteral("nationality"), m.nationality},
            {QStringLiteral("optionalData2"), m.optionalData2},
            {QStringLiteral("surname"), m.surname},
            {QStringLiteral("givenNames"), m.givenNames},
            {QStringLiteral("fullName"), m.fullName()},
            {QStringLiteral("checkDigitsValid"), true},
            {QStringLiteral("bacKey"), QJsonObject{{QStringLiteral("documentNumber"), seed.documentNumber},
                                                   {QStringLiteral("dateOfBirth"), seed.dateOfBirth},
                                                   {QStringLiteral("dateOfExpiry"), seed.dateOfExpiry}}},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(m.warnings)},
        });
        return ExitOk;
    }
    cli.out() << tr("MRZ valid: every check digit matches.") << "\n"
              << tr("Document number: %1").arg(m.documentNumber) << "\n"
              << tr("ID number: %1").arg(m.idNumber) << "\n"
              << tr("Name: %1").arg(m.fullName()) << "\n"
              << tr("Date of birth: %1").arg(m.birthDate().toString(QStringLiteral("dd/MM/yyyy"))) << "\n"
              << tr("Expiry: %1").arg(m.expiryDate().toString(QStringLiteral("dd/MM/yyyy"))) << "\n";
    for (const QString& w : m.warnings)
        cli.out() << tr("Warning: %1").arg(w) << "\n";
    cli.out().flush();
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(cli, tr("Parses and checks the MRZ printed on the back of a chip ID card."),
                     {
                         {QStringLiteral("parse"), tr("check the three MRZ lines: L1 L2 L3"), &runParse},
                     });
}

const CliRegistration registration{{QStringLiteral("mrz"), QStringLiteral("parse and check a CCCD MRZ (parse)"), &run}};

} // namespace
} // namespace motcua::cli
