#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <functional>

namespace motcua {

class Database;

struct SeedOptions
{
    qint64 count = 1000;
    quint64 randomSeed = 1;
    QDate lastDay = QDate::currentDate();           // the newest reception day; days go back from it
    int perDay = 0;                                 // dossiers per working day; 0 = spread over about 3 years
    QString agencyId = QStringLiteral("H01.29.10"); // issuer of the official codes of synced dossiers
    QString deskId = QStringLiteral("Q01");         // issuer of the provisional codes of recent dossiers
    int unsyncedDays = 2; // dossiers of the last N working days are still queued in the outbox
    bool demo = false;    // marks every dossier as demo data
    int batchSize = 5000; // dossiers per transaction
};

struct SeedReport
{
    qint64 inserted = 0;
    qint64 milliseconds = 0;
    QDate firstDay;
    QDate lastDay;
};

// Fills a database with synthetic dossiers (SyntheticData) through the same DossierRepository the
// desk uses, so every seeded dossier has its event, its outbox entry and its search row. Dossiers are
// written oldest first in batches of one transaction; older ones are marked synced, recent ones stay
// queued. For tests, demos and benchmarks — never for a real office.
class Seeder
{
public:
    explicit Seeder(Database& db) : m_db(db) {}

    Result<SeedReport> run(const SeedOptions& options, const std::function<void(qint64 done)>& progress = {});

private:
    Database& m_db;
};

} // namespace motcua
