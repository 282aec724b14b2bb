// motcua-cli retention: delete what the desk no longer needs to keep (docs/SECURITY.md "Retention").
//
//   motcua-cli retention purge --db desk.sqlite [--dry-run] [--files-days N] [--drafts-days N] --json
//
// Local copies of scans and face images go N days after the registry confirmed it holds them; files
// without a row and unfinished work (interrupted scans, drafts) past its period go too. The desk runs
// the same purge by itself every few hours; this is for scripts and for the IT contact.
#include "AuditTrail.h"
#include "BatchSpool.h"
#include "CliAudit.h"
#include "CliCommand.h"
#include "Database.h"
#include "FileStore.h"
#include "RetentionPurger.h"
#include "SecuritySettings.h"
#include "StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace motcua::cli {
namespace {

using namespace motcua::security;

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

int runPurge(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Deletes local copies of scans the registry holds, past the retention period, files without a row, "
           "and unfinished work past its period. The periods come from the profile's settings "
           "(motcua-cli security show) unless given here."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The desk database file."), QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only count what would be deleted."));
    const QCommandLineOption filesDays(QStringLiteral("files-days"),
                                       tr("Keep local copies this many days after the registry confirmed them."),
                                       QStringLiteral("N"));
    const QCommandLineOption draftsDays(QStringLiteral("drafts-days"),
                                        tr("Keep unfinished work this many days after it was last touched."),
                                        QStringLiteral("N"));
    const QCommandLineOption draftsFolder(QStringLiteral("drafts-folder"),
                                          tr("Another folder of unfinished work (repeatable)."), QStringLiteral("DIR"));
    parser.addOptions({db, dryRun, filesDays, draftsDays, draftsFolder});
    if (const int exit =
            cli.parse(parser, args, QStringLiteral("motcua-cli retention purge --db desk.sqlite --dry-run --json"));
        exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return cli.badInput(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (parser.value(db).isEmpty())
        return cli.badInput(tr("--db FILE is required"));
    auto days = [&](const QCommandLineOption& option, int* value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok && *value >= 0 && *value <= 3650;
    };

    DatabaseOptions options;
    options.create = false;
    auto opened = Database::open(parser.value(db), options);
    if (!opened) {
        return cli.cannotOpenDatabase(opened.error());
    }
    Database& database = *opened.value();
    const SecuritySettings settings(database);
    int keepFiles = settings.fileRetentionDays();
    int keepDrafts = settings.draftRetentionDays();
    if (!days(filesDays, &keepFiles))
        return cli.badInput(tr("--files-days must be a number of days from 0 to 3650"));
    if (!days(draftsDays, &keepDrafts))
        return cli.badInput(tr("--drafts-days must be a number of days from 0 to 3650"));

    QStringList folders = RetentionPurger::defaultDraftFolders(QFileInfo(database.path()).absolutePath());
    folders.replace(0, scan::BatchSpool::defaultRoot()); // this program's own scan spool
    folders += parser.values(draftsFolder);
    const bool dry = parser.isSet(dryRun);
    RetentionPurger purger(database, FileStore::defaultRoot(database.path()));
    purger.setDraftFolders(folders);
    const QString actor = cliActor();
    auto report = purger.purgeAndRecord(actor, QDateTime::currentDateTime(), keepFiles, keepDrafts, dry);
    if (!report)
        return cli.failed(tr("the purge stopped (%1): %2").arg(report.error().code, report.error().message));
    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{{QStringLiteral("dryRun"), dry},
                                  {QStringLiteral("filesDays"), keepFiles},
                                  {QStringLiteral("draftsDays"), keepDrafts},
                                  {QStringLiteral("filesPurged"), report->filesPurged},
                                  {QStringLiteral("bytesFreed"), report->bytesFreed},
                                  {QStringLiteral("orphansRemoved"), report->orphansRemoved},
                                  {QStringLiteral("draftsPurged"), report->draftsPurged},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    } else {
        cli.out() << (dry ? tr("Would delete: %1") : tr("Deleted: %1")).arg(report->summary()) << "\n";
        cli.out().flush();
    }
    if (!report->problems.isEmpty())
        return cli.failed(tr("some items could not be deleted: %1").arg(report->problems.join(QStringLiteral("; "))));
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(
        cli, tr("Deletes local copies the registry holds and stale unfinished work (docs/SECURITY.md)."),
        {
            {QStringLiteral("purge"), tr("delete what is past its retention period (--dry-run lists it)"), &runPurge},
        });
}

const CliRegistration registration{{QStringLiteral("retention"),
                                    QStringLiteral("delete local copies and stale drafts past their period (purge)"),
                                    &run}};

} // namespace
} // namespace motcua::cli
