// motcua-cli search: the dossier search of the desk, without diacritics.
//
//   motcua-cli search --db desk.sqlite dang van anh --json
//   motcua-cli search --db desk.sqlite 001203012345 --limit 5
#include "CliCommand.h"
#include "Database.h"
#include "SearchIndex.h"
#include "StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace motcua::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

QJsonValue minute(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))) : QJsonValue();
}

int run(CliInvocation& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds dossiers by applicant or representative name, ID number, dossier code (official or "
           "provisional), address or procedure. Diacritics are optional: 'dang van anh' finds 'Đặng Văn Ánh'. "
           "The last word also matches as a prefix. Newest dossiers first."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The desk database file."), QStringLiteral("FILE"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Most hits to show (default 20, at most 1000)."),
                                   QStringLiteral("N"));
    parser.addOptions({db, limit});
    parser.addPositionalArgument(QStringLiteral("QUERY"), tr("Words to look for."), QStringLiteral("QUERY..."));
    const int parsed = cli.parse(parser, QStringList{QStringLiteral("motcua-cli search")} + cli.arguments(),
                                 QStringLiteral("motcua-cli search --db desk.sqlite dang van anh --json"));
    if (parsed >= 0)
        return parsed;
    if (!parser.isSet(db) || parser.value(db).isEmpty())
        return cli.badInput(tr("--db FILE is required"));
    int max = 20;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toInt(&ok);
        if (!ok || max < 1 || max > 1000)
            return cli.badInput(
                tr("malformed --limit '%1': expected a number from 1 to 1000").arg(parser.value(limit)));
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return cli.badInput(tr("missing QUERY: give the words to look for"));
    if (SearchIndex::matchExpression(query).isEmpty())
        return cli.badInput(tr("the query '%1' has no letters or digits to look for").arg(query));

    DatabaseOptions options;
    options.create = false;
    options.migrate = false;
    options.check = IntegrityCheck::None; // interactive: `db check` is the thorough path
    auto opened = Database::open(parser.value(db), options);
    if (!opened) {
        return cli.cannotOpenDatabase(opened.error());
    }
    if ((*opened)->schemaVersion() < 1)
        return cli.failed(tr("the database has no schema yet: run motcua-cli db init"));

    QElapsedTimer timer;
    timer.start();
    const auto hits = SearchIndex(**opened).search(query, max);
    const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
    if (!hits)
        return cli.failed(tr("search failed (%1): %2").arg(hits.error().code, hits.error().message));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SearchHit& h : *hits)
            list.append(QJsonObject{
                {QStringLiteral("code"), h.code},
                {QStringLiteral("applicantName"), h.applicantName},
                {QStringLiteral("applicantIdNumber"), h.applicantIdNumber},
                {QStringLiteral("procedure"),
                 QJsonObject{{QStringLiteral("code"), h.procedureCode}, {QStringLiteral("name"), h.procedureName}}},
                {QStringLiteral("state"), stateKey(h.state)},
                {QStringLiteral("statusCode"), nationalStatusCode(h.state)},
                {QStringLiteral("receivedAt"), minute(h.receivedAt)},
                {QStringLiteral("dueAt"), minute(h.dueAt)},
                {QStringLiteral("uuid"), h.uuid},
            });
        cli.printJson(QJsonObject{{QStringLiteral("query"), query},
                                  {QStringLiteral("match"), SearchIndex::matchExpression(query)},
                                  {QStringLiteral("count"), list.size()},
                                  {QStringLiteral("limit"), max},
                                  {QStringLiteral("milliseconds"), elapsedUs / 1000.0},
                                  {QStringLiteral("hits"), list}});
        return ExitOk;
    }
    if (hits->isEmpty())
        cli.out() << tr("No dossier found for '%1'.").arg(query) << "\n";
    for (const SearchHit& h : *hits)
        cli.out() << h.code.leftJustified(28) << "  " << h.applicantName.leftJustified(26) << "  "
                  << stateKey(h.state).leftJustified(20) << "  " << h.procedureName << "\n";
    cli.out().flush();
    return ExitOk;
}

const CliRegistration registration{
    {QStringLiteral("search"), QStringLiteral("find dossiers by name, ID number, code or address"), &run}};

} // namespace
} // namespace motcua::cli
