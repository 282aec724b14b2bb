#pragma once

#include "Database.h"
#include "PassReport.h"

#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace motcua::sync {
class SyncEngine;
}

namespace motcua::sync::test {

inline constexpr auto kDeskId = "Q01";
inline constexpr auto kDeskSecret = "demo-desk-secret"; // the simulator's default desk secret

// A motcua-registry-sim process serving on 127.0.0.1 with a port the system picks.
class SimulatorProcess
{
public:
    SimulatorProcess() = default;
    ~SimulatorProcess();
    SimulatorProcess(const SimulatorProcess&) = delete;
    SimulatorProcess& operator=(const SimulatorProcess&) = delete;

    static QString program();
    bool start(const QString& databasePath, const QStringList& options = {}, QString* error = nullptr);
    QUrl url() const { return m_url; }
    // `motcua-registry-sim stats --db … --json`.
    QJsonObject stats() const;
    // Stops it (SIGTERM) and returns the faults it reports having injected.
    QJsonObject stop();

private:
    std::unique_ptr<QProcess> m_process;
    QString m_database;
    QUrl m_url;
};

// A desk database with dossiers waiting in the outbox, made through the same repository the desk uses.
class DeskFixture
{
public:
    explicit DeskFixture(const QString& directory);

    bool open(QString* error = nullptr);
    Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString filesRoot() const { return m_filesRoot; }

    // `count` new dossiers with provisional codes of desk Q01; with `attachmentBytes` > 0 each gets a
    // scanned component of that size (distinct contents). Returns their uuids.
    QStringList createDossiers(int count, qint64 attachmentBytes = 0);
    // Outbox rows per state ("queued", "sending", "failed", "synced").
    QMap<QString, qint64> outbox() const;
    qint64 pending() const; // not synced
    int provisionalCodes() const;
    QStringList lastErrors() const; // of failed entries

private:
    QString m_path;
    QString m_filesRoot;
    std::unique_ptr<Database> m_db;
    int m_created = 0;
};

// Deterministic bytes (no randomness in fixtures).
QByteArray patternBytes(qint64 size, quint32 seed);

// Runs passes with "retry now" before each until nothing is pending, at most `maxPasses`. Returns the
// summed counts; `passes` receives how many ran.
PassReport drain(SyncEngine& engine, Database& db, int maxPasses, int* passes = nullptr);

} // namespace motcua::sync::test
