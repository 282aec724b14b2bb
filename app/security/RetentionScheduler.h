#pragma once

#include "RetentionPurger.h"

#include <QObject>
#include <QTimer>

namespace motcua::security {

// Runs retention (RetentionPurger with the profile's SecuritySettings) in the running desk: a first time
// shortly after start, then periodically, on a worker thread with its own database connection. Each
// run is recorded in the audit trail as retention.purge by "system".
class RetentionScheduler : public QObject
{
    Q_OBJECT
public:
    RetentionScheduler(QString databasePath, QString fileRoot, QStringList draftFolders, QObject* parent = nullptr);

    void start(int firstDelayMs = 60 * 1000, int intervalMs = 6 * 3600 * 1000);
    void stop();
    bool isRunning() const { return m_running; }

    // One run as the scheduler does it, blocking (also used by `motcua-cli retention purge`).
    static Result<RetentionReport> runOnce(const QString& databasePath, const QString& fileRoot,
                                           const QStringList& draftFolders, const QString& actor, bool dryRun,
                                           const QDateTime& now = QDateTime::currentDateTime());

public slots:
    void runNow();

signals:
    void finished(const motcua::security::RetentionReport& report);
    void failed(const QString& errorCode);

private:
    QString m_databasePath;
    QString m_fileRoot;
    QStringList m_draftFolders;
    QTimer m_timer;
    int m_intervalMs = 0; // 0: no further runs
    bool m_running = false;
};

} // namespace motcua::security
