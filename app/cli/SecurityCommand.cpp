// motcua-cli security: the profile's security settings and its data key (docs/SECURITY.md).
//
//   motcua-cli security show --db desk.sqlite [--check-key] --json
//   motcua-cli security set --db desk.sqlite auto_lock.minutes=5 retention.files_days=30
//
// `show` never prints the key: only its fingerprint, and with --check-key whether the keychain holds it.
#include "CliCommand.h"
#include "DataKeyStore.h"
#include "Database.h"
#include "ProfileDataKey.h"
#include "SecuritySettings.h"
#include "StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace motcua::cli {
namespace {

using namespace motcua::security;

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

const QCommandLineOption& kDbOption = CliInvocation::databaseOption();

int openDatabase(CliInvocation& cli, const QString& path, std::unique_ptr<Database>& db)
{
    if (path.isEmpty())
        return cli.badInput(tr("--db FILE is required"));
    DatabaseOptions options;
    options.create = false;
    auto opened = Database::open(path, options);
    if (!opened) {
        return cli.cannotOpenDatabase(opened.error());
    }
    db = std::move(opened).value();
    return -1;
}

int runShow(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the security settings and which data key encrypts the files."));
    const QCommandLineOption checkKey(QStringLiteral("check-key"),
                                      tr("Also ask the keychain whether it holds the data key."));
    parser.addOptions({kDbOption, checkKey});
    if (const int exit =
            cli.parse(parser, args, QStringLiteral("motcua-cli security show --db desk.sqlite --check-key --json"));
        exit >= 0)
        return exit;
    std::unique_ptr<Database> db;
    if (const int exit = openDatabase(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    SecuritySettings settings(*db);
    QJsonArray tunables;
    for (const SecuritySettings::Tunable& t : SecuritySettings::tunables())
        tunables.append(QJsonObject{{QStringLiteral("key"), QLatin1String(t.key)},
                                    {QStringLiteral("value"), settings.number(t.key)},
                                    {QStringLiteral("default"), t.defaultValue},
                                    {QStringLiteral("min"), t.min},
                                    {QStringLiteral("max"), t.max},
                                    {QStringLiteral("description"), QLatin1String(t.description)}});
    auto keyId = settings.text(QLatin1String(SecuritySettings::kDataKeyId));
    QJsonObject key{{QStringLiteral("id"), keyId ? *keyId : QString()},
                    {QStringLiteral("keychainEntry"), ProfileDataKey::entryName(*db)}};
    QString keyState;
    if (parser.isSet(checkKey)) {
        auto loaded = ProfileDataKey::open(*db, DataKeyStore(), ProfileDataKey::Mode::OpenExisting);
        keyState = !loaded ? loaded.error().code : loaded.value() ? QStringLiteral("ok") : QStringLiteral("none");
        key.insert(QStringLiteral("state"), keyState);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        cli.printJson(QJsonObject{{QStringLiteral("settings"), tunables}, {QStringLiteral("dataKey"), key}});
    } else {
        for (const QJsonValue& t : std::as_const(tunables))
            cli.out() << t[QStringLiteral("key")].toString().leftJustified(26) << t[QStringLiteral("value")].toInt()
                      << "   (" << t[QStringLiteral("description")].toString() << ")\n";
        cli.out() << tr("data key: %1").arg(keyId && !keyId->isEmpty() ? *keyId : tr("none yet"));
        if (!keyState.isEmpty())
            cli.out() << " (" << keyState << ")";
        cli.out() << "\n";
        cli.out().flush();
    }
    return keyState.isEmpty() || keyState == QLatin1String("ok") || keyState == QLatin1String("none") ? ExitOk
                                                                                                      : ExitFailed;
}

int runSet(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Changes security settings, each given as KEY=VALUE (see security show)."));
    parser.addOption(kDbOption);
    parser.addPositionalArgument(QStringLiteral("KEY=VALUE"), tr("A setting and its new value."));
    if (const int exit =
            cli.parse(parser, args, QStringLiteral("motcua-cli security set --db desk.sqlite auto_lock.minutes=5"));
        exit >= 0)
        return exit;
    if (parser.positionalArguments().isEmpty())
        return cli.badInput(tr("give at least one KEY=VALUE"));
    QList<std::pair<QString, int>> changes;
    for (const QString& arg : parser.positionalArguments()) {
        const QString key = arg.section(QLatin1Char('='), 0, 0);
        bool ok = false;
        const int value = arg.section(QLatin1Char('='), 1).toInt(&ok);
        const SecuritySettings::Tunable* t = SecuritySettings::tunable(key);
        if (!t)
            return cli.badInput(tr("unknown setting '%1' (see motcua-cli security show)").arg(key));
        if (!ok || value < t->min || value > t->max)
            return cli.badInput(tr("%1 takes a number from %2 to %3").arg(key).arg(t->min).arg(t->max));
        changes.append({key, value});
    }
    std::unique_ptr<Database> db;
    if (const int exit = openDatabase(cli, parser.value(kDbOption), db); exit >= 0)
        return exit;
    SecuritySettings settings(*db);
    for (const auto& [key, value] : std::as_const(changes))
        if (Status st = settings.setNumber(key, value); !st)
            return cli.failed(st.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject set;
        for (const auto& [key, value] : std::as_const(changes))
            set.insert(key, value);
        cli.printJson(QJsonObject{{QStringLiteral("set"), set}});
    } else {
        cli.out() << tr("Saved %1 setting(s).").arg(changes.size()) << "\n";
        cli.out().flush();
    }
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(cli, tr("Auto-lock, retention and offline sign-in settings, and the data key (docs/SECURITY.md)."),
                     {
                         {QStringLiteral("show"),
                          tr("the settings and the data key's fingerprint (--check-key asks the keychain)"), &runShow},
                         {QStringLiteral("set"), tr("change settings: KEY=VALUE ..."), &runSet},
                     });
}

const CliRegistration registration{
    {QStringLiteral("security"), QStringLiteral("security settings and the data key (show, set)"), &run}};

} // namespace
} // namespace motcua::cli
