#include "CliCommand.h"

#include "StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

namespace motcua::cli {

CliInvocation::CliInvocation(QString command, QStringList arguments)
    : m_command(std::move(command)), m_arguments(std::move(arguments)), m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliInvocation::badInput(const QString& message)
{
    m_err << "motcua-cli " << m_command << ": " << message << Qt::endl;
    return ExitBadInput;
}

int CliInvocation::failed(const QString& message)
{
    m_err << "motcua-cli " << m_command << ": " << message << Qt::endl;
    return ExitFailed;
}

int CliInvocation::cannotOpenDatabase(const Error& error)
{
    const QString message =
        QCoreApplication::translate("motcua::cli", "cannot open the database (%1): %2").arg(error.code, error.message);
    return storage_error::isUnusableFile(error.code) ? badInput(message) : failed(message);
}

void CliInvocation::printJson(const QJsonObject& object)
{
    printJson(QJsonDocument(object));
}

void CliInvocation::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliInvocation::parse(QCommandLineParser& parser, const QStringList& args, const QString& usageExample)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    // addOption() refuses a name the command already added; optionNames() would warn before parse().
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON document.")));
    if (!parser.parse(args))
        return badInput(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        if (!usageExample.isEmpty())
            m_out << "\nExample:\n  " << usageExample << "\n";
        m_out.flush();
        return ExitOk;
    }
    return -1;
}

int CliInvocation::parseOnDatabase(QCommandLineParser& parser, const QStringList& args, const QString& usageExample)
{
    parser.addOption(databaseOption());
    const int parsed = parse(parser, args, usageExample);
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty())
        return badInput(QCoreApplication::translate("motcua::cli::CliInvocation", "unexpected argument '%1'")
                            .arg(parser.positionalArguments().first()));
    if (parser.value(databaseOption()).isEmpty())
        return badInput(QCoreApplication::translate("motcua::cli::CliInvocation", "--db FILE is required"));
    return -1;
}

const QCommandLineOption& CliInvocation::databaseOption()
{
    static const QCommandLineOption option(QStringLiteral("db"), QStringLiteral("The desk database file."),
                                           QStringLiteral("FILE"));
    return option;
}

int runAction(CliInvocation& cli, const QString& description, const QList<CliAction>& actions)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("motcua::cli", text);
    }; // as lupdate files it
    const QString action = cli.arguments().value(0);
    for (const CliAction& candidate : actions)
        if (candidate.name == action)
            return candidate.run(cli, QStringList{QStringLiteral("motcua-cli %1 %2").arg(cli.command(), action)} +
                                          cli.arguments().mid(1));
    QStringList names;
    qsizetype width = 0;
    for (const CliAction& candidate : actions) {
        names << candidate.name;
        width = std::max(width, candidate.name.size());
    }
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        QTextStream& out = cli.out();
        out << "Usage: motcua-cli " << cli.command() << " " << names.join(QLatin1Char('|')) << " [options]\n\n"
            << description << "\n\n";
        for (const CliAction& candidate : actions)
            out << "  " << candidate.name.leftJustified(width + 2) << candidate.summary << "\n";
        out << "\n" << tr("Each action takes --help (its options and an example) and --json.") << "\n";
        out.flush();
        return ExitOk;
    }
    const QString list = names.join(QStringLiteral(", "));
    if (action.isEmpty() || action.startsWith(QLatin1Char('-')))
        return cli.badInput(tr("missing action: use %1 (see motcua-cli %2 --help)").arg(list, cli.command()));
    return cli.badInput(tr("unknown action '%1': use %2").arg(action, list));
}

void CliRegistry::add(CliCommand command)
{
    auto& list = const_cast<QList<CliCommand>&>(commands());
    list.append(std::move(command));
}

const QList<CliCommand>& CliRegistry::commands()
{
    static QList<CliCommand> list;
    return list;
}

} // namespace motcua::cli
