#pragma once

#include "ScannerBackend.h"
#include "ScannerInfoCache.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <memory>
#include <optional>

namespace motcua::scan {

class SaneDriver;
class ScanJobControl;

// The SANE driver hosted on one dedicated thread: every sane_* call, from sane_init to sane_exit, runs on
// m_thread, in request order. Requests queue behind a running batch (SANE handles are not re-entrant).
// The device list is cached after the first discovery, which is slow when network backends probe.
//
// In-process SANE has no protection against a driver that crashes or hangs (a crash takes the program down,
// a hang blocks every later request): the desk and the CLI use SaneProcessBackend, which runs this class
// inside motcua-scan-worker. Use it directly only where that is acceptable (the worker, tests).
class SaneBackend : public ScannerBackend
{
    Q_OBJECT
public:
    explicit SaneBackend(QObject* parent = nullptr);
    ~SaneBackend() override;

    QString id() const override { return QStringLiteral("sane"); }
    QFuture<Result<QList<ScannerDevice>>> devices(bool refresh = false) override;
    QFuture<Result<DeviceCapabilities>> capabilities(const QString& device) override;
    ScanJob* scan(const QString& device, const ScanSettings& settings) override;

    // Finishes once every request made before it has left the SANE thread (a scan's job reports its
    // outcome before the driver has released the device; this says the release is over).
    QFuture<void> whenIdle();

private:
    // Runs `task` on the SANE thread with the driver (created there on first use).
    void post(std::function<void(SaneDriver&)> task);

    QThread m_thread;
    QObject* m_threadContext = nullptr;   // lives in m_thread; queued calls target it
    std::unique_ptr<SaneDriver> m_driver; // created, used and destroyed on m_thread only

    ScannerInfoCache m_info;
    QMutex m_mutex; // guards the running jobs
    QList<std::weak_ptr<ScanJobControl>> m_running;
};

} // namespace motcua::scan
