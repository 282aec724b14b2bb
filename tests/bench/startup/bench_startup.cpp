// Starts motcua-desk offscreen again and again and prints how long it takes until the main window,
// with all modules loaded, is first painted:
//   - "process": from QProcess::start (fork + exec + dynamic linking + everything) to the report line;
//   - "in main": what the desk measures itself from the first line of main().
// The first run creates the demo profile's database (migrations) and is reported on its own.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

struct Run
{
    double processMs = 0;
    double mainMs = 0;
    int modules = 0;
    bool ok = false;
};

Run startOnce(const QString& desk, const QString& dataDir, const QProcessEnvironment& environment)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(desk, {QStringLiteral("--demo"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--lang"),
                         QStringLiteral("vi"), QStringLiteral("--quit-after"), QStringLiteral("0"),
                         QStringLiteral("--report-startup")});
    QByteArray out;
    static const QRegularExpression report(QStringLiteral("startup_ms=(\\d+) modules=(\\d+)"));
    while (process.waitForReadyRead(20000)) {
        out += process.readAllStandardOutput();
        const auto match = report.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            run.processMs = double(timer.nsecsElapsed()) / 1e6;
            run.mainMs = match.captured(1).toDouble();
            run.modules = match.captured(2).toInt();
            run.ok = true;
            break;
        }
    }
    if (!process.waitForFinished(20000))
        process.kill();
    if (!run.ok)
        std::fprintf(stderr, "bench_startup: no report from the desk: %s\n",
                     process.readAllStandardError().constData());
    return run;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

void print(const char* label, const std::vector<double>& values)
{
    std::printf("  %-9s min %6.1f  p50 %6.1f  p95 %6.1f  max %6.1f ms\n", label,
                *std::min_element(values.begin(), values.end()), percentile(values, 0.5), percentile(values, 0.95),
                *std::max_element(values.begin(), values.end()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (default 15)."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption deskOption(QStringLiteral("desk"), QStringLiteral("The motcua-desk to start."),
                                        QStringLiteral("PATH"), QStringLiteral(MOTCUA_DESK_PATH));
    parser.addOptions({runsOption, deskOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const QString desk = parser.value(deskOption);

    // A private home, so the desk's settings and data never touch the user's.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    const QString dataDir = home.filePath(QStringLiteral("desk"));

    const Run first = startOnce(desk, dataDir, environment);
    if (!first.ok)
        return 1;
    std::vector<double> process;
    std::vector<double> inMain;
    int modules = first.modules;
    for (int i = 0; i < runs; ++i) {
        const Run run = startOnce(desk, dataDir, environment);
        if (!run.ok)
            return 1;
        process.push_back(run.processMs);
        inMain.push_back(run.mainMs);
        modules = std::min(modules, run.modules);
    }

    std::printf("Start-up to the first painted main window (offscreen, demo profile, %d modules)\n", modules);
    std::printf("  first run, new database: process %.1f ms, in main %.1f ms\n", first.processMs, first.mainMs);
    std::printf("  %d runs, existing database:\n", runs);
    print("process", process);
    print("in main", inMain);
    std::printf("  target: process p95 <= 400 ms -> %s\n", percentile(process, 0.95) <= 400 ? "met" : "NOT met");
    return 0;
}
