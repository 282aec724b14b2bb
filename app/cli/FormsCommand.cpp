// motcua-cli forms render: prints a desk form of a stored dossier to PDF, exactly as the desk does.
//
//   motcua-cli forms render --db desk.sqlite --dossier TAM-Q01-260305-0001 --form receipt --out receipt.pdf
//   motcua-cli forms render --db desk.sqlite --form logbook --from 2026-03-01 --to 2026-03-31 --out book.pdf
//
// Forms: receipt (Mẫu 01), supplement (02), refusal (03), apology (04), stop, control, logbook.
// Exit codes: 0 written; 1 failed (not found, cannot write); 2 bad input.
#include "Action.h"
#include "CliAudit.h"
#include "CliCommand.h"
#include "Database.h"
#include "DeskCatalogue.h"
#include "DossierCode.h"
#include "DossierRepository.h"
#include "FormDataBuilder.h"
#include "FormFonts.h"
#include "FormRenderer.h"
#include "IntakeEnvironment.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <poppler-qt6.h>

namespace motcua::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

int runRender(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renders a form of a stored dossier as an A5 PDF (the log book A4) with "
                                        "the fonts embedded; the same PDF the desk previews and prints."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The desk database file."), QStringLiteral("FILE"));
    const QCommandLineOption dossier(QStringLiteral("dossier"), tr("Code of the dossier (official or provisional)."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption form(QStringLiteral("form"),
                                  tr("receipt, supplement, refusal, apology, stop, control or logbook."),
                                  QStringLiteral("FORM"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Log book: first reception date."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Log book: last reception date (default: --from)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption office(QStringLiteral("office"), tr("Office profile JSON; default: the demo commune."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption official(QStringLiteral("official"), tr("Full name of the official signing."),
                                      QStringLiteral("NAME"));
    parser.addOptions({db, dossier, form, out, from, to, office, official});
    if (const int exit = cli.parse(
            parser, args,
            QStringLiteral("motcua-cli forms render --db desk.sqlite --dossier TAM-Q01-260305-0001 --form receipt "
                           "--out receipt.pdf"));
        exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return cli.badInput(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (parser.value(db).isEmpty())
        return cli.badInput(tr("--db FILE is required"));
    const auto kind = intake::formKindFromKey(parser.value(form));
    if (!kind)
        return cli.badInput(tr("--form must be one of receipt, supplement, refusal, apology, stop, control, logbook"));
    if (parser.value(out).isEmpty())
        return cli.badInput(tr("--out FILE.pdf is required"));
    QDate fromDate;
    QDate toDate;
    if (parser.isSet(from)) {
        fromDate = QDate::fromString(parser.value(from), Qt::ISODate);
        if (!fromDate.isValid())
            return cli.badInput(tr("malformed date '%1' (expected YYYY-MM-DD)").arg(parser.value(from)));
    }
    toDate = fromDate;
    if (parser.isSet(to)) {
        toDate = QDate::fromString(parser.value(to), Qt::ISODate);
        if (!toDate.isValid())
            return cli.badInput(tr("malformed date '%1' (expected YYYY-MM-DD)").arg(parser.value(to)));
    }
    const bool bookByDates = *kind == intake::FormKind::LogBook && !parser.isSet(dossier);
    if (bookByDates && !fromDate.isValid())
        return cli.badInput(tr("the log book needs --dossier CODE or --from DATE"));
    if (!bookByDates && parser.value(dossier).isEmpty())
        return cli.badInput(tr("--dossier CODE is required"));
    if (!bookByDates && !DossierCode::parse(parser.value(dossier).trimmed()))
        return cli.badInput(tr("'%1' is not a dossier code").arg(parser.value(dossier)));
    if (parser.isSet(office) && !QFileInfo::exists(parser.value(office)))
        return cli.badInput(tr("file not found: %1").arg(parser.value(office)));

    auto env = intake::IntakeEnvironment::withFiles(parser.value(office), {}, {});
    if (!env)
        return cli.badInput(tr("cannot load the desk data (%1): %2").arg(env.error().code, env.error().message));
    DatabaseOptions options;
    options.create = false;
    auto database = Database::open(parser.value(db), options);
    if (!database)
        return cli.cannotOpenDatabase(database.error());
    env.value().database = database->get();
    // The desk's catalogue, with the procedure versions of the catalogues earlier dossiers were received under.
    if (auto choice = intake::DeskCatalogue::load(*database->get()))
        env.value().useCatalogue(*choice);
    env.value().userName = qEnvironmentVariable("USER", QStringLiteral("cli"));
    env.value().officialName = parser.isSet(official) ? parser.value(official) : QString();
    intake::FormFonts::ensureLoaded();

    intake::FormDataBuilder builder(*env);
    Result<intake::FormInput> input = Result<intake::FormInput>::failure(QString(), QString());
    if (bookByDates) {
        if (toDate < fromDate)
            return cli.badInput(tr("--to is before --from"));
        input = builder.logBook(fromDate, toDate);
    } else {
        const auto found = DossierRepository(**database).findByCode(parser.value(dossier).trimmed());
        if (!found)
            return cli.failed(found.error().code == QLatin1String("storage.not_found")
                                  ? tr("no dossier with code %1").arg(parser.value(dossier))
                                  : tr("cannot read the dossier (%1)").arg(found.error().code));
        input = builder.build(*kind, found->uuid);
    }
    if (!input)
        return cli.failed(tr("cannot gather the form data (%1)").arg(input.error().code));
    const QString printed = bookByDates ? QStringLiteral("form=logbook from=%1 to=%2")
                                              .arg(fromDate.toString(Qt::ISODate), toDate.toString(Qt::ISODate))
                                        : QStringLiteral("form=%1").arg(intake::formKindKey(*kind));
    if (const Status recorded = recordCliAccess(**database, security::action::DossierPrint, input->dossier.uuid,
                                                input->dossier.code, printed);
        !recorded)
        return cli.failed(
            tr("cannot record the print in the audit trail (%1); nothing is written").arg(recorded.error().code));
    const auto pdf = intake::FormRenderer::render(*kind, *input);
    if (!pdf)
        return cli.failed(tr("cannot render the form (%1): %2").arg(pdf.error().code, pdf.error().message));
    QFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.flush())
        return cli.failed(tr("cannot write %1").arg(parser.value(out)));
    file.close();
    const auto document = Poppler::Document::loadFromData(*pdf);
    const int pages = document ? document->numPages() : 0;
    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{{QStringLiteral("form"), intake::formKindKey(*kind)},
                                  {QStringLiteral("title"), intake::FormRenderer::documentTitle(*kind, *input)},
                                  {QStringLiteral("out"), QFileInfo(parser.value(out)).absoluteFilePath()},
                                  {QStringLiteral("pages"), pages},
                                  {QStringLiteral("bytes"), double(pdf->size())},
                                  {QStringLiteral("demo"), input->demo || input->dossier.demo}});
    } else {
        cli.out() << tr("Wrote %1 (%2 page(s))").arg(parser.value(out)).arg(pages) << Qt::endl;
    }
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(
        cli, tr("Desk forms of a stored dossier as PDF, the same the desk previews and prints."),
        {
            {QStringLiteral("render"),
             tr("receipt, supplement, refusal, apology, stop, control sheet or log book (--out FILE.pdf)"), &runRender},
        });
}

CliRegistration reg{
    {QStringLiteral("forms"), QStringLiteral("Render desk forms (receipt, log book, …) as PDF"), &run, true}};

} // namespace
} // namespace motcua::cli
