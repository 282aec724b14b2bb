// motcua-cli sync: the desk's outbox drain to the central registry, from the command line, on the same
// engine the desk runs (modules/sync).
//
//   motcua-cli sync --db desk.sqlite --registry https://motcua.example.gov.vn/api/motcua --desk-id Q01 --once --json
//   motcua-cli sync status --db desk.sqlite --json
//   motcua-cli sync retry --db desk.sqlite [--dossier UUID]
//   motcua-cli sync export --db desk.sqlite --entry ID --out entry.json
//   motcua-cli sync credentials --registry URL --desk-id Q01 < secret.txt
#include "AttachmentSource.h"
#include "ChangeApplier.h"
#include "CliCommand.h"
#include "CredentialStore.h"
#include "Database.h"
#include "FileStore.h"
#include "Outbox.h"
#include "RegistryHttp.h"
#include "StorageError.h"
#include "SyncEngine.h"
#include "SyncError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>
#include <cstdio>

namespace motcua::cli {
namespace {

using namespace motcua::sync;

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
}

// Opens the desk database for the sync: it must exist (sync never creates a profile).
int openDatabase(CliInvocation& cli, const QString& path, std::unique_ptr<Database>* out)
{
    if (path.isEmpty())
        return cli.badInput(tr("--db FILE is required"));
    DatabaseOptions options;
    options.create = false;
    options.check = IntegrityCheck::None;
    auto opened = Database::open(path, options);
    if (!opened) {
        return cli.cannotOpenDatabase(opened.error());
    }
    *out = std::move(opened).value();
    return -1;
}

QJsonObject outboxCounts(Database& db)
{
    QJsonObject counts;
    const auto map = db.outboxCounts();
    for (auto it = map.begin(); it != map.end(); ++it)
        counts.insert(it.key(), it.value());
    return counts;
}

int runPass(CliInvocation& cli, QCommandLineParser& parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(QStringLiteral("once")))
        return cli.badInput(tr("give --once (one pass, then exit); the desk itself syncs continuously"));
    const QUrl registry(parser.value(QStringLiteral("registry")));
    if (parser.value(QStringLiteral("registry")).isEmpty())
        return cli.badInput(tr("--registry URL is required"));
    auto endpoint = RegistryEndpoint::create(registry, parser.value(QStringLiteral("ca-bundle")));
    if (!endpoint)
        return cli.badInput(tr("refused registry (%1): %2").arg(endpoint.error().code, endpoint.error().message));
    const QString deskId = parser.value(QStringLiteral("desk-id"));
    if (deskId.isEmpty())
        return cli.badInput(tr("--desk-id ID is required (the desk's id at the registry, e.g. Q01)"));

    SyncOptions options;
    auto number = [&](const char* name, int min, int max, int* value) {
        if (!parser.isSet(QString::fromLatin1(name)))
            return true;
        bool ok = false;
        const int v = parser.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || v < min || v > max)
            return false;
        *value = v;
        return true;
    };
    int chunkKb = int(options.chunkBytes / 1024);
    if (!number("batch", 1, protocol::kMaxBatchEvents, &options.batchSize))
        return cli.badInput(tr("--batch must be a number from 1 to 500"));
    if (!number("timeout-ms", 100, 600000, &options.timeoutMs))
        return cli.badInput(tr("--timeout-ms must be a number from 100 to 600000"));
    if (!number("chunk-kb", 16, 4096, &chunkKb))
        return cli.badInput(tr("--chunk-kb must be a number from 16 to 4096"));
    options.chunkBytes = qint64(chunkKb) * 1024;

    std::unique_ptr<Database> db;
    if (int rc = openDatabase(cli, parser.value(QStringLiteral("db")), &db); rc >= 0)
        return rc;

    Credentials credentials{deskId, {}};
    if (parser.isSet(QStringLiteral("secret-env"))) {
        // For the simulator and tests only: a real registry's secret lives in the OS keychain.
        if (!endpoint->isLoopback())
            return cli.badInput(tr("--secret-env is accepted for a loopback registry only; store the secret with "
                                   "'motcua-cli sync credentials'"));
        credentials.secret = qEnvironmentVariable(parser.value(QStringLiteral("secret-env")).toLocal8Bit().constData());
        if (credentials.secret.isEmpty())
            return cli.badInput(tr("the environment variable named by --secret-env is empty"));
    } else {
        auto secret = CredentialStore::readSecret(registry, deskId);
        if (!secret)
            return cli.failed(tr("%1 (%2)").arg(SyncError::describe(secret.error().code), secret.error().code));
        credentials.secret = secret.value();
    }

    const QString filesRoot = parser.isSet(QStringLiteral("files")) ? parser.value(QStringLiteral("files"))
                                                                    : FileStore::defaultRoot(db->path());
    FileStoreAttachmentSource files(*db, filesRoot);
    RegistryHttp http(endpoint.value(), options.timeoutMs);
    SyncEngine engine(*db, http, credentials, files, options);
    if (Status s = engine.recoverInterrupted(); !s)
        return cli.failed(tr("cannot prepare the outbox (%1): %2").arg(s.error().code, s.error().message));
    // Like "retry now" on the sync page: what failed before is tried again at once.
    if (auto retried = Outbox(*db).retryNow(); !retried)
        return cli.failed(tr("cannot prepare the outbox (%1)").arg(retried.error().code));

    const PassReport report = engine.runPass();
    if (json) {
        QJsonObject out = report.toJson();
        out.insert(QStringLiteral("registry"), endpoint->baseUrl().toString());
        out.insert(QStringLiteral("deskId"), deskId);
        out.insert(QStringLiteral("outbox"), outboxCounts(*db));
        cli.printJson(out);
    } else {
        cli.out() << tr("Sent %1, failed %2, pulled %3 (applied %4).")
                         .arg(report.sent)
                         .arg(report.failed)
                         .arg(report.pulled)
                         .arg(report.applied)
                  << Qt::endl;
        if (report.clockSkewKnown && qAbs(report.clockSkewMs) > ClockSkew::kWarnMs)
            cli.out() << tr("Warning: this computer's clock differs from the registry's by %1 s.")
                             .arg(report.clockSkewMs / 1000)
                      << Qt::endl;
    }
    if (!report.completed())
        return cli.failed(
            tr("%1 (%2: %3)").arg(SyncError::describe(report.error.code), report.error.code, report.error.message));
    return report.failed > 0 ? ExitFailed : ExitOk;
}

int status(CliInvocation& cli, QCommandLineParser& parser)
{
    std::unique_ptr<Database> db;
    if (int rc = openDatabase(cli, parser.value(QStringLiteral("db")), &db); rc >= 0)
        return rc;
    Outbox outbox(*db);
    auto pending = outbox.pending(1000);
    if (!pending)
        return cli.failed(tr("cannot read the outbox (%1)").arg(pending.error().code));
    ChangeApplier changes(*db);
    if (Status s = changes.ensureSchema(); !s)
        return cli.failed(tr("cannot read the sync state (%1)").arg(s.error().code));
    QJsonArray items;
    for (const OutboxEntry& e : pending.value()) {
        const QString code = e.lastError.section(QLatin1Char(':'), 0, 0);
        items.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("dossierUuid"), e.dossierUuid},
            {QStringLiteral("dossierCode"),
             e.payload.value(QStringLiteral("dossier")).toObject().value(QStringLiteral("code"))},
            {QStringLiteral("sequence"), e.sequence},
            {QStringLiteral("state"), outboxStateKey(e.state)},
            {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("lastError"), e.lastError},
            {QStringLiteral("reason"), e.lastError.isEmpty() ? QString() : SyncError::describe(code)},
            {QStringLiteral("nextAttemptAt"), time(e.nextAttemptAt)},
            {QStringLiteral("exportedAt"), time(e.exportedAt)},
        });
    }
    const QJsonObject counts = outboxCounts(*db);
    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{
            {QStringLiteral("outbox"), counts},
            {QStringLiteral("cursor"), changes.cursor().value()},
            {QStringLiteral("catalogueVersion"), changes.value(QStringLiteral("catalogue.version")).value()},
            {QStringLiteral("pending"), items}});
        return ExitOk;
    }
    cli.out() << tr("Queued %1, sending %2, failed %3, synced %4.")
                     .arg(counts.value(QStringLiteral("queued")).toInteger())
                     .arg(counts.value(QStringLiteral("sending")).toInteger())
                     .arg(counts.value(QStringLiteral("failed")).toInteger())
                     .arg(counts.value(QStringLiteral("synced")).toInteger())
              << Qt::endl;
    for (const QJsonValue& v : std::as_const(items)) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("state")).toString() != QLatin1String("failed"))
            continue;
        cli.out() << "  #" << o.value(QStringLiteral("id")).toInteger() << " "
                  << o.value(QStringLiteral("dossierCode")).toString() << " — "
                  << o.value(QStringLiteral("reason")).toString() << Qt::endl;
    }
    return ExitOk;
}

int retry(CliInvocation& cli, QCommandLineParser& parser)
{
    std::unique_ptr<Database> db;
    if (int rc = openDatabase(cli, parser.value(QStringLiteral("db")), &db); rc >= 0)
        return rc;
    auto count = Outbox(*db).retryNow(parser.value(QStringLiteral("dossier")));
    if (!count)
        return cli.failed(tr("cannot update the outbox (%1)").arg(count.error().code));
    if (parser.isSet(QStringLiteral("json")))
        cli.printJson(QJsonObject{{QStringLiteral("due"), count.value()}});
    else
        cli.out() << tr("%1 entries are due now.").arg(count.value()) << Qt::endl;
    return ExitOk;
}

int exportEntry(CliInvocation& cli, QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("entry")).toLongLong(&ok);
    if (!ok || id < 1)
        return cli.badInput(tr("--entry ID is required (see 'motcua-cli sync status')"));
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return cli.badInput(tr("--out FILE is required"));
    std::unique_ptr<Database> db;
    if (int rc = openDatabase(cli, parser.value(QStringLiteral("db")), &db); rc >= 0)
        return rc;
    if (Status s = Outbox(*db).exportEntryToFile(id, path); !s) {
        if (s.error().code == QLatin1String(storage_error::NotFound))
            return cli.badInput(tr("no outbox entry %1").arg(id));
        return cli.failed(tr("cannot export (%1): %2").arg(s.error().code, s.error().message));
    }
    if (parser.isSet(QStringLiteral("json")))
        cli.printJson(QJsonObject{{QStringLiteral("entry"), id}, {QStringLiteral("file"), path}});
    else
        cli.out() << tr("Entry %1 written to %2; it stays in the outbox.").arg(id).arg(path) << Qt::endl;
    return ExitOk;
}

int credentials(CliInvocation& cli, QCommandLineParser& parser)
{
    const QUrl registry(parser.value(QStringLiteral("registry")));
    const QString deskId = parser.value(QStringLiteral("desk-id"));
    if (!RegistryEndpoint::create(registry) || deskId.isEmpty())
        return cli.badInput(tr("--registry URL and --desk-id ID are required"));
    if (parser.isSet(QStringLiteral("remove"))) {
        if (Status s = CredentialStore::removeSecret(registry, deskId); !s)
            return cli.failed(tr("%1 (%2)").arg(SyncError::describe(s.error().code), s.error().code));
        cli.out() << tr("Secret removed from the keychain.") << Qt::endl;
        return ExitOk;
    }
    // The secret comes on standard input, never on the command line (visible in the process list).
    QTextStream in(stdin);
    const QString secret = in.readLine().trimmed();
    if (secret.isEmpty())
        return cli.badInput(tr("give the secret on standard input"));
    if (Status s = CredentialStore::writeSecret(registry, deskId, secret); !s)
        return cli.failed(tr("%1 (%2)").arg(SyncError::describe(s.error().code), s.error().code));
    cli.out() << tr("Secret stored in the system keychain.") << Qt::endl;
    return ExitOk;
}

int run(CliInvocation& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends the desk's outbox to the central registry and applies what came back (official codes, "
           "statuses, decisions). Actions: (none) one pass with --once; status; retry [--dossier UUID]; "
           "export --entry ID --out FILE; credentials (secret on standard input) [--remove]."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("status, retry, export or credentials."),
                                 QStringLiteral("[action]"));
    parser.addOptions({
        {QStringLiteral("db"), tr("The desk database file."), QStringLiteral("FILE")},
        {QStringLiteral("registry"), tr("Registry base URL (HTTPS; plain HTTP to loopback only)."),
         QStringLiteral("URL")},
        {QStringLiteral("desk-id"), tr("This desk's id at the registry, e.g. Q01."), QStringLiteral("ID")},
        {QStringLiteral("once"), tr("Run one pass (send everything due, then pull changes) and exit.")},
        {QStringLiteral("ca-bundle"), tr("PEM file of CA certificates to trust besides the system's."),
         QStringLiteral("FILE")},
        {QStringLiteral("files"), tr("The desk's file store (default: 'files' beside the database)."),
         QStringLiteral("DIR")},
        {QStringLiteral("batch"), tr("Entries per request (1–500, default 100)."), QStringLiteral("N")},
        {QStringLiteral("timeout-ms"), tr("Give up a request after this long without progress (default 30000)."),
         QStringLiteral("MS")},
        {QStringLiteral("chunk-kb"), tr("Attachment chunk size in KiB (default 1024)."), QStringLiteral("N")},
        {QStringLiteral("secret-env"),
         tr("Read the secret from this environment variable (loopback registries "
            "only: simulator and tests)."),
         QStringLiteral("VAR")},
        {QStringLiteral("dossier"), tr("retry: only this dossier's entries."), QStringLiteral("UUID")},
        {QStringLiteral("entry"), tr("export: the outbox entry id."), QStringLiteral("ID")},
        {QStringLiteral("out"), tr("export: the file to write."), QStringLiteral("FILE")},
        {QStringLiteral("remove"), tr("credentials: remove the stored secret.")},
    });
    const int parsed =
        cli.parse(parser, QStringList{QStringLiteral("motcua-cli sync")} + cli.arguments(),
                  QStringLiteral("motcua-cli sync --db desk.sqlite --registry "
                                 "https://motcua.example.gov.vn/api/motcua --desk-id Q01 --once --json"));
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return cli.badInput(tr("one action at most, got '%1'").arg(positional.join(QLatin1Char(' '))));
    const QString action = positional.value(0);
    if (action.isEmpty())
        return runPass(cli, parser);
    if (action == QLatin1String("status"))
        return status(cli, parser);
    if (action == QLatin1String("retry"))
        return retry(cli, parser);
    if (action == QLatin1String("export"))
        return exportEntry(cli, parser);
    if (action == QLatin1String("credentials"))
        return credentials(cli, parser);
    return cli.badInput(tr("unknown action '%1': expected status, retry, export or credentials").arg(action));
}

CliRegistration reg{{QStringLiteral("sync"), QStringLiteral("Send the outbox to the registry; queue status"), &run}};

} // namespace
} // namespace motcua::cli
