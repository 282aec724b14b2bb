// motcua-cli dossier: receive, show and list dossiers with the desk's own intake code.
//
//   motcua-cli dossier create --db desk.sqlite --input birth.json --json
//   motcua-cli dossier show TAM-Q01-260305-0001 --db desk.sqlite --json
//   motcua-cli dossier list --state received --db desk.sqlite --json
//
// The input format of `create` is docs/DOSSIER-INPUT.md. Exit codes: 0 done; 1 failed (not found,
// storage error); 2 bad input (unknown option or procedure, malformed JSON, missing file, invalid data).
#include "Action.h"
#include "CliAudit.h"
#include "CliCommand.h"
#include "Database.h"
#include "DeskCatalogue.h"
#include "DossierCode.h"
#include "DossierRepository.h"
#include "DossierSnapshot.h"
#include "FormDataBuilder.h"
#include "Outbox.h"
#include "ReceptionService.h"
#include "SearchIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

namespace motcua::cli {
namespace {

using intake::IntakeEnvironment;

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

const QCommandLineOption kDb(QStringLiteral("db"), QStringLiteral("The desk database file."), QStringLiteral("FILE"));
const QCommandLineOption kOffice(QStringLiteral("office"),
                                 QStringLiteral("Office profile JSON (names, desk id); default: the demo commune."),
                                 QStringLiteral("FILE"));
const QCommandLineOption kCatalogue(QStringLiteral("catalogue"),
                                    QStringLiteral("Procedure catalogue file instead of the desk's (the built-in "
                                                   "one or a newer one stored in the database)."),
                                    QStringLiteral("FILE"));
const QCommandLineOption kCalendar(QStringLiteral("calendar"), QStringLiteral("Extra working-calendar layer."),
                                   QStringLiteral("FILE"));

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate) : QString();
}

struct Opened
{
    std::unique_ptr<Database> db;
    IntakeEnvironment env;
};

// Parses the options every action shares; returns an exit code, or -1 to go on.
int parse(CliInvocation& cli, QCommandLineParser& parser, const QStringList& args, const QString& example)
{
    parser.addOption(kDb);
    parser.addOption(kOffice);
    parser.addOption(kCatalogue);
    parser.addOption(kCalendar);
    return cli.parse(parser, args, example);
}

// Loads the desk data and opens the database; returns an exit code, or -1 to go on.
int open(CliInvocation& cli, const QCommandLineParser& parser, bool create, Opened& opened)
{
    if (parser.value(kDb).isEmpty())
        return cli.badInput(tr("--db FILE is required"));
    for (const auto* option : {&kOffice, &kCatalogue, &kCalendar})
        if (parser.isSet(*option) && !QFileInfo::exists(parser.value(*option)))
            return cli.badInput(tr("file not found: %1").arg(parser.value(*option)));
    auto env = IntakeEnvironment::withFiles(parser.value(kOffice), parser.value(kCatalogue), parser.value(kCalendar));
    if (!env)
        return cli.badInput(tr("cannot load the desk data (%1): %2").arg(env.error().code, env.error().message));
    DatabaseOptions options;
    options.create = create;
    auto db = Database::open(parser.value(kDb), options);
    if (!db)
        return cli.cannotOpenDatabase(db.error());
    opened.db = std::move(db.value());
    opened.env = std::move(env.value());
    opened.env.database = opened.db.get();
    if (!parser.isSet(kCatalogue)) { // the catalogue the desk itself would use (DeskCatalogue)
        auto choice = intake::DeskCatalogue::load(*opened.db);
        if (!choice)
            return cli.failed(
                tr("cannot load the desk data (%1): %2").arg(choice.error().code, choice.error().message));
        opened.env.useCatalogue(*choice);
    }
    opened.env.userName = qEnvironmentVariable("USER", QStringLiteral("cli"));
    return -1;
}

int runCreate(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Receives a dossier from a JSON description (docs/DOSSIER-INPUT.md): validates it, stores dossier, "
           "components, files and the outbox event in one transaction and prints the code and due date."));
    const QCommandLineOption input(QStringLiteral("input"), tr("The dossier description, or - for stdin."),
                                   QStringLiteral("FILE.json"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Login of the receiving official."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Mark the dossier as a demo dossier."));
    parser.addOption(input);
    parser.addOption(user);
    parser.addOption(demo);
    if (const int exit = parse(cli, parser, args,
                               QStringLiteral("motcua-cli dossier create --db desk.sqlite --input birth.json --json"));
        exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return cli.badInput(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    // Check the input before touching the database, so bad input never creates a file.
    const QString inputPath = parser.value(input);
    if (inputPath.isEmpty())
        return cli.badInput(tr("--input FILE.json is required"));
    if (inputPath != QLatin1String("-") && !QFileInfo::exists(inputPath))
        return cli.badInput(tr("input file not found: %1").arg(inputPath));
    Opened opened;
    if (const int exit = open(cli, parser, true, opened); exit >= 0)
        return exit;

    QByteArray bytes;
    QString baseDir = QDir::currentPath();
    if (inputPath == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return cli.badInput(tr("cannot read stdin"));
        bytes = in.readAll();
    } else {
        QFile in(inputPath);
        if (!in.open(QIODevice::ReadOnly))
            return cli.badInput(tr("cannot read %1").arg(inputPath));
        bytes = in.readAll();
        baseDir = QFileInfo(inputPath).absolutePath();
    }
    auto parsed = intake::ReceptionDraft::fromJsonBytes(bytes);
    if (!parsed)
        return cli.badInput(parsed.error().message);
    intake::ReceptionDraft* draft = &parsed.value();
    // Component files are relative to the input file.
    for (intake::ComponentChoice& c : draft->components) {
        if (c.filePath.isEmpty())
            continue;
        c.filePath = QDir(baseDir).absoluteFilePath(c.filePath);
        if (!QFileInfo::exists(c.filePath))
            return cli.badInput(tr("component '%1': file not found: %2").arg(c.componentId, c.filePath));
    }
    if (parser.isSet(user))
        draft->receivedBy = parser.value(user);
    if (parser.isSet(demo))
        draft->demo = true;

    intake::ReceptionService service(opened.env);
    if (auto procedure = service.procedureFor(*draft); !procedure)
        return cli.badInput(
            tr("unknown procedure '%1' (catalogue %2)").arg(draft->procedureCode, opened.env.catalogue.version()));
    auto result = service.receive(*draft);
    if (auto* error = std::get_if<intake::ReceptionError>(&result)) {
        if (!error->issues.isEmpty()) {
            QStringList lines;
            for (const auto& issue : error->issues)
                lines.append(QStringLiteral("%1: %2").arg(issue.field, issue.message));
            return cli.badInput(tr("invalid dossier: %1").arg(lines.join(QStringLiteral("; "))));
        }
        if (error->error.code.startsWith(QLatin1String("input.")))
            return cli.badInput(error->error.message);
        return cli.failed(tr("the dossier was not saved (%1): %2").arg(error->error.code, error->error.message));
    }
    const auto& out = std::get<intake::ReceptionOutcome>(result);
    const QDateTime due = out.dossier.dueAt.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh"));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray linked;
        for (const Dossier& d : out.linked)
            linked.append(QJsonObject{{QStringLiteral("uuid"), d.uuid},
                                      {QStringLiteral("code"), d.code},
                                      {QStringLiteral("procedureCode"), d.procedureCode},
                                      {QStringLiteral("procedureName"), d.procedureName}});
        cli.printJson(QJsonObject{
            {QStringLiteral("uuid"), out.dossier.uuid},
            {QStringLiteral("code"), out.dossier.code},
            {QStringLiteral("codeProvisional"), out.dossier.codeProvisional},
            {QStringLiteral("procedureCode"), out.dossier.procedureCode},
            {QStringLiteral("procedureVersion"), out.dossier.procedureVersion},
            {QStringLiteral("catalogueVersion"), out.dossier.catalogueVersion},
            {QStringLiteral("state"), stateKey(out.dossier.state)},
            {QStringLiteral("receivedAt"), isoTime(out.dossier.receivedAt)},
            {QStringLiteral("dueAt"), isoTime(out.dossier.dueAt)},
            {QStringLiteral("dueDate"), due.date().toString(Qt::ISODate)},
            {QStringLiteral("dueTime"), due.time().toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("countingStart"), countingStartKey(out.due.startRule)},
            {QStringLiteral("feeVnd"), double(out.dossier.feeVnd)},
            {QStringLiteral("demo"), out.dossier.demo},
            {QStringLiteral("linked"), linked},
        });
    } else {
        cli.out() << tr("Received %1 (%2), due %3 at %4")
                         .arg(out.dossier.code,
                              out.dossier.codeProvisional ? tr("provisional code") : tr("official code"),
                              due.date().toString(Qt::ISODate), due.time().toString(QStringLiteral("HH:mm")))
                  << Qt::endl;
        for (const Dossier& d : out.linked)
            cli.out() << "  " << tr("linked") << " " << d.code << " " << d.procedureCode << Qt::endl;
    }
    return ExitOk;
}

int runShow(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows one dossier (by official or provisional code) with its timeline, "
                                        "documents and sync state. Prints the applicant's personal data."));
    parser.addPositionalArgument(QStringLiteral("CODE"), tr("The dossier code."));
    if (const int exit = parse(cli, parser, args,
                               QStringLiteral("motcua-cli dossier show TAM-Q01-260305-0001 --db desk.sqlite --json"));
        exit >= 0)
        return exit;
    Opened opened;
    if (const int exit = open(cli, parser, false, opened); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1)
        return cli.badInput(tr("give exactly one dossier CODE"));
    const QString code = parser.positionalArguments().first().trimmed();
    if (!DossierCode::parse(code))
        return cli.badInput(tr("'%1' is not a dossier code").arg(code));
    DossierRepository repository(*opened.db);
    const auto dossier = repository.findByCode(code);
    if (!dossier)
        return cli.failed(dossier.error().code == QLatin1String("storage.not_found")
                              ? tr("no dossier with code %1").arg(code)
                              : tr("cannot read the dossier (%1)").arg(dossier.error().code));
    if (const Status recorded =
            recordCliAccess(*opened.db, security::action::DossierView, dossier->uuid, dossier->code);
        !recorded)
        return cli.failed(
            tr("cannot record the view in the audit trail (%1); nothing is shown").arg(recorded.error().code));
    const auto events = repository.events(dossier->uuid);
    if (!events)
        return cli.failed(tr("cannot read the timeline (%1)").arg(events.error().code));
    Outbox outbox(*opened.db);
    const auto sync = outbox.dossierSyncState(dossier->uuid);
    const QList<Dossier> linked = intake::FormDataBuilder(opened.env).linkedDossiers(dossier->uuid);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = DossierSnapshot::dossier(*dossier);
        QJsonArray timeline;
        for (const DossierEvent& e : *events)
            timeline.append(DossierSnapshot::event(e));
        o.insert(QStringLiteral("events"), timeline);
        o.insert(QStringLiteral("syncState"), sync ? outboxStateKey(*sync) : QString());
        o.insert(QStringLiteral("overdue"), dossier->isOverdue(QDateTime::currentDateTime()));
        QJsonArray children;
        for (const Dossier& d : linked)
            children.append(QJsonObject{{QStringLiteral("code"), d.code},
                                        {QStringLiteral("procedureCode"), d.procedureCode},
                                        {QStringLiteral("state"), stateKey(d.state)}});
        o.insert(QStringLiteral("linked"), children);
        cli.printJson(o);
        return ExitOk;
    }
    QTextStream& out = cli.out();
    out << dossier->code << (dossier->codeProvisional ? tr(" (provisional)") : QString()) << "\n"
        << "  " << dossier->procedureCode << " " << dossier->procedureName << "\n"
        << "  " << tr("applicant") << ": " << dossier->applicant.fullName << " " << dossier->applicant.idNumber << "\n"
        << "  " << tr("state") << ": " << stateKey(dossier->state) << "\n"
        << "  " << tr("received") << ": " << isoTime(dossier->receivedAt) << "\n"
        << "  " << tr("due") << ": " << isoTime(dossier->dueAt) << "\n"
        << "  " << tr("sync") << ": " << (sync ? outboxStateKey(*sync) : QString()) << "\n";
    for (const DossierComponent& c : dossier->components)
        out << "  - " << c.name << " [" << componentStatusKey(c.status) << "]\n";
    for (const DossierEvent& e : *events)
        out << "  " << isoTime(e.at) << " " << e.action << " " << e.actor << "\n";
    out.flush();
    return ExitOk;
}

int runList(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists dossiers, newest first, with their sync state."));
    const QCommandLineOption state(QStringLiteral("state"), tr("Only this state (key or national code 1–10)."),
                                   QStringLiteral("S"));
    const QCommandLineOption procedure(QStringLiteral("procedure"), tr("Only this procedure code."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Received on or after this date."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Received on or before this date."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), tr("Only open dossiers past their due time."));
    const QCommandLineOption search(
        QStringLiteral("search"), tr("Name, ID number, code or address (no accents needed)."), QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N dossiers (default 200)."),
                                   QStringLiteral("N"));
    parser.addOptions({state, procedure, from, to, overdue, search, limit});
    if (const int exit = parse(cli, parser, args,
                               QStringLiteral("motcua-cli dossier list --state received --db desk.sqlite --json"));
        exit >= 0)
        return exit;
    Opened opened;
    if (const int exit = open(cli, parser, false, opened); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return cli.badInput(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    DossierFilter filter;
    if (parser.isSet(state)) {
        const auto s = dossierStateFromKey(parser.value(state));
        if (!s)
            return cli.badInput(tr("unknown state '%1'").arg(parser.value(state)));
        filter.states = {*s};
    }
    filter.procedureCode = parser.value(procedure);
    for (const auto& [option, target] : {std::pair{&from, &filter.receivedFrom}, std::pair{&to, &filter.receivedTo}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid())
            return cli.badInput(tr("malformed date '%1' (expected YYYY-MM-DD)").arg(parser.value(*option)));
    }
    if (parser.isSet(overdue))
        filter.overdueAt = QDateTime::currentDateTime();
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.limit = parser.value(limit).toInt(&ok);
        if (!ok || filter.limit < 1)
            return cli.badInput(tr("--limit needs a positive number"));
    }
    DossierRepository repository(*opened.db);
    auto listed = repository.list(filter);
    if (!listed)
        return cli.failed(tr("cannot list dossiers (%1)").arg(listed.error().code));
    QList<DossierSummary> rows = *listed;
    if (parser.isSet(search)) {
        const auto hits = SearchIndex(*opened.db).search(parser.value(search), filter.limit);
        if (!hits)
            return cli.failed(tr("search failed (%1)").arg(hits.error().code));
        QSet<QString> found;
        for (const SearchHit& h : *hits)
            found.insert(h.uuid);
        rows.erase(
            std::remove_if(rows.begin(), rows.end(), [&](const DossierSummary& s) { return !found.contains(s.uuid); }),
            rows.end());
    }
    const QDateTime now = QDateTime::currentDateTime();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DossierSummary& s : rows)
            array.append(QJsonObject{
                {QStringLiteral("uuid"), s.uuid},
                {QStringLiteral("code"), s.code},
                {QStringLiteral("codeProvisional"), s.codeProvisional},
                {QStringLiteral("procedureCode"), s.procedureCode},
                {QStringLiteral("procedureName"), s.procedureName},
                {QStringLiteral("applicantName"), s.applicantName},
                {QStringLiteral("state"), stateKey(s.state)},
                {QStringLiteral("statusCode"), nationalStatusCode(s.state)},
                {QStringLiteral("receivedAt"), isoTime(s.receivedAt)},
                {QStringLiteral("dueAt"), isoTime(s.dueAt)},
                {QStringLiteral("overdue"),
                 s.dueAt.isValid() && now > s.dueAt && !isTerminal(s.state) && s.state != DossierState::Resolved},
                {QStringLiteral("syncState"), s.syncState},
                {QStringLiteral("syncError"), s.syncError},
            });
        cli.printJson(QJsonObject{{QStringLiteral("count"), array.size()}, {QStringLiteral("dossiers"), array}});
        return ExitOk;
    }
    for (const DossierSummary& s : rows)
        cli.out() << s.code << "  " << stateKey(s.state) << "  " << s.procedureCode << "  " << isoTime(s.dueAt) << "  "
                  << s.syncState << "\n";
    cli.out() << QCoreApplication::translate("motcua::cli::DossierCommand", "%n dossier(s)", nullptr, int(rows.size()))
              << Qt::endl;
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(
        cli, tr("Dossiers in the desk database (input format: docs/DOSSIER-INPUT.md)."),
        {
            {QStringLiteral("create"), tr("receive a dossier from a JSON file (--input FILE.json)"), &runCreate},
            {QStringLiteral("show"), tr("one dossier with its timeline (CODE); prints personal data"), &runShow},
            {QStringLiteral("list"), tr("dossiers with their sync state (--state S)"), &runList},
        });
}

CliRegistration reg{{QStringLiteral("dossier"), QStringLiteral("Receive, show and list dossiers"), &run}};

} // namespace
} // namespace motcua::cli
