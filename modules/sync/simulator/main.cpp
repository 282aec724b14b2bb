// motcua-registry-sim: the reference server of the sync protocol, for tests, demo mode and classroom
// training. `serve` answers desks (with optional fault injection); `stats` prints what a database holds.
#include "DossierCode.h"
#include "RegistryServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace motcua::sync;

namespace {

enum { ExitOk = 0, ExitFailed = 1, ExitBadInput = 2 };

int badInput(const QString& message)
{
    QTextStream(stderr) << "motcua-registry-sim: " << message << Qt::endl;
    return ExitBadInput;
}

int failed(const QString& message)
{
    QTextStream(stderr) << "motcua-registry-sim: " << message << Qt::endl;
    return ExitFailed;
}

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGTERM/SIGINT end the event loop normally, so the database closes and the fault summary is printed.
void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}
#endif

struct RateOption
{
    const char* name;
    double FaultPlan::*field;
    const char* help;
};

const RateOption kRates[] = {
    {"error-rate", &FaultPlan::errorRate, "Share of requests answered HTTP 500."},
    {"throttle-rate", &FaultPlan::throttleRate, "Share of requests answered 429 with Retry-After."},
    {"unavailable-rate", &FaultPlan::unavailableRate, "Share of requests answered 503 with Retry-After."},
    {"reset-before-commit", &FaultPlan::resetBeforeCommitRate,
     "Share of requests whose connection is reset "
     "before anything is applied."},
    {"reset-after-commit", &FaultPlan::resetAfterCommitRate,
     "Share of writes committed, then the connection "
     "reset without an answer."},
    {"duplicate-rate", &FaultPlan::duplicateRate, "Share of pushes applied twice and pulls delivered again."},
    {"malformed-rate", &FaultPlan::malformedRate,
     "Share of answers replaced by a broken 200 (garbage, truncated, "
     "HTML, wrong shape, oversized)."},
    {"redirect-rate", &FaultPlan::redirectRate, "Share of requests answered 307 to another host."},
};

int serve(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Serves the MotCua sync protocol (docs/SYNC-PROTOCOL.md) from an SQLite file. Prints the URL it listens "
        "on as its first line. Plain HTTP is served on loopback only; give --tls-cert/--tls-key to serve a "
        "classroom network."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("serve"), QStringLiteral("The command."));
    p.addOptions({
        {QStringLiteral("db"), QStringLiteral("Registry database (created when missing)."), QStringLiteral("FILE")},
        {QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one (default)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("ADDR"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("agency"), QStringLiteral("Agency id of the desks (official codes start with it)."),
         QStringLiteral("ID")},
        {QStringLiteral("desk"), QStringLiteral("A desk of another agency, e.g. Q02=H15.50.05.14 (repeatable)."),
         QStringLiteral("DESK=AGENCY")},
        {QStringLiteral("secret"), QStringLiteral("Secret shared by the desks."), QStringLiteral("S")},
        {QStringLiteral("supervisor-secret"), QStringLiteral("Secret giving the supervisor role."),
         QStringLiteral("S")},
        {QStringLiteral("token-ttl"), QStringLiteral("Token life in seconds (default 3600)."), QStringLiteral("S")},
        {QStringLiteral("clock-offset"),
         QStringLiteral("Run the server clock this many seconds ahead (negative: "
                        "behind)."),
         QStringLiteral("S")},
        {QStringLiteral("latency"), QStringLiteral("Delay answers by up to MS milliseconds."), QStringLiteral("MS")},
        {QStringLiteral("retry-after"), QStringLiteral("Retry-After seconds sent with 429/503 (default 1)."),
         QStringLiteral("S")},
        {QStringLiteral("upload-rate"), QStringLiteral("Slow attachment uploads to N bytes per second."),
         QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the fault dice (reproducible runs)."), QStringLiteral("N")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."), QStringLiteral("FILE")},
        {QStringLiteral("verbose"), QStringLiteral("Log method, path and status of each request.")},
        {QStringLiteral("official"),
         QStringLiteral("An official account for /v1/officials:verify, e.g. lan:secret-pass:official:Nguyễn Thị "
                        "Lan (repeatable; training accounts only, the command line is visible to other users)."),
         QStringLiteral("LOGIN:PASSWORD:ROLE:NAME")},
    });
    for (const auto& rate : kRates)
        p.addOption({QString::fromLatin1(rate.name), QString::fromLatin1(rate.help), QStringLiteral("P")});
    if (!p.parse(args))
        return badInput(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText()
                            << "\nExample:\n  motcua-registry-sim serve --db /tmp/registry.sqlite --port 0 "
                               "--error-rate 0.1 --reset-after-commit 0.05\n";
        return ExitOk;
    }
    if (!p.isSet(QStringLiteral("db")))
        return badInput(QStringLiteral("--db FILE is required"));

    SimulatorConfig config;
    auto number = [&](const char* name, double min, double max, bool* ok) {
        const QString text = p.value(QString::fromLatin1(name));
        const double v = text.toDouble(ok);
        *ok = *ok && v >= min && v <= max;
        return v;
    };
    bool ok = true;
    for (const auto& rate : kRates) {
        if (!p.isSet(QString::fromLatin1(rate.name)))
            continue;
        config.faults.*rate.field = number(rate.name, 0, 1, &ok);
        if (!ok)
            return badInput(QStringLiteral("--%1 must be a probability between 0 and 1").arg(QLatin1String(rate.name)));
    }
    struct IntOption
    {
        const char* name;
        double min;
        double max;
        std::function<void(double)> set;
    };
    const IntOption ints[] = {
        {"port", 0, 65535, [&](double v) { Q_UNUSED(v); }},
        {"token-ttl", 1, 86400 * 30, [&](double v) { config.tokenTtlSeconds = int(v); }},
        {"clock-offset", -86400 * 365.0, 86400 * 365.0, [&](double v) { config.clockOffsetMs = qint64(v * 1000); }},
        {"latency", 0, 600000, [&](double v) { config.faults.latencyMs = int(v); }},
        {"retry-after", 0, 86400, [&](double v) { config.faults.retryAfterSeconds = int(v); }},
        {"upload-rate", 1, 1e12, [&](double v) { config.faults.uploadBytesPerSecond = qint64(v); }},
        {"seed", 1, 4294967295.0, [&](double v) { config.faults.seed = quint32(v); }},
    };
    for (const auto& option : ints) {
        if (!p.isSet(QString::fromLatin1(option.name)))
            continue;
        const double v = number(option.name, option.min, option.max, &ok);
        if (!ok)
            return badInput(QStringLiteral("--%1 is out of range").arg(QLatin1String(option.name)));
        option.set(v);
    }
    if (p.isSet(QStringLiteral("agency")))
        config.agencyId = p.value(QStringLiteral("agency"));
    if (p.isSet(QStringLiteral("secret")))
        config.deskSecret = p.value(QStringLiteral("secret"));
    if (p.isSet(QStringLiteral("supervisor-secret")))
        config.supervisorSecret = p.value(QStringLiteral("supervisor-secret"));
    for (const QString& desk : p.values(QStringLiteral("desk"))) {
        const QStringList parts = desk.split(QLatin1Char('='));
        if (parts.size() != 2 || !motcua::DossierCode::validateDeskId(parts[0]).isEmpty() ||
            !motcua::DossierCode::validateAgencyId(parts[1]).isEmpty())
            return badInput(QStringLiteral("--desk expects DESK=AGENCY, e.g. Q02=H15.50.05.14"));
        config.deskAgencies.insert(parts[0], parts[1]);
    }
    for (const QString& spec : p.values(QStringLiteral("official"))) {
        auto official = OfficialAccount::parse(spec);
        if (!official)
            return badInput(official.error().message);
        config.officials.insert(official->login, official.value());
    }
    config.verbose = p.isSet(QStringLiteral("verbose"));
    const QHostAddress address(p.value(QStringLiteral("bind")));
    if (address.isNull())
        return badInput(QStringLiteral("--bind expects an IP address"));
    const quint16 port = quint16(p.value(QStringLiteral("port")).toUInt());

    RegistryServer server(config);
    if (auto s = server.open(p.value(QStringLiteral("db"))); !s)
        return failed(QStringLiteral("cannot open the database: %1").arg(s.error().message));
    if (p.isSet(QStringLiteral("tls-cert")) != p.isSet(QStringLiteral("tls-key")))
        return badInput(QStringLiteral("--tls-cert and --tls-key go together"));
    if (p.isSet(QStringLiteral("tls-cert"))) {
        if (auto s = server.enableTls(p.value(QStringLiteral("tls-cert")), p.value(QStringLiteral("tls-key"))); !s)
            return badInput(s.error().message);
    }
    auto started = server.start(address, port);
    if (!started) {
        if (started.error().code == QLatin1String("sim.plain_http"))
            return badInput(started.error().message);
        return failed(started.error().message);
    }
    QTextStream out(stdout);
    out << "motcua-registry-sim: listening on " << server.url().toString() << "/" << Qt::endl;
    if (config.faults.any())
        QTextStream(stderr) << "motcua-registry-sim: faults "
                            << QJsonDocument(config.faults.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
#ifdef Q_OS_UNIX
    quitOnSignals(*QCoreApplication::instance());
#endif
    const int rc = QCoreApplication::exec();
    QTextStream(stderr) << "motcua-registry-sim: injected "
                        << QJsonDocument(server.injectedFaults()).toJson(QJsonDocument::Compact) << Qt::endl;
    return rc;
}

int stats(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Prints how many dossiers, idempotency keys, events and attachments "
                                               "a registry database holds."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("stats"), QStringLiteral("The command."));
    p.addOptions({{QStringLiteral("db"), QStringLiteral("Registry database."), QStringLiteral("FILE")},
                  {QStringLiteral("json"), QStringLiteral("Print one JSON document.")}});
    if (!p.parse(args))
        return badInput(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText()
                            << "\nExample:\n  motcua-registry-sim stats --db /tmp/registry.sqlite "
                               "--json\n";
        return ExitOk;
    }
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty())
        return badInput(QStringLiteral("--db FILE is required"));
    if (!QFileInfo(path).isFile())
        return badInput(QStringLiteral("no registry database at %1").arg(path));
    RegistryStore store;
    if (auto s = store.open(path); !s)
        return failed(QStringLiteral("cannot open the database: %1").arg(s.error().message));
    auto counts = store.stats();
    if (!counts)
        return failed(counts.error().message);
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(counts.value()).toJson(QJsonDocument::Indented);
    } else {
        for (auto it = counts->begin(); it != counts->end(); ++it)
            out << it.key() << ": " << it.value().toInteger() << "\n";
    }
    return ExitOk;
}

} // namespace

int main(int argc, char* argv[])
{
#if defined(__GLIBC__)
    // Attachment chunks are megabyte buffers, several per request (socket buffer, request body, SQLite's
    // record). glibc would map and unmap each one, and the kernel zero its pages on every first touch:
    // keep them in the heap instead (docs/PERFORMANCE.md, sync).
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-registry-sim"));
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("serve"))
        return serve(args);
    if (command == QLatin1String("stats"))
        return stats(args);
    QTextStream out(command.isEmpty() || command.startsWith(QLatin1String("-h")) || command == QLatin1String("--help")
                        ? stdout
                        : stderr);
    out << "Usage: motcua-registry-sim serve --db FILE [--port N] [--bind ADDR] [faults...]\n"
           "       motcua-registry-sim stats --db FILE [--json]\n"
           "The reference registry of the MotCua sync protocol; see `motcua-registry-sim serve --help`.\n";
    return command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ? ExitOk
                                                                                                     : ExitBadInput;
}
