// motcua-cli user: the desk's accounts, for the administrator (docs/SECURITY.md "Accounts").
//
//   motcua-cli user add --db desk.sqlite --login canbo1 --name "Nguyễn Văn A" --role official < password
//   motcua-cli user list --db desk.sqlite --json
//   motcua-cli user passwd --db desk.sqlite --login canbo1 < password
//   motcua-cli user unlock|disable|enable --db desk.sqlite --login canbo1
//
// Passwords are read from standard input (one line), never from the command line, where other users
// of the machine could see them in the process list.
#include "AccountStore.h"
#include "Authenticator.h"
#include "CliCommand.h"
#include "Database.h"
#include "StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <cstdio>
#include <string>

namespace motcua::cli {
namespace {

using namespace motcua::security;

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

const QCommandLineOption& kDbOption = CliInvocation::databaseOption();
const QCommandLineOption kLoginOption(QStringLiteral("login"), QStringLiteral("The account's login."),
                                      QStringLiteral("LOGIN"));

int parseAction(CliInvocation& cli, QCommandLineParser& parser, const QStringList& args, const QString& example,
                bool needsLogin)
{
    if (needsLogin)
        parser.addOption(kLoginOption);
    if (const int parsed = cli.parseOnDatabase(parser, args, example); parsed >= 0)
        return parsed;
    if (needsLogin && parser.value(kLoginOption).isEmpty())
        return cli.badInput(tr("--login LOGIN is required"));
    return -1;
}

// The desk's own schema is needed (accounts come with migration 2), so the database is migrated.
int openDatabase(CliInvocation& cli, const QString& path, std::unique_ptr<Database>& db)
{
    DatabaseOptions options;
    options.create = false;
    auto opened = Database::open(path, options);
    if (!opened) {
        return cli.cannotOpenDatabase(opened.error());
    }
    db = std::move(opened).value();
    return -1;
}

SecretBytes readPassword()
{
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    SecretBytes password(QByteArrayView(line.data(), qsizetype(line.size())));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

QJsonObject accountJson(const Account& a)
{
    return {{QStringLiteral("login"), a.login},
            {QStringLiteral("name"), a.displayName},
            {QStringLiteral("role"), roleId(a.role)},
            {QStringLiteral("origin"), originId(a.origin)},
            {QStringLiteral("disabled"), a.disabled},
            {QStringLiteral("failedAttempts"), a.failedAttempts},
            {QStringLiteral("lockedUntil"), a.lockedUntil.isValid() ? a.lockedUntil.toString(Qt::ISODate) : QString()},
            {QStringLiteral("lastLoginAt"), a.lastLoginAt.isValid() ? a.lastLoginAt.toString(Qt::ISODate) : QString()}};
}

int accountError(CliInvocation& cli, const Error& error)
{
    if (error.code.startsWith(QLatin1String("security.")))
        return cli.badInput(error.message);
    return cli.failed(error.message);
}

int runAdd(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds a local account. The password (8 characters or more) is read from "
                                        "standard input."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The official's name as shown."), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), tr("official, supervisor, trainer or administrator."),
                                  QStringLiteral("ROLE"));
    parser.addOptions({name, role});
    if (const int exit = parseAction(
            cli, parser, args,
            QStringLiteral(
                "motcua-cli user add --db desk.sqlite --login canbo1 --name \"Nguyễn Văn A\" --role official"),
            true);
        exit >= 0)
        return exit;
    const auto chosenRole = roleFromId(parser.value(role));
    if (!chosenRole)
        return cli.badInput(tr("--role must be one of: %1").arg(allRoleIds().join(QStringLiteral(", "))));
    if (parser.value(name).trimmed().isEmpty())
        return cli.badInput(tr("--name NAME is required"));
    std::unique_ptr<Database> db;
    if (const int exit = openDatabase(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    const SecretBytes password = readPassword();
    auto created =
        Authenticator(*db).createLocalAccount(parser.value(kLoginOption), parser.value(name), *chosenRole, password);
    if (!created)
        return accountError(cli, created.error());
    if (parser.isSet(QStringLiteral("json")))
        cli.printJson(accountJson(*created));
    else
        cli.out() << tr("Account added: %1 (%2)").arg(created->login, roleId(created->role)) << "\n";
    cli.out().flush();
    return ExitOk;
}

int runList(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the desk's accounts with their role and lock state."));
    if (const int exit =
            parseAction(cli, parser, args, QStringLiteral("motcua-cli user list --db desk.sqlite --json"), false);
        exit >= 0)
        return exit;
    std::unique_ptr<Database> db;
    if (const int exit = openDatabase(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    auto accounts = AccountStore(*db).list();
    if (!accounts)
        return cli.failed(accounts.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Account& a : *accounts)
            array.append(accountJson(a));
        cli.printJson(QJsonObject{{QStringLiteral("accounts"), array}});
        return ExitOk;
    }
    for (const Account& a : *accounts)
        cli.out() << a.login << "  " << roleId(a.role) << "  " << originId(a.origin)
                  << (a.disabled ? QStringLiteral("  disabled") : QString())
                  << (a.isLockedAt(QDateTime::currentDateTime()) ? QStringLiteral("  locked") : QString()) << "\n";
    cli.out().flush();
    return ExitOk;
}

int runPasswd(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sets a new password, read from standard input."));
    if (const int exit = parseAction(cli, parser, args,
                                     QStringLiteral("motcua-cli user passwd --db desk.sqlite --login canbo1"), true);
        exit >= 0)
        return exit;
    std::unique_ptr<Database> db;
    if (const int exit = openDatabase(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    if (Status st = Authenticator(*db).changePassword(parser.value(kLoginOption), readPassword()); !st)
        return accountError(cli, st.error());
    cli.out() << tr("Password changed for %1").arg(parser.value(kLoginOption)) << "\n";
    cli.out().flush();
    return ExitOk;
}

// unlock, disable, enable: one change to one account.
int runChange(CliInvocation& cli, const QString& action, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(action == QLatin1String("unlock") ? tr("Lifts a lock after failed sign-ins.")
                                     : action == QLatin1String("disable")
                                         ? tr("Stops an account from signing in.")
                                         : tr("Lets a disabled account sign in again."));
    if (const int exit = parseAction(
            cli, parser, args, QStringLiteral("motcua-cli user %1 --db desk.sqlite --login canbo1").arg(action), true);
        exit >= 0)
        return exit;
    std::unique_ptr<Database> db;
    if (const int exit = openDatabase(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    AccountStore store(*db);
    auto account = store.find(parser.value(kLoginOption));
    if (!account)
        return accountError(cli, account.error());
    const Status st = action == QLatin1String("unlock")
                          ? store.clearLock(account->id)
                          : store.setDisabled(account->id, action == QLatin1String("disable"));
    if (!st)
        return accountError(cli, st.error());
    cli.out() << tr("Done: %1 %2").arg(action, account->login) << "\n";
    cli.out().flush();
    return ExitOk;
}

// unlock, disable and enable share one body; the action is the last word of the program name.
int runNamedChange(CliInvocation& cli, const QStringList& args)
{
    return runChange(cli, args.first().section(QLatin1Char(' '), -1), args);
}

int run(CliInvocation& cli)
{
    return runAction(cli, tr("The desk's accounts (docs/SECURITY.md). Passwords are read from standard input."),
                     {
                         {QStringLiteral("add"), tr("add a local account (--login, --name, --role)"), &runAdd},
                         {QStringLiteral("list"), tr("list accounts, roles and locks"), &runList},
                         {QStringLiteral("passwd"), tr("set a new password"), &runPasswd},
                         {QStringLiteral("unlock"), tr("lift a lock after failed sign-ins"), &runNamedChange},
                         {QStringLiteral("disable"), tr("stop an account from signing in"), &runNamedChange},
                         {QStringLiteral("enable"), tr("let it sign in again"), &runNamedChange},
                     });
}

const CliRegistration registration{
    {QStringLiteral("user"), QStringLiteral("desk accounts (add, list, passwd, unlock, disable, enable)"), &run}};

} // namespace
} // namespace motcua::cli
