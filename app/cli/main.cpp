#include "CliCommand.h"
#include "CliLanguage.h"
#include "FileEncryption.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <algorithm>
#include <memory>

using namespace motcua::cli;

namespace {

int printUsage(QTextStream& stream)
{
    auto commands = CliRegistry::commands();
    std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    stream << "Usage: motcua-cli SUBCOMMAND [options]\n\n"
           << "The MotCua Desk command line. Every subcommand takes --help and --json.\n"
           << "Exit codes: 0 success, 1 operation failed, 2 bad input.\n\nSubcommands:\n";
    for (const auto& c : commands)
        stream << "  " << c.name.leftJustified(12) << c.summary << "\n";
    stream.flush();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Subcommands that paint text (forms render) need fonts, hence a QGuiApplication; they never need a
    // screen, so they use the offscreen platform unless told otherwise.
    bool needsGui = false;
    for (const auto& command : CliRegistry::commands())
        if (argc >= 2 && command.name == QLatin1String(argv[1]))
            needsGui = command.needsGui;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        needsGui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    installCliTranslator();

    // A command speaks through its own output: the libraries' progress notes stay out of stderr, which
    // holds one clear line on failure. QT_LOGGING_RULES (e.g. "motcua.*.info=true") turns them back on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.info=false\nmotcua.*.debug=false"));

    // Files a command stores or reads are sealed with the database's data key from the OS keychain, made
    // the first time a command needs it (docs/SECURITY.md "Encryption at rest").
    motcua::security::FileEncryption::installOnDemand();

    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help"))
        return printUsage(out);
    if (args[1] == QLatin1String("--version")) {
        out << "motcua-cli " << MOTCUA_VERSION << Qt::endl;
        return 0;
    }
    for (const auto& command : CliRegistry::commands()) {
        if (command.name == args[1]) {
            CliInvocation invocation(command.name, args.mid(2));
            return command.run(invocation);
        }
    }
    err << "motcua-cli: unknown subcommand '" << args[1] << "'; see motcua-cli --help" << Qt::endl;
    return ExitBadInput;
}
