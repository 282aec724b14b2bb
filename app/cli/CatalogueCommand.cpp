// motcua-cli catalogue: the procedure catalogue the desk receives dossiers under (docs/RECEPTION.md,
// "The catalogue").
//
//   motcua-cli catalogue show --db desk.sqlite [--json]
//   motcua-cli catalogue import --db desk.sqlite --file catalogue.json [--force] [--json]
//
// `show` prints what the desk would use now (DeskCatalogue: the built-in catalogue or a newer valid one
// stored in the database). `import` checks a file completely before anything is stored, and stores
// only a version newer than the one in force unless --force.
#include "CatalogueChoice.h"
#include "CatalogueStore.h"
#include "CatalogueVersion.h"
#include "CliAudit.h"
#include "CliCommand.h"
#include "Database.h"
#include "DeskCatalogue.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace motcua::cli {
namespace {

using intake::DeskCatalogue;

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

const QCommandLineOption& kDbOption = CliInvocation::databaseOption();

int openDatabase(CliInvocation& cli, const QString& path, std::unique_ptr<Database>& db)
{
    DatabaseOptions options;
    options.create = false;
    auto opened = Database::open(path, options);
    if (!opened) {
        return cli.cannotOpenDatabase(opened.error());
    }
    db = std::move(opened).value();
    return -1;
}

QJsonObject rejectedJson(const RejectedCatalogue& r)
{
    return QJsonObject{{QStringLiteral("source"), catalogueSourceKey(r.source)},
                       {QStringLiteral("version"), r.version},
                       {QStringLiteral("code"), r.code},
                       {QStringLiteral("reason"), r.reason}};
}

int runShow(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows the procedure catalogue the desk receives dossiers under: its version, where it comes from "
           "(built-in, file or registry) and how many procedures it has, and any stored catalogue that is not "
           "used because it failed its checks."));
    if (const int exit =
            cli.parseOnDatabase(parser, args, QStringLiteral("motcua-cli catalogue show --db desk.sqlite --json"));
        exit >= 0)
        return exit;
    std::unique_ptr<Database> db;
    if (const int exit = openDatabase(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    auto stored = CatalogueStore(*db).all();
    if (!stored)
        return cli.failed(
            tr("cannot read the stored catalogues (%1): %2").arg(stored.error().code, stored.error().message));
    auto choice = DeskCatalogue::load(*db);
    if (!choice)
        return cli.failed(
            tr("the built-in catalogue is not usable (%1): %2").arg(choice.error().code, choice.error().message));
    const Catalogue& catalogue = choice->catalogue;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray storedList;
        for (const StoredCatalogue& s : *stored) {
            const bool rejected =
                std::any_of(choice->rejected.begin(), choice->rejected.end(),
                            [&](const RejectedCatalogue& r) { return r.source == s.source && r.version == s.version; });
            storedList.append(QJsonObject{
                {QStringLiteral("source"), catalogueSourceKey(s.source)},
                {QStringLiteral("version"), s.version},
                {QStringLiteral("valid"), !rejected},
                {QStringLiteral("inForce"), s.source == choice->source && s.version == catalogue.version()}});
        }
        QJsonArray notUsed;
        for (const RejectedCatalogue& r : choice->rejected)
            notUsed.append(rejectedJson(r));
        cli.printJson(QJsonObject{{QStringLiteral("version"), catalogue.version()},
                                  {QStringLiteral("source"), catalogueSourceKey(choice->source)},
                                  {QStringLiteral("procedures"), catalogue.size()},
                                  {QStringLiteral("effectiveFrom"), catalogue.effectiveFrom().toString(Qt::ISODate)},
                                  {QStringLiteral("olderProcedureVersions"), catalogue.retainedCount()},
                                  {QStringLiteral("stored"), storedList},
                                  {QStringLiteral("notUsed"), notUsed}});
        return ExitOk;
    }
    cli.out() << tr("Catalogue %1 (%2), %3 procedures.")
                     .arg(catalogue.version(), catalogueSourceKey(choice->source))
                     .arg(catalogue.size())
              << "\n";
    for (const RejectedCatalogue& r : choice->rejected)
        cli.out() << tr("Not used: %1 catalogue %2 — %3").arg(catalogueSourceKey(r.source), r.version, r.reason)
                  << "\n";
    cli.out().flush();
    return ExitOk;
}

int runImport(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stores a procedure catalogue file (motcua-catalogue/1) in the desk database after checking all of "
           "it, so the desk receives dossiers under it from its next start. Refuses a version that is not "
           "newer than the one in force unless --force; dossiers already received keep their procedure "
           "versions."));
    const QCommandLineOption file(QStringLiteral("file"), tr("The catalogue file."), QStringLiteral("FILE"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        tr("Store it even when its version is not newer (a corrected file of the same version, or an older "
           "catalogue whose procedure versions earlier dossiers need)."));
    parser.addOptions({file, force});
    if (const int exit = cli.parseOnDatabase(
            parser, args,
            QStringLiteral("motcua-cli catalogue import --db desk.sqlite --file procedures-2027.1.json --json"));
        exit >= 0)
        return exit;
    const QString path = parser.value(file);
    if (path.isEmpty())
        return cli.badInput(tr("--file FILE is required"));
    if (!QFileInfo::exists(path))
        return cli.badInput(tr("file not found: %1").arg(path));
    // Every check before the database is touched: a bad file never leaves anything behind.
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return cli.badInput(tr("cannot read %1: %2").arg(path, input.errorString()));
    const QByteArray json = input.readAll();
    auto checked = Catalogue::fromJson(json, QFileInfo(path).fileName());
    if (!checked)
        return cli.badInput(tr("not a usable catalogue (%1): %2").arg(checked.error().code, checked.error().message));

    std::unique_ptr<Database> db;
    if (const int exit = openDatabase(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    auto before = DeskCatalogue::load(*db);
    if (!before)
        return cli.failed(
            tr("the built-in catalogue is not usable (%1): %2").arg(before.error().code, before.error().message));
    const QString current = before->catalogue.version();
    const bool newer = compareCatalogueVersions(checked->version(), current) > 0;
    if (!newer && !parser.isSet(force))
        return cli.failed(tr("catalogue %1 is not newer than catalogue %2 in force; nothing stored (use --force "
                             "to store it anyway)")
                              .arg(checked->version(), current));

    const StoredCatalogue stored{CatalogueSource::File, checked->version(), json};
    Transaction tx(*db);
    if (!tx.isActive())
        return cli.failed(
            tr("cannot write to the database (%1): %2").arg(tx.status().error().code, tx.status().error().message));
    Status written = CatalogueStore(*db).store(stored, cliActor(), true);
    if (written)
        written = recordCliAccess(*db, "catalogue.import", {}, {},
                                  QStringLiteral("catalogue %1 from a file").arg(checked->version()));
    if (written)
        written = tx.commit();
    if (!written)
        return cli.failed(
            tr("the catalogue was not stored (%1): %2").arg(written.error().code, written.error().message));

    auto after = DeskCatalogue::load(*db);
    const bool inForce =
        after && after->source == CatalogueSource::File && after->catalogue.version() == checked->version();
    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{{QStringLiteral("stored"), true},
                                  {QStringLiteral("version"), checked->version()},
                                  {QStringLiteral("source"), catalogueSourceKey(CatalogueSource::File)},
                                  {QStringLiteral("procedures"), checked->size()},
                                  {QStringLiteral("previousVersion"), current},
                                  {QStringLiteral("previousSource"), catalogueSourceKey(before->source)},
                                  {QStringLiteral("inForce"), inForce}});
        return ExitOk;
    }
    cli.out() << tr("Catalogue %1 stored (%2 procedures); it was %3.")
                     .arg(checked->version())
                     .arg(checked->size())
                     .arg(current)
              << "\n";
    if (inForce)
        cli.out() << tr("The desk receives dossiers under it from its next start.") << "\n";
    else
        cli.out()
            << tr("It is not in force: the desk keeps catalogue %1.").arg(after ? after->catalogue.version() : current)
            << "\n";
    cli.out().flush();
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(
        cli,
        tr("The procedure catalogue the desk receives dossiers under: show it, or update it from a "
           "file (docs/RECEPTION.md)."),
        {
            {QStringLiteral("show"), tr("the catalogue in force, its source and stored catalogues"), &runShow},
            {QStringLiteral("import"), tr("check a catalogue file and store it (--force: not newer)"), &runImport},
        });
}

const CliRegistration registration{
    {QStringLiteral("catalogue"),
     QStringLiteral("the procedure catalogue in force; update it from a file (show, import)"), &run}};

} // namespace
} // namespace motcua::cli
