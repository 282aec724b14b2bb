#pragma once

#include "Credentials.h"
#include "DemoRegistry.h"
#include "PassReport.h"
#include "QueueSnapshot.h"
#include "RegistryClient.h"
#include "SyncSettings.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <memory>

namespace motcua::sync {

class SyncWorker;

// The sync module's RegistryClient: schedules passes of the worker thread and tells the desk where
// syncing stands. A pass starts when the outbox changes, when the network comes back, on "retry now",
// and on a timer; after a failure the next pass waits with exponential backoff and jitter, for as
// long as it takes (it never gives up). Everything here runs on the GUI thread and never blocks.
class SyncService : public RegistryClient
{
    Q_OBJECT
public:
    // `demoMode`: the in-process demo registry is the only registry this service will ever reach.
    SyncService(bool demoMode, QString demoDataDirectory, QObject* parent = nullptr);
    ~SyncService() override;

    // Starts syncing the desk database at `databasePath` (files under `filesRoot`).
    void start(const QString& databasePath, const QString& filesRoot);
    void stop();

    // RegistryClient
    State state() const override { return m_state; }
    int pendingCount() const override;
    int failedCount() const override { return int(m_queue.failed); }
    QDateTime lastSuccess() const override { return m_lastSuccess; }
    QString statusText() const override;
    QString warningText() const override { return m_warning; }
    qint64 clockSkewMs() const override { return m_lastReport.clockSkewKnown ? m_lastReport.clockSkewMs : 0; }

    bool demoMode() const { return m_demoMode; }
    const SyncSettings& settings() const { return m_settings; }
    const QueueSnapshot& queue() const { return m_queue; }
    const PassReport& lastReport() const { return m_lastReport; }
    QDateTime nextPassAt() const { return m_nextPassAt; }

    // Saves new settings; `secret` (when not empty) goes to the keychain. Refused in demo mode.
    void applySettings(const SyncSettings& settings, const QString& secret);
    void exportEntry(qint64 id, const QString& path);

public slots:
    void syncNow() override;
    void retryNow(const QString& dossierUuid = {}) override;
    // The desk's outbox changed: sync soon (debounced, so a burst of edits becomes one pass).
    void outboxChanged();

signals:
    void queueChanged();
    void entryExported(qint64 id, const QString& path, const QString& errorCode);
    void settingsApplied(const QString& errorCode);

private:
    void configureWorker();
    void onConfigured(const QString& errorCode, const QString& message);
    void onPassFinished(const PassReport& report);
    void onQueue(const QueueSnapshot& snapshot);
    void scheduleNext(qint64 delayMs);
    void setState(State state);
    void setWarning(const QString& text);
    void watchNetwork();

    bool m_demoMode;
    QString m_demoDirectory;
    SyncSettings m_settings;
    std::unique_ptr<DemoRegistry> m_demo;
    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    QTimer m_passTimer;
    QTimer m_debounce;
    State m_state = State::Offline;
    bool m_configured = false;
    bool m_passRunning = false;
    bool m_passAgain = false;
    int m_consecutiveFailures = 0;
    QString m_configError;
    QString m_warning;
    QueueSnapshot m_queue;
    PassReport m_lastReport;
    QDateTime m_lastSuccess;
    QDateTime m_nextPassAt;
};

} // namespace motcua::sync
