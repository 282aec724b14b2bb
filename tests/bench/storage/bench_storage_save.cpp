// One dossier save with its event and outbox entry (no attachments): p50/p95 per transaction, with the
// default synchronous=FULL and with NORMAL for comparison.
//
//   bench_storage_save [--saves 2000] [--preseed 20000] [--dir DIR]
#include "BenchStats.h"
#include "Database.h"
#include "DossierRepository.h"
#include "Seeder.h"
#include "SyntheticData.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <cstdlib>
#include <ctime>

using namespace motcua;
using namespace motcua::bench;

namespace {

// CPU time of this thread: on a busy machine the wall-clock time of a sub-millisecond save is mostly
// waiting for a core, so both are printed.
double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

Dossier newDossier(SyntheticData& data, int i)
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    Dossier d;
    d.procedureCode = QStringLiteral("1.001193");
    d.procedureName = QStringLiteral("Đăng ký khai sinh");
    d.catalogueVersion = QStringLiteral("2026.1");
    d.applicant = data.person();
    d.receivedAt = QDateTime(QDate(2026, 7, 1).addDays(i / 500), QTime(8, 0).addSecs(i % 500 * 30), zone);
    d.dueAt = d.receivedAt.addDays(3);
    d.receivedBy = QStringLiteral("canbo1");
    for (const char* id : {"to-khai", "giay-chung-sinh", "giay-ket-hon"}) {
        DossierComponent c;
        c.componentId = QString::fromLatin1(id);
        c.name = QStringLiteral("Thành phần %1").arg(QString::fromLatin1(id));
        c.status = ComponentStatus::ShownOnly;
        d.components.append(c);
    }
    return d;
}

bool run(const QString& dir, Synchronous mode, int saves, int preseed)
{
    const QString path = QDir(dir).filePath(mode == Synchronous::Full ? QStringLiteral("save-full.sqlite")
                                                                      : QStringLiteral("save-normal.sqlite"));
    DatabaseOptions options;
    options.synchronous = mode;
    auto opened = Database::open(path, options);
    if (!opened) {
        out() << "cannot open: " << opened.error().message << "\n";
        return false;
    }
    Database& db = **opened;
    if (preseed > 0) {
        SeedOptions seed;
        seed.count = preseed;
        seed.lastDay = QDate(2026, 6, 30);
        if (!Seeder(db).run(seed))
            return false;
    }
    DossierRepository repo(db);
    SyntheticData data(7);
    QList<double> creates;
    QList<double> createsCpu;
    QList<double> actions;
    for (int i = 0; i < saves; ++i) {
        Dossier d = newDossier(data, i);
        QElapsedTimer t;
        const double cpu = threadCpuUs();
        t.start();
        const auto created = repo.create(std::move(d), {}, CodeRequest{QStringLiteral("Q01"), true});
        creates.append(double(t.nsecsElapsed()) / 1000.0);
        createsCpu.append(threadCpuUs() - cpu);
        if (!created) {
            out() << "save failed: " << created.error().message << "\n";
            return false;
        }
        if (i % 4 == 0) {
            t.restart();
            if (!repo.applyAction(created->uuid, DossierAction::StartProcessing))
                return false;
            actions.append(double(t.nsecsElapsed()) / 1000.0);
        }
    }
    const char* name = mode == Synchronous::Full ? "FULL  " : "NORMAL";
    out() << "  synchronous=" << name << " create, wall time:  " << Percentiles::of(creates).toMs() << "\n"
          << "  synchronous=" << name << " create, CPU time:   " << Percentiles::of(createsCpu).toMs() << "\n"
          << "  synchronous=" << name << " action, wall time:  " << Percentiles::of(actions).toMs() << "\n";
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int saves = option(QStringLiteral("--saves"), QStringLiteral("2000")).toInt();
    const int preseed = option(QStringLiteral("--preseed"), QStringLiteral("20000")).toInt();
    QDir().mkpath(QStringLiteral(MOTCUA_BENCH_DATA_DIR));
    QTemporaryDir temp(option(QStringLiteral("--dir"), QStringLiteral(MOTCUA_BENCH_DATA_DIR)) +
                       QStringLiteral("/save-XXXXXX"));
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    out() << "Storage save benchmark: " << saves << " creates (dossier + 3 components + event + outbox entry + search"
          << " row), each its own transaction, on a database with " << preseed << " dossiers\n  folder: " << temp.path()
          << "\n  load average: " << load[0] << " on " << QThread::idealThreadCount() << " cores\n";
    out().flush();
    if (!run(temp.path(), Synchronous::Full, saves, preseed) || !run(temp.path(), Synchronous::Normal, saves, preseed))
        return 1;
    out().flush();
    return 0;
}
