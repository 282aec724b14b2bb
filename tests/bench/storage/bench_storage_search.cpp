// Search over a large seeded database: p50/p95 of ~200 realistic desk queries.
//
//   bench_storage_search [--db FILE] [--count 1000000] [--queries 200] [--reseed]
//
// The database is seeded once (build-storage/bench-data/search-<count>.sqlite) and reused by later runs.
#include "BenchStats.h"
#include "Database.h"
#include "SearchIndex.h"
#include "Seeder.h"
#include "Statement.h"
#include "SyntheticData.h"
#include "TextFold.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTextStream>
#include <cstdio>

using namespace motcua;
using namespace motcua::bench;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Query
{
    QString kind;
    QString text;
};

struct Sample
{
    QString name, id, code, address;
};

Sample sampleAt(Database& db, qint64 rowId)
{
    Statement s = db.prepare("SELECT applicant_name, applicant_id_number, code, applicant_address FROM dossiers"
                             " WHERE id >= ?1 ORDER BY id LIMIT 1");
    s.bind(1, rowId);
    if (!s.next())
        return {};
    return {s.text(0), s.text(1), s.text(2), s.text(3)};
}

// Queries as officials type them, built from real rows so most of them find something.
QList<Query> buildQueries(Database& db, int n, qint64 maxId)
{
    SyntheticData random(4242);
    QList<Query> queries;
    while (queries.size() < n) {
        const Sample s = sampleAt(db, random.uniform(1, int(maxId)));
        if (s.name.isEmpty())
            continue;
        const QString folded = foldForSearch(s.name);
        const QStringList words = folded.split(QLatin1Char(' '));
        const QStringList addressParts = s.address.split(QStringLiteral(", "));
        const int kind = random.uniform(0, 99);
        if (kind < 30) {
            queries.append({QStringLiteral("full name, no diacritics"), folded});
        } else if (kind < 40) {
            queries.append({QStringLiteral("full name with diacritics"), s.name});
        } else if (kind < 55) {
            // Still typing: the last word is cut short.
            QString partial = folded;
            partial.chop(std::min<qsizetype>(words.last().size() - 1, random.uniform(1, 2)));
            queries.append({QStringLiteral("name being typed"), partial});
        } else if (kind < 60) {
            queries.append({QStringLiteral("family + given name"), words.first() + QLatin1Char(' ') + words.last()});
        } else if (kind < 72) {
            queries.append({QStringLiteral("ID number"), s.id});
        } else if (kind < 77) {
            queries.append({QStringLiteral("ID number prefix"), s.id.left(8)});
        } else if (kind < 87) {
            queries.append({QStringLiteral("dossier code"), s.code});
        } else if (kind < 92) {
            queries.append({QStringLiteral("code tail"), s.code.section(QLatin1Char('-'), -2)});
        } else {
            // A commune and the given name: "phuong hoang liet anh".
            const QString commune = addressParts.size() >= 2 ? addressParts[addressParts.size() - 2] : QString();
            queries.append(
                {QStringLiteral("commune + given name"), foldForSearch(commune) + QLatin1Char(' ') + words.last()});
        }
    }
    return queries;
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
    const qint64 count = option(QStringLiteral("--count"), QStringLiteral("1000000")).toLongLong();
    const int queryCount = option(QStringLiteral("--queries"), QStringLiteral("200")).toInt();
    const QString path =
        option(QStringLiteral("--db"), QStringLiteral(MOTCUA_BENCH_DATA_DIR "/search-%1.sqlite").arg(count));
    if (args.contains(QStringLiteral("--reseed")))
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));

    out() << "Storage search benchmark\n  database: " << path << "\n";
    {
        auto db = Database::open(path);
        if (!db) {
            out() << "cannot open: " << db.error().message << "\n";
            return 1;
        }
        const qint64 existing = (*db)->dossierCount();
        if (existing < count) {
            out() << "  seeding " << (count - existing) << " synthetic dossiers ..." << Qt::endl;
            SeedOptions options;
            options.count = count - existing;
            options.lastDay = QDate(2026, 6, 30);
            options.randomSeed = quint64(existing + 1);
            options.batchSize = 20000;
            const auto report = Seeder(**db).run(options, [](qint64 done) {
                if (done % 100000 == 0)
                    out() << "    " << done << Qt::endl;
            });
            if (!report) {
                out() << "seeding failed: " << report.error().message << "\n";
                return 1;
            }
            out() << "  seeded " << report->inserted << " dossiers in " << report->milliseconds / 1000.0 << " s ("
                  << qRound(report->inserted * 1000.0 / std::max<qint64>(1, report->milliseconds)) << "/s)\n";
            (*db)->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    // Opening the file the way the desk does (quick_check included), after the OS has cached it.
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    const qint64 openMs = timer.elapsed();
    if (!opened)
        return 1;
    Database& db = **opened;
    timer.restart();
    DatabaseOptions noCheck;
    noCheck.check = IntegrityCheck::None;
    auto fast = Database::open(path, noCheck);
    const qint64 openNoCheckMs = timer.elapsed();
    out() << "  dossiers: " << db.dossierCount() << ", size " << db.fileSize() / 1048576 << " MB\n"
          << "  open with quick_check: " << openMs << " ms; without: " << openNoCheckMs << " ms\n";

    Statement maxId = db.prepare("SELECT max(id) FROM dossiers");
    maxId.next();
    const QList<Query> queries = buildQueries(db, queryCount, maxId.int64(0));
    SearchIndex index(db);
    for (int i = 0; i < std::min<int>(20, queries.size()); ++i)
        index.search(queries[i].text); // warm the statement cache and the first pages

    QList<double> all;
    QMap<QString, QList<double>> byKind;
    qint64 hits = 0;
    int empty = 0;
    for (const Query& q : queries) {
        QElapsedTimer t;
        t.start();
        const auto found = index.search(q.text, SearchIndex::kDefaultLimit);
        const double us = double(t.nsecsElapsed()) / 1000.0;
        if (!found) {
            out() << "query failed: " << found.error().message << "\n";
            return 1;
        }
        hits += found->size();
        empty += found->isEmpty() ? 1 : 0;
        all.append(us);
        byKind[q.kind].append(us);
    }
    out() << "  queries: " << queries.size() << ", limit " << SearchIndex::kDefaultLimit << ", mean hits "
          << QString::number(double(hits) / queries.size(), 'f', 1) << ", queries without hits " << empty << "\n"
          << "  ALL  " << Percentiles::of(all).toMs() << "\n";
    for (auto it = byKind.begin(); it != byKind.end(); ++it)
        out() << "    " << it.key().leftJustified(28) << Percentiles::of(it.value()).toMs() << "\n";
    out().flush();
    return 0;
}
