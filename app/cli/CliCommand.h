#pragma once

#include "Result.h"

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
    // The database could not be opened: one line naming the error; bad input (exit 2) when the file is
    // missing, not SQLite, another program's or too new, else a failure (exit 1).
    int cannotOpenDatabase(const Error& error);
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

// One action of a subcommand ("motcua-cli db check"): its name, what it does (translated), and the
// function that runs it with the action's own arguments (program name first, for QCommandLineParser).
struct CliAction
{
    QString name;
    QString summary;
    std::function<int(CliInvocation&, const QStringList& args)> run;
};

// Runs the action the first argument names. `--help` lists the actions under `description`; a missing
// or unknown action is bad input that names the actions. One shape for every subcommand (docs/CLI.md).
int runAction(CliInvocation& cli, const QString& description, const QList<CliAction>& actions);

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
