#pragma once

#include "ScanWorkerClient.h"
#include "ScannerBackend.h"
#include "ScannerInfoCache.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <memory>
#include <optional>

namespace motcua::scan {

class ScanJobControl;

// SANE in a worker process (motcua-scan-worker, which runs SaneBackend): what the desk and `motcua-cli scan`
// use, so that a vendor backend that crashes or hangs cannot take the desk down. The worker is started on
// first use and talked to from a thread of this backend's own (ScanWorkerClient), so no call here blocks
// the caller, and a caller without an event loop (the CLI waiting on a future) works too. A worker that
// crashes, hangs, does not stop after a cancel or sends garbage is killed: the request in flight ends with
// ScanError::DriverStopped ("scan.driver_stopped"; a scan keeps the pages already received) and the next
// request starts a fresh worker. Devices and capabilities are cached here as in SaneBackend.
class SaneProcessBackend : public ScannerBackend
{
    Q_OBJECT
public:
    struct Options
    {
        QString workerPath; // empty: defaultWorkerPath()
        ScanWorkerTimings timings;
    };

    explicit SaneProcessBackend(QObject* parent = nullptr);
    explicit SaneProcessBackend(Options options, QObject* parent = nullptr);
    // Cancels running scans and stops the worker (waits up to the shutdown grace, then kills it).
    ~SaneProcessBackend() override;

    // $MOTCUA_SCAN_WORKER when set, else motcua-scan-worker in the application's own folder.
    static QString defaultWorkerPath();

    QString id() const override { return QStringLiteral("sane"); }
    QFuture<Result<QList<ScannerDevice>>> devices(bool refresh = false) override;
    QFuture<Result<DeviceCapabilities>> capabilities(const QString& device) override;
    ScanJob* scan(const QString& device, const ScanSettings& settings) override;

    // For diagnostics and tests: the running worker's process id (0 when none) and how many were started.
    qint64 workerPid() const { return m_client->workerPid(); }
    int workerStarts() const { return m_client->workerStarts(); }

private:
    void post(std::function<void(ScanWorkerClient&)> task);

    QThread m_thread;
    ScanWorkerClient* m_client = nullptr; // lives in m_thread

    ScannerInfoCache m_info;
    QMutex m_mutex; // guards the running jobs
    QList<std::weak_ptr<ScanJobControl>> m_running;
};

} // namespace motcua::scan
