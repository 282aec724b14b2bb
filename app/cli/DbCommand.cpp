// motcua-cli db: create, fill, describe and check a desk database.
//
//   motcua-cli db init --db desk.sqlite
//   motcua-cli db seed --db desk.sqlite --count 100000 --json
//   motcua-cli db stats --db desk.sqlite --json
//   motcua-cli db check --db desk.sqlite --json      (exit 1 damaged, 2 not a desk database)
#include "CliCommand.h"
#include "Database.h"
#include "DatabaseFile.h"
#include "DossierState.h"
#include "Migration.h"
#include "Seeder.h"
#include "StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

namespace motcua::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

const QCommandLineOption& kDbOption = CliInvocation::databaseOption();

QJsonObject outboxJson(const Database& db)
{
    QJsonObject o;
    const auto counts = db.outboxCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

qint64 count(Database& db, const char* sql)
{
    Statement s = db.prepare(sql);
    return s.next() ? s.int64(0) : -1;
}

int runInit(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates the desk database (or brings an existing one to this program's schema version)."));
    if (const int exit =
            cli.parseOnDatabase(parser, args, QStringLiteral("motcua-cli db init --db desk.sqlite --json"));
        exit >= 0)
        return exit;
    const QString path = parser.value(kDbOption);
    const bool existed = QFileInfo::exists(path);
    auto db = Database::open(path);
    if (!db)
        return cli.cannotOpenDatabase(db.error());
    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{{QStringLiteral("path"), (*db)->path()},
                                  {QStringLiteral("created"), !existed},
                                  {QStringLiteral("schemaVersion"), (*db)->schemaVersion()}});
        return ExitOk;
    }
    cli.out() << (existed ? tr("Database ready: %1 (schema version %2)")
                          : tr("Database created: %1 (schema version %2)"))
                     .arg((*db)->path())
                     .arg((*db)->schemaVersion())
              << "\n";
    cli.out().flush();
    return ExitOk;
}

int runSeed(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fills the database with synthetic dossiers (realistic Vietnamese names, ID numbers and addresses; no "
           "real person). Creates the file when missing. For tests, training and benchmarks only."));
    const QCommandLineOption countOption(QStringLiteral("count"), tr("Number of dossiers to add."),
                                         QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (default 1): same seed, same people."),
                                        QStringLiteral("S"));
    const QCommandLineOption perDayOption(QStringLiteral("per-day"),
                                          tr("Dossiers per working day (default: spread over about 3 years)."),
                                          QStringLiteral("N"));
    const QCommandLineOption lastDayOption(
        QStringLiteral("last-day"), tr("Newest reception day, YYYY-MM-DD (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), tr("Mark the dossiers as demo data."));
    parser.addOptions({countOption, seedOption, perDayOption, lastDayOption, demoOption});
    if (const int exit = cli.parseOnDatabase(
            parser, args, QStringLiteral("motcua-cli db seed --db desk.sqlite --count 100000 --json"));
        exit >= 0)
        return exit;
    if (!parser.isSet(countOption))
        return cli.badInput(tr("--count N is required"));
    bool ok = false;
    SeedOptions options;
    options.count = parser.value(countOption).toLongLong(&ok);
    if (!ok || options.count < 1 || options.count > 20'000'000)
        return cli.badInput(
            tr("malformed --count '%1': expected a number from 1 to 20000000").arg(parser.value(countOption)));
    if (parser.isSet(seedOption)) {
        options.randomSeed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return cli.badInput(
                tr("malformed --seed '%1': expected a non-negative number").arg(parser.value(seedOption)));
    }
    if (parser.isSet(perDayOption)) {
        options.perDay = parser.value(perDayOption).toInt(&ok);
        if (!ok || options.perDay < 1 || options.perDay > 9999)
            return cli.badInput(
                tr("malformed --per-day '%1': expected a number from 1 to 9999").arg(parser.value(perDayOption)));
    }
    if (parser.isSet(lastDayOption)) {
        options.lastDay = QDate::fromString(parser.value(lastDayOption), Qt::ISODate);
        if (!options.lastDay.isValid())
            return cli.badInput(tr("malformed --last-day '%1': expected YYYY-MM-DD").arg(parser.value(lastDayOption)));
    }
    options.demo = parser.isSet(demoOption);

    auto db = Database::open(parser.value(kDbOption));
    if (!db)
        return cli.cannotOpenDatabase(db.error());
    const auto report = Seeder(**db).run(options);
    if (!report)
        return cli.failed(tr("seeding failed (%1): %2").arg(report.error().code, report.error().message));
    const double perSecond = report->milliseconds > 0 ? report->inserted * 1000.0 / report->milliseconds : 0;
    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{{QStringLiteral("path"), (*db)->path()},
                                  {QStringLiteral("inserted"), report->inserted},
                                  {QStringLiteral("milliseconds"), report->milliseconds},
                                  {QStringLiteral("dossiersPerSecond"), qRound(perSecond)},
                                  {QStringLiteral("firstDay"), report->firstDay.toString(Qt::ISODate)},
                                  {QStringLiteral("lastDay"), report->lastDay.toString(Qt::ISODate)},
                                  {QStringLiteral("dossiers"), (*db)->dossierCount()}});
        return ExitOk;
    }
    cli.out() << tr("Added %1 synthetic dossiers in %2 s (%3 per second), received %4 to %5.")
                     .arg(report->inserted)
                     .arg(report->milliseconds / 1000.0, 0, 'f', 1)
                     .arg(qRound(perSecond))
                     .arg(report->firstDay.toString(Qt::ISODate), report->lastDay.toString(Qt::ISODate))
              << "\n";
    cli.out().flush();
    return ExitOk;
}

int runStats(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows what the database holds: size, schema version, dossiers per state, events, files and the "
           "outbox per state. Reads only."));
    if (const int exit =
            cli.parseOnDatabase(parser, args, QStringLiteral("motcua-cli db stats --db desk.sqlite --json"));
        exit >= 0)
        return exit;
    DatabaseOptions options;
    options.create = false;
    options.migrate = false;
    options.check = IntegrityCheck::None;
    auto opened = Database::open(parser.value(kDbOption), options);
    if (!opened)
        return cli.cannotOpenDatabase(opened.error());
    Database& db = **opened;
    if (db.schemaVersion() < 1)
        return cli.failed(tr("the database has no schema yet: run motcua-cli db init"));

    QJsonObject states;
    for (DossierState state : allDossierStates())
        states.insert(stateKey(state), 0);
    Statement byState = db.prepare("SELECT state, count(*) FROM dossiers GROUP BY state");
    while (byState.next())
        if (const auto state = dossierStateFromCode(byState.integer(0)))
            states.insert(stateKey(*state), byState.int64(1));
    const qint64 dossiers = db.dossierCount();
    const qint64 events = count(db, "SELECT count(*) FROM dossier_events");
    const qint64 files = count(db, "SELECT count(*) FROM files");
    const QJsonObject outbox = outboxJson(db);

    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{{QStringLiteral("path"), db.path()},
                                  {QStringLiteral("sizeBytes"), db.fileSize()},
                                  {QStringLiteral("schemaVersion"), db.schemaVersion()},
                                  {QStringLiteral("latestSchemaVersion"), latestSchemaVersion()},
                                  {QStringLiteral("dossiers"), dossiers},
                                  {QStringLiteral("dossiersByState"), states},
                                  {QStringLiteral("events"), events},
                                  {QStringLiteral("files"), files},
                                  {QStringLiteral("outbox"), outbox}});
        return ExitOk;
    }
    cli.out() << tr("Database:       %1").arg(db.path()) << "\n"
              << tr("Size:           %1 MB").arg(db.fileSize() / 1048576.0, 0, 'f', 1) << "\n"
              << tr("Schema version: %1 (this program: %2)").arg(db.schemaVersion()).arg(latestSchemaVersion()) << "\n"
              << tr("Dossiers:       %1").arg(dossiers) << "\n";
    for (auto it = states.begin(); it != states.end(); ++it)
        if (it.value().toInteger() > 0)
            cli.out() << "  " << it.key().leftJustified(22) << it.value().toInteger() << "\n";
    cli.out() << tr("Events:         %1").arg(events) << "\n"
              << tr("Files:          %1").arg(files) << "\n"
              << tr("Outbox:         %1 queued, %2 sending, %3 failed, %4 synced")
                     .arg(outbox.value(QStringLiteral("queued")).toInteger())
                     .arg(outbox.value(QStringLiteral("sending")).toInteger())
                     .arg(outbox.value(QStringLiteral("failed")).toInteger())
                     .arg(outbox.value(QStringLiteral("synced")).toInteger())
              << "\n";
    cli.out().flush();
    return ExitOk;
}

int runCheck(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks the database: SQLite's integrity_check, the search index, foreign keys, and that every dossier "
           "has its event and outbox entry. Never modifies the file. Exit 0 sound, 1 damaged, 2 missing or not a "
           "desk database."));
    if (const int exit =
            cli.parseOnDatabase(parser, args, QStringLiteral("motcua-cli db check --db desk.sqlite --json"));
        exit >= 0)
        return exit;
    QElapsedTimer timer;
    timer.start();
    const QString path = parser.value(kDbOption);
    DatabaseOptions options;
    options.create = false;
    options.migrate = false;
    options.check = IntegrityCheck::Full;
    auto opened = Database::open(path, options);
    QStringList problems;
    int schemaVersion = -1;
    if (!opened) {
        if (opened.error().code != QLatin1String(storage_error::Corrupt))
            return cli.cannotOpenDatabase(opened.error());
        problems.append(opened.error().message);
    } else {
        schemaVersion = (*opened)->schemaVersion();
        const auto found = (*opened)->checkIntegrity(IntegrityCheck::Full);
        if (!found)
            problems.append(found.error().message);
        else
            problems = *found;
    }
    const bool sound = problems.isEmpty();
    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{{QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                                  {QStringLiteral("ok"), sound},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                                  {QStringLiteral("schemaVersion"), schemaVersion},
                                  {QStringLiteral("sizeBytes"), DatabaseFile::totalSize(path)},
                                  {QStringLiteral("milliseconds"), timer.elapsed()}});
    } else if (sound) {
        cli.out() << tr("Database is sound: %1").arg(QFileInfo(path).absoluteFilePath()) << "\n";
    } else {
        cli.out() << tr("Database is damaged: %1").arg(QFileInfo(path).absoluteFilePath()) << "\n";
        for (const QString& p : problems)
            cli.out() << "  " << p << "\n";
    }
    cli.out().flush();
    if (!sound) {
        cli.err() << "motcua-cli db: " << tr("the database is damaged; keep the file and open a copy") << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(
        cli, tr("The desk database (docs/STORAGE.md)."),
        {
            {QStringLiteral("init"), tr("create the database or migrate it to this version"), &runInit},
            {QStringLiteral("seed"), tr("add synthetic dossiers (--count N)"), &runSeed},
            {QStringLiteral("stats"), tr("size, schema version, dossiers per state, outbox per state"), &runStats},
            {QStringLiteral("check"), tr("integrity check; exit 1 when damaged, 2 when not a desk database"),
             &runCheck},
        });
}

const CliRegistration registration{
    {QStringLiteral("db"), QStringLiteral("the desk database (init, seed, stats, check)"), &run}};

} // namespace
} // namespace motcua::cli
