#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace motcua::cli {

// Exit codes shared by every subcommand (docs/CLI.md).
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitBadInput = 2 };

// One run of a subcommand: its arguments, output streams and the conventions of docs/CLI.md.
class CliInvocation
{
public:
    CliInvocation(QString command, QStringList arguments);

    const QString& command() const { return m_command; }
    // Arguments after the subcommand name, e.g. for "calendar due --received …" → ["due", "--received", …].
    const QStringList& arguments() const { return m_arguments; }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints one clear line on stderr and returns ExitBadInput.
    int badInput(const QString& message);
    // Prints one line on stderr and returns ExitFailed.
    int failed(const QString& message);
    // Prints a JSON document on stdout (UTF-8, indented).
    void printJson(const QJsonObject& object);
    void printJson(const QJsonDocument& document);

    // Parses `args` (program name first) with `parser`, adding --help and --json. Returns -1 when the
    // command should go on, else the exit code to return (help shown, or bad input reported).
    int parse(QCommandLineParser& parser, const QStringList& args, const QString& usageExample);
    // parse() for an action on one desk database: adds --db FILE, refuses positional arguments and a
    // missing --db. Add the action's own options to `parser` first.
    int parseOnDatabase(QCommandLineParser& parser, const QStringList& args, const QString& usageExample);
    // The --db FILE option of every database action.
    static const QCommandLineOption& databaseOption();

private:
    QString m_command;
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};

struct CliCommand
{
    QString name;    // first word after motcua-cli, e.g. "calendar"
    QString summary; // one line for `motcua-cli --help`
    std::function<int(CliInvocation&)> run;
    bool needsGui = false; // paints text (PDF forms): runs under a QGuiApplication, offscreen by default
};

// Subcommands register themselves at start-up: `static CliRegistration reg{{"calendar", "...", &run}};`
class CliRegistry
{
public:
    static void add(CliCommand command);
    static const QList<CliCommand>& commands();
};

struct CliRegistration
{
    explicit CliRegistration(CliCommand command) { CliRegistry::add(std::move(command)); }
};

} // namespace motcua::cli
