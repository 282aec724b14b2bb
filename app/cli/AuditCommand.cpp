// motcua-cli audit: check and export the desk's hash-chained audit trail (docs/SECURITY.md).
//
//   motcua-cli audit verify --db desk.sqlite --json     (exit 1 when the chain is broken, naming the row)
//   motcua-cli audit export --db desk.sqlite --out audit.csv|audit.json
//   motcua-cli audit list --db desk.sqlite --dossier CODE --limit 50 --json
//
// Read-only: the database is opened without migrating it, so checking a copy taken from a desk never
// changes the copy.
#include "AuditExport.h"
#include "AuditTrail.h"
#include "CliCommand.h"
#include "Database.h"
#include "StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace motcua::cli {
namespace {

using security::AuditExport;
using security::AuditTrail;

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

const QCommandLineOption& kDbOption = CliInvocation::databaseOption();

// Opens the database as found; returns an exit code on failure, -1 when `db` is ready.
int openTrail(CliInvocation& cli, const QString& path, std::unique_ptr<Database>& db)
{
    DatabaseOptions options;
    options.create = false;
    options.migrate = false;
    auto opened = Database::open(path, options);
    if (!opened) {
        return cli.cannotOpenDatabase(opened.error());
    }
    db = std::move(opened).value();
    Statement table = db->prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'");
    if (!table.next())
        return cli.badInput(tr("this database has no audit trail (schema version %1; the desk upgrades it when it "
                               "opens it)")
                                .arg(db->schemaVersion()));
    return -1;
}

int runVerify(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Walks the audit trail's hash chain from the first row. Exit 0 when it is intact, 1 when a row was "
           "altered, removed or inserted (the first such row is named), 2 when the file is not a desk database."));
    const QCommandLineOption expectHead(QStringLiteral("expect-head"),
                                        tr("The last row's hash recorded earlier: also detects removed newest rows."),
                                        QStringLiteral("HASH"));
    parser.addOption(expectHead);
    if (const int exit =
            cli.parseOnDatabase(parser, args, QStringLiteral("motcua-cli audit verify --db desk.sqlite --json"));
        exit >= 0)
        return exit;
    std::unique_ptr<Database> db;
    if (const int exit = openTrail(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    auto verified = AuditTrail(*db).verify();
    if (!verified)
        return cli.failed(tr("cannot read the audit trail: %1").arg(verified.error().message));
    security::AuditVerification v = verified.value();
    // The recorded head must still be in the chain: at its end, or followed by newer rows.
    if (v.intact && parser.isSet(expectHead)) {
        const QString head = parser.value(expectHead).trimmed().toLower();
        bool found = false;
        AuditTrail(*db).forEach([&](const security::AuditEntry& e) {
            found = e.hash == head;
            return !found;
        });
        if (!found) {
            v.intact = false;
            v.firstBadSeq = v.rows + 1;
            v.kind = security::AuditVerification::Problem::HeadMissing;
            v.problem = QStringLiteral("the recorded head hash is no longer in the chain (newest rows removed?)");
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("path"), QFileInfo(db->path()).absoluteFilePath()},
                      {QStringLiteral("intact"), v.intact},
                      {QStringLiteral("rows"), v.rows},
                      {QStringLiteral("headHash"), v.headHash}};
        if (!v.intact) {
            o.insert(QStringLiteral("firstBadRow"), v.firstBadSeq);
            o.insert(QStringLiteral("problem"), v.problem);
        }
        cli.printJson(o);
    } else if (v.intact) {
        cli.out() << tr("Audit trail intact: %1 rows, head %2").arg(v.rows).arg(v.headHash) << "\n";
        cli.out().flush();
    }
    if (!v.intact)
        return cli.failed(tr("the audit trail is broken at row %1: %2").arg(v.firstBadSeq).arg(v.problem));
    return ExitOk;
}

int runExport(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the whole audit trail, with both hashes of every row, as CSV or JSON "
                                        "(chosen by --format, else by the file name)."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or json."), QStringLiteral("FORMAT"));
    parser.addOptions({out, format});
    if (const int exit = cli.parseOnDatabase(
            parser, args, QStringLiteral("motcua-cli audit export --db desk.sqlite --out audit.csv"));
        exit >= 0)
        return exit;
    if (parser.value(out).isEmpty())
        return cli.badInput(tr("--out FILE is required"));
    AuditExport::Format chosen = AuditExport::formatForPath(parser.value(out));
    if (parser.isSet(format)) {
        const QString f = parser.value(format).toLower();
        if (f != QLatin1String("csv") && f != QLatin1String("json"))
            return cli.badInput(tr("--format must be csv or json"));
        chosen = f == QLatin1String("json") ? AuditExport::Format::Json : AuditExport::Format::Csv;
    }
    std::unique_ptr<Database> db;
    if (const int exit = openTrail(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    const AuditTrail trail(*db);
    if (Status st = AuditExport::writeFile(trail, parser.value(out), chosen); !st)
        return cli.failed(st.error().message);
    const qint64 rows = trail.count().ok() ? trail.count().value() : -1;
    if (parser.isSet(QStringLiteral("json")))
        cli.printJson(
            QJsonObject{{QStringLiteral("out"), QFileInfo(parser.value(out)).absoluteFilePath()},
                        {QStringLiteral("format"),
                         chosen == AuditExport::Format::Json ? QStringLiteral("json") : QStringLiteral("csv")},
                        {QStringLiteral("rows"), rows}});
    else
        cli.out() << tr("Wrote %1 audit rows to %2").arg(rows).arg(parser.value(out)) << "\n";
    cli.out().flush();
    return ExitOk;
}

int runList(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows the newest audit rows, optionally for one dossier, official or action."));
    const QCommandLineOption dossier(QStringLiteral("dossier"), tr("Dossier uuid or code."), QStringLiteral("ID"));
    const QCommandLineOption actor(QStringLiteral("actor"), tr("Login of the official."), QStringLiteral("LOGIN"));
    const QCommandLineOption action(QStringLiteral("action"), tr("Action, or a prefix ending in '.'."),
                                    QStringLiteral("ACTION"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N rows (default 50)."), QStringLiteral("N"));
    parser.addOptions({dossier, actor, action, limit});
    if (const int exit =
            cli.parseOnDatabase(parser, args, QStringLiteral("motcua-cli audit list --db desk.sqlite --json"));
        exit >= 0)
        return exit;
    security::AuditQuery q;
    q.dossier = parser.value(dossier);
    q.actor = parser.value(actor);
    q.action = parser.value(action);
    q.limit = 50;
    if (parser.isSet(limit)) {
        bool ok = false;
        q.limit = parser.value(limit).toInt(&ok);
        if (!ok || q.limit < 1)
            return cli.badInput(tr("--limit must be a positive number"));
    }
    std::unique_ptr<Database> db;
    if (const int exit = openTrail(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    auto rows = AuditTrail(*db).query(q);
    if (!rows)
        return cli.failed(rows.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& e : *rows)
            array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("occurredAt"), e.occurredAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("actor"), e.actor},
                                     {QStringLiteral("role"), e.role},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("dossierUuid"), e.dossierUuid},
                                     {QStringLiteral("dossierCode"), e.dossierCode},
                                     {QStringLiteral("detail"), e.detail}});
        cli.printJson(QJsonObject{{QStringLiteral("rows"), array}});
        return ExitOk;
    }
    for (const auto& e : *rows)
        cli.out() << e.seq << "  " << e.occurredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << e.actor
                  << "  " << e.action << "  " << e.dossierCode << "  " << e.detail << "\n";
    cli.out().flush();
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(cli, tr("The hash-chained audit trail of views, prints, exports and changes (docs/SECURITY.md)."),
                     {
                         {QStringLiteral("verify"), tr("check the chain; exit 1 naming the first bad row"), &runVerify},
                         {QStringLiteral("export"), tr("write the trail as CSV or JSON (--out FILE)"), &runExport},
                         {QStringLiteral("list"), tr("show the newest rows"), &runList},
                     });
}

const CliRegistration registration{
    {QStringLiteral("audit"), QStringLiteral("the audit trail (verify, export, list)"), &run}};

} // namespace
} // namespace motcua::cli
