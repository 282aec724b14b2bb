// motcua-cli card: the PC/SC readers and a complete chip read, on the desk's own code.
//
//   motcua-cli card list-readers --json
//   motcua-cli card read --mrz L1 L2 L3 --trust /etc/motcua/csca --face-out face.jpg --json
//   motcua-cli card read --id 001095012345 --dob 950315 --expiry 350315 --json
//   motcua-cli card read --can 012345 --json
#include "CardError.h"
#include "CardReaderSettings.h"
#include "CliCommand.h"
#include "CscaStore.h"
#include "MrzParser.h"
#include "PcscChipRead.h"
#include "PcscReaderList.h"
#include "QrCodeParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace motcua {
int resourcesAnchor(); // keeps the bundled CSCA folder (:/csca) linked
} // namespace motcua

namespace motcua::cli {
namespace {

using namespace motcua::cccd;

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed:
        return QStringLiteral("passed");
    case Verdict::Failed:
        return QStringLiteral("failed");
    case Verdict::NotChecked:
        break;
    }
    return QStringLiteral("not-checked");
}

// YYMMDD as given, or a full date (YYYY-MM-DD, DD/MM/YYYY, DDMMYYYY) → YYMMDD; empty when not a date.
QString toYymmdd(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() == 6) {
        for (const QChar c : t)
            if (!c.isDigit())
                return {};
        return t;
    }
    QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid())
        date = QrCodeParser::parseDate(t);
    return date.isValid() ? date.toString(QStringLiteral("yyMMdd")) : QString();
}

int failedRead(CliInvocation& cli, const Error& error)
{
    return cli.failed(
        QStringLiteral("%1 %2 [%3: %4]")
            .arg(CardError::userMessage(error.code), CardError::nextStep(error.code), error.code, error.message));
}

int runListReaders(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the PC/SC card readers and whether a card is on each."));
    const int parsed = cli.parse(parser, args, QStringLiteral("motcua-cli card list-readers --json"));
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty())
        return cli.badInput(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    auto readers = PcscReaderList::list();
    if (!readers.ok())
        return failedRead(cli, readers.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto& r : readers.value())
            list.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("cardPresent"), r.cardPresent},
                                    {QStringLiteral("atr"), QString::fromLatin1(r.atr.toHex().toUpper())}});
        cli.printJson(QJsonObject{{QStringLiteral("readers"), list}});
        return ExitOk;
    }
    if (readers->isEmpty())
        cli.out() << CardError::userMessage(QStringLiteral("card.no_reader")) << "\n";
    for (const auto& r : readers.value())
        cli.out() << r.name << "  " << (r.cardPresent ? tr("card present") : tr("no card")) << "\n";
    cli.out().flush();
    return ExitOk;
}

QJsonObject dg13Json(const Dg13& dg13)
{
    QJsonObject out;
    for (auto it = dg13.fields.begin(); it != dg13.fields.end(); ++it) {
        const int field = it.key();
        const QString key = Dg13::fieldKey(field);
        if (field == Dg13::Parents || field == Dg13::Spouse) {
            out.insert(key, QJsonArray::fromStringList(it.value()));
        } else if (field == Dg13::DateOfBirth || field == Dg13::IssueDate || field == Dg13::ExpiryDate) {
            const QDate date = Dg13::parseDate(it.value().value(0));
            out.insert(key, date.isValid() ? isoDate(date) : it.value().value(0)); // "Không thời hạn" stays text
        } else {
            out.insert(key, it.value().join(QLatin1Char(' ')));
        }
    }
    return out;
}

int runRead(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads a CCCD chip on a PC/SC reader: BAC (MRZ, or ID + dates) or PACE (CAN), every DG1 and DG13 "
           "field, the face, passive authentication against a CSCA folder, Active Authentication when present."));
    const QCommandLineOption reader(QStringLiteral("reader"), tr("Reader name (default: the first with a card)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption mrz(QStringLiteral("mrz"), tr("MRZ line 1; lines 2 and 3 follow as arguments."),
                                 QStringLiteral("L1"));
    const QCommandLineOption id(QStringLiteral("id"), tr("12-digit ID number (with --dob and --expiry)."),
                                QStringLiteral("ID12"));
    const QCommandLineOption dob(QStringLiteral("dob"), tr("Date of birth: YYMMDD or YYYY-MM-DD."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption expiry(QStringLiteral("expiry"), tr("Date of expiry: YYMMDD or YYYY-MM-DD."),
                                    QStringLiteral("DATE"));
    const QCommandLineOption can(QStringLiteral("can"), tr("6-digit card access number (last 6 digits of the ID)."),
                                 QStringLiteral("CAN"));
    const QCommandLineOption trust(QStringLiteral("trust"), tr("Folder of trusted CSCA certificates (PEM/DER)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption faceOut(QStringLiteral("face-out"), tr("Write the face image (as stored) to FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption wait(QStringLiteral("wait"), tr("Wait up to SECONDS for a card (default 0)."),
                                  QStringLiteral("SECONDS"), QStringLiteral("0"));
    parser.addOptions({reader, mrz, id, dob, expiry, can, trust, faceOut, wait});
    parser.addPositionalArgument(QStringLiteral("L2 L3"), tr("MRZ lines 2 and 3 after --mrz L1."));
    const int parsed = cli.parse(parser, args,
                                 QStringLiteral("motcua-cli card read --id 001095012345 --dob 950315 --expiry "
                                                "350315 --face-out face.jpg --json"));
    if (parsed >= 0)
        return parsed;

    const int methods = int(parser.isSet(mrz)) + int(parser.isSet(id)) + int(parser.isSet(can));
    if (methods != 1)
        return cli.badInput(tr("give exactly one of --mrz L1 L2 L3, --id ID --dob … --expiry …, or --can CAN"));
    QStringList positional = parser.positionalArguments();
    AccessKey key;
    if (parser.isSet(mrz)) {
        const QStringList lines = QStringList{parser.value(mrz)} + positional;
        positional.clear();
        auto parsedMrz = lines.size() == 1 ? MrzParser::parseTd1(lines.first()) : MrzParser::parseTd1(lines);
        if (!parsedMrz.ok())
            return cli.badInput(QStringLiteral("%1 (%2)").arg(parsedMrz.error().message, parsedMrz.error().code));
        key = AccessKey::fromMrz(parsedMrz->bacKeySeed());
    } else if (parser.isSet(id)) {
        const QString d = toYymmdd(parser.value(dob));
        const QString e = toYymmdd(parser.value(expiry));
        if (!parser.isSet(dob) || !parser.isSet(expiry) || d.isEmpty() || e.isEmpty())
            return cli.badInput(tr("--id needs --dob and --expiry as YYMMDD or YYYY-MM-DD"));
        auto seed = BacKeySeed::fromIdNumber(parser.value(id), d, e);
        if (!seed.ok())
            return cli.badInput(QStringLiteral("%1 (%2)").arg(seed.error().message, seed.error().code));
        key = AccessKey::fromMrz(seed.value());
    } else {
        const QString value = parser.value(can);
        if (value.size() != 6 || !std::all_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); }))
            return cli.badInput(tr("--can takes the 6 digits printed on the card (last 6 digits of the ID)"));
        key = AccessKey::fromCan(value);
    }
    if (!positional.isEmpty())
        return cli.badInput(tr("unexpected argument '%1'").arg(positional.first()));
    bool ok = false;
    const double waitSeconds = parser.value(wait).toDouble(&ok);
    if (!ok || waitSeconds < 0)
        return cli.badInput(tr("--wait takes a number of seconds"));

    resourcesAnchor();
    QStringList skipped;
    const QString trustFolder = parser.isSet(trust) ? parser.value(trust) : CardReaderSettings::cscaFolder();
    auto store = CscaStore::loadFolder(trustFolder, &skipped);
    if (!store.ok() && parser.isSet(trust))
        return cli.badInput(QStringLiteral("--trust: %1").arg(store.error().message));

    auto readerName = PcscReaderList::waitForCard(parser.value(reader), int(waitSeconds * 1000));
    if (!readerName.ok())
        return failedRead(cli, readerName.error());

    PcscChipRead::Options options;
    options.extendedLength = CardReaderSettings::extendedLength();
    auto result =
        PcscChipRead::run(readerName.value(), key, store.ok() ? &store.value() : nullptr, nullptr, {}, options);
    if (!result.ok())
        return failedRead(cli, result.error());
    const ChipReadResult& r = result.value();
    if (parser.isSet(faceOut) && !r.face.encoded.isEmpty()) {
        QFile file(parser.value(faceOut));
        if (!file.open(QIODevice::WriteOnly) || file.write(r.face.encoded) != r.face.encoded.size())
            return cli.failed(tr("cannot write %1").arg(parser.value(faceOut)));
    }

    const CitizenIdentity& identity = r.identity;
    if (parser.isSet(QStringLiteral("json"))) {
        const MrzData& m = r.chipMrz;
        QJsonObject mismatches;
        for (auto it = identity.mismatches.begin(); it != identity.mismatches.end(); ++it)
            mismatches.insert(it.key(), it.value());
        QJsonArray groups;
        for (int dg : r.dataGroupsRead)
            groups.append(dg);
        const PassiveAuthentication& pa = r.passiveAuthentication;
        cli.printJson(QJsonObject{
            {QStringLiteral("reader"), readerName.value()},
            {QStringLiteral("access"),
             key.kind == AccessKey::Kind::Can ? QStringLiteral("PACE-CAN") : QStringLiteral("BAC")},
            {QStringLiteral("readAt"), identity.readAt.toString(Qt::ISODate)},
            {QStringLiteral("dataGroupsRead"), groups},
            {QStringLiteral("dg1"), QJsonObject{{QStringLiteral("documentCode"), m.documentCode},
                                                {QStringLiteral("issuingState"), m.issuingState},
                                                {QStringLiteral("documentNumber"), m.documentNumber},
                                                {QStringLiteral("idNumber"), m.idNumber},
                                                {QStringLiteral("dateOfBirth"), isoDate(m.birthDate())},
                                                {QStringLiteral("sex"), m.sex},
                                                {QStringLiteral("dateOfExpiry"), isoDate(m.expiryDate())},
                                                {QStringLiteral("nationality"), m.nationality},
                                                {QStringLiteral("optionalData2"), m.optionalData2},
                                                {QStringLiteral("surname"), m.surname},
                                                {QStringLiteral("givenNames"), m.givenNames},
                                                {QStringLiteral("lines"), QJsonArray::fromStringList(m.lines)}}},
            {QStringLiteral("dg13"), dg13Json(r.dg13)},
            {QStringLiteral("face"), QJsonObject{{QStringLiteral("format"), r.face.format},
                                                 {QStringLiteral("bytes"), int(r.face.encoded.size())},
                                                 {QStringLiteral("width"), r.face.width},
                                                 {QStringLiteral("height"), r.face.height}}},
            {QStringLiteral("verdicts"),
             QJsonObject{{QStringLiteral("dataIntact"), verdictName(identity.dataIntact)},
                         {QStringLiteral("signatureValid"), verdictName(identity.signatureValid)},
                         {QStringLiteral("issuerTrusted"), verdictName(identity.issuerTrusted)},
                         {QStringLiteral("chipAuthentic"), verdictName(identity.chipAuthentic)}}},
            {QStringLiteral("passiveAuthentication"),
             QJsonObject{{QStringLiteral("hashAlgorithm"), pa.hashAlgorithm},
                         {QStringLiteral("signatureAlgorithm"), pa.signatureAlgorithm},
                         {QStringLiteral("signerKey"), pa.signerKey},
                         {QStringLiteral("signerSubject"), pa.signerSubject},
                         {QStringLiteral("trustStoreCertificates"), store.ok() ? store->size() : 0},
                         {QStringLiteral("problems"), QJsonArray::fromStringList(pa.problems)}}},
            {QStringLiteral("mismatches"), mismatches},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
            {QStringLiteral("stats"), QJsonObject{{QStringLiteral("apdus"), r.stats.apdus},
                                                  {QStringLiteral("bytesSent"), r.stats.bytesSent},
                                                  {QStringLiteral("bytesReceived"), r.stats.bytesReceived},
                                                  {QStringLiteral("elapsedMs"), r.stats.elapsedMs},
                                                  {QStringLiteral("readLength"), r.stats.readLength},
                                                  {QStringLiteral("extendedLength"), r.stats.extendedLength},
                                                  {QStringLiteral("recoveries"), r.stats.recoveries}}},
        });
        return ExitOk;
    }
    cli.out() << tr("Name: %1").arg(identity.fullName) << "\n"
              << tr("ID number: %1").arg(identity.idNumber) << "\n"
              << tr("Date of birth: %1").arg(identity.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"))) << "\n"
              << tr("Data intact: %1, signature valid: %2, issuer trusted: %3")
                     .arg(verdictName(identity.dataIntact), verdictName(identity.signatureValid),
                          verdictName(identity.issuerTrusted))
              << "\n"
              << tr("%1 APDUs, %2 ms").arg(r.stats.apdus).arg(r.stats.elapsedMs) << "\n";
    for (auto it = identity.mismatches.begin(); it != identity.mismatches.end(); ++it)
        cli.out() << tr("Mismatch %1: %2").arg(it.key(), it.value()) << "\n";
    cli.out().flush();
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(cli, tr("PC/SC readers and chip ID card reads (docs/CARD-READING.md)."),
                     {
                         {QStringLiteral("list-readers"), tr("readers and whether a card is on each"), &runListReaders},
                         {QStringLiteral("read"), tr("read the chip: identity, face, verification"), &runRead},
                     });
}

const CliRegistration registration{
    {QStringLiteral("card"), QStringLiteral("PC/SC readers and chip reads (list-readers, read)"), &run}};

} // namespace
} // namespace motcua::cli
