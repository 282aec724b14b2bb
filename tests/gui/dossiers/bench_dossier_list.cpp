// The dossier list's queries over a large seeded database: first page, a page deep in the table
// (keyset), each filter, search without diacritics, sync-state refresh. Prints the time of each and the
// plan SQLite chose. Not a ctest test.
//
//   bench_dossier_list [--db FILE] [--count 1000000]
//
// The database is seeded once (<build>/bench-data/dossiers-<count>.sqlite) and reused by later runs.
#include "Database.h"
#include "DossierListQuery.h"
#include "Seeder.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>
#include <cstdio>

using namespace motcua;
using namespace motcua::intake;

namespace {

QString option(const QString& name, const QString& fallback)
{
    const QStringList args = QCoreApplication::arguments();
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

QString plan(Database& db, const DossierListFilter& filter, const DossierListCursor& cursor)
{
    Statement s = db.prepare(("EXPLAIN QUERY PLAN " + DossierListQuery::sql(filter, cursor, false)).constData());
    QStringList lines;
    while (s.next())
        if (s.int64(1) == 0)
            lines.append(s.text(3));
    return lines.join(QStringLiteral(" | "));
}

void measure(Database& db, const char* name, const DossierListFilter& filter, int deepPages = 0)
{
    DossierListQuery query(db);
    DossierListCursor cursor;
    QElapsedTimer timer;
    timer.start();
    auto first = query.page(filter, &cursor, 100);
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    double deepMs = 0;
    int rows = first ? int(first->size()) : -1;
    for (int i = 0; i < deepPages && first; ++i) {
        timer.restart();
        auto next = query.page(filter, &cursor, 100);
        deepMs = double(timer.nsecsElapsed()) / 1e6;
        if (!next || next->isEmpty())
            break;
        rows += int(next->size());
    }
    timer.restart();
    const auto counted = query.count(filter, 10000);
    const double countMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%-34s first page %8.2f ms", name, firstMs);
    if (deepPages)
        std::printf("  page %d %8.2f ms", deepPages + 1, deepMs);
    std::printf("  rows %6d  count(<=10000) %6lld in %8.2f ms\n    plan: %s\n", rows,
                counted ? static_cast<long long>(*counted) : -1LL, countMs, qPrintable(plan(db, filter, cursor)));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = option(QStringLiteral("--count"), QStringLiteral("1000000")).toLongLong();
    QDir().mkpath(QStringLiteral(MOTCUA_BENCH_DATA_DIR));
    const QString path =
        option(QStringLiteral("--db"), QStringLiteral(MOTCUA_BENCH_DATA_DIR "/dossiers-%1.sqlite").arg(count));
    const bool fresh = !QFile::exists(path);
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error().code));
        return 1;
    }
    Database& db = **opened;
    if (fresh || db.dossierCount() < count) {
        SeedOptions options;
        options.count = count - db.dossierCount();
        options.lastDay = QDate(2026, 6, 30);
        options.batchSize = 20000;
        QElapsedTimer timer;
        timer.start();
        const auto report = Seeder(db).run(options, [](qint64 done) {
            if (done % 100000 == 0)
                std::fprintf(stderr, "seeded %lld\n", static_cast<long long>(done));
        });
        if (!report) {
            std::fprintf(stderr, "seed failed: %s\n", qPrintable(report.error().code));
            return 1;
        }
        std::printf("seeded %lld dossiers in %.1f s\n", static_cast<long long>(report->inserted),
                    double(timer.elapsed()) / 1000.0);
        db.exec("PRAGMA optimize");
    }
    std::printf("%lld dossiers in %s\n", static_cast<long long>(db.dossierCount()), qPrintable(path));

    const QDateTime now(QDate(2026, 6, 30), QTime(10, 0), QTimeZone("Asia/Ho_Chi_Minh"));
    DossierListFilter all;
    all.now = now;
    measure(db, "all, newest first", all, 50);
    DossierListFilter overdue = all;
    overdue.overdue = true;
    measure(db, "overdue", overdue);
    DossierListFilter soon = all;
    soon.dueSoon = true;
    soon.dueSoonUntil = now.addDays(2);
    measure(db, "due soon", soon);
    DossierListFilter returned = all;
    returned.states = {DossierState::Returned};
    measure(db, "state returned", returned, 50);
    DossierListFilter refused = all;
    refused.states = {DossierState::Refused};
    measure(db, "state refused", refused, 10);
    DossierListFilter received = all;
    received.states = {DossierState::Received};
    measure(db, "state received (open)", received);
    DossierListFilter procedure = all;
    procedure.procedureCode = QStringLiteral("1.000894");
    measure(db, "procedure 1.000894", procedure, 10);
    DossierListFilter month = all;
    month.receivedFrom = QDate(2025, 3, 1);
    month.receivedTo = QDate(2025, 3, 31);
    measure(db, "received in March 2025", month, 5);
    DossierListFilter common = all;
    common.search = QStringLiteral("nguyen");
    measure(db, "search 'nguyen'", common, 10);
    DossierListFilter name = all;
    name.search = QStringLiteral("nguyen van an");
    measure(db, "search 'nguyen van an'", name);
    DossierListFilter searchFiltered = common;
    searchFiltered.states = {DossierState::Refused};
    measure(db, "search 'nguyen' + refused", searchFiltered);

    DossierListQuery query(db);
    DossierListCursor cursor;
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        if (auto page = query.page(all, &cursor, 100))
            for (const DossierListRow& row : *page)
                ids.append(row.id);
    QElapsedTimer timer;
    timer.start();
    const auto states = query.syncStates(ids);
    std::printf("%-34s %8.2f ms for %lld rows\n", "sync-state refresh", double(timer.nsecsElapsed()) / 1e6,
                static_cast<long long>(states ? states->size() : -1));
    return 0;
}
