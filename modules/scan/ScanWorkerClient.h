#pragma once

#include "DeviceCapabilities.h"
#include "Result.h"
#include "ScanSettings.h"
#include "ScanWorkerProtocol.h"
#include "ScannerDevice.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace motcua::scan {

class ScanJobControl;

// How long the desk waits for motcua-scan-worker before it calls the driver stopped. "Silence" is time
// without a single byte from the worker; a page arriving in pieces counts as talking.
struct ScanWorkerTimings
{
    int startMs = 10000;        // from start to the worker's "hello"
    int discoveryMs = 60000;    // silence while listing devices (network backends probe for a while)
    int capabilitiesMs = 30000; // silence while opening a device and reading its options
    int scanSilenceMs = 90000;  // silence during a scan (lamp warm-up, a slow first page)
    int cancelGraceMs = 5000;   // from sending "cancel" to the end of the batch
    int releaseGraceMs = 10000; // from the outcome to "idle" (sane_cancel, sane_close; some scanners eject)
    int shutdownGraceMs = 2000; // from closing the worker's input to its exit, then it is killed
};

// The desk's end of the worker protocol (SaneProcessBackend's engine). Lives on a thread of its own: every
// function here runs there. Requests go to the worker one at a time, in order; the next is sent once the
// worker said "idle" for the previous one. A worker that crashes, stays silent too long, does not stop
// after a cancel, does not release the device after a batch, or sends something that is not a frame is
// killed; the request in flight ends with "scan.driver_stopped" (a scan keeps the pages it delivered), and
// the next request starts a fresh worker.
class ScanWorkerClient : public QObject
{
    Q_OBJECT
public:
    using DevicesHandler = std::function<void(Result<QList<ScannerDevice>>)>;
    using CapabilitiesHandler = std::function<void(Result<DeviceCapabilities>)>;

    ScanWorkerClient(QString workerPath, ScanWorkerTimings timings);
    ~ScanWorkerClient() override;

    void requestDevices(bool refresh, DevicesHandler handler);
    void requestCapabilities(const QString& device, CapabilitiesHandler handler);
    void requestScan(const QString& device, const ScanSettings& settings, std::shared_ptr<ScanJobControl> control);
    // Ends every request (scans as cancelled), closes the worker's input and waits for it to exit (killing
    // it after the shutdown grace). Call before the thread stops.
    void shutdown();

    // Readable from any thread.
    qint64 workerPid() const { return m_pid.load(); }
    int workerStarts() const { return m_starts.load(); }

private:
    enum class Kind { Devices, Capabilities, Scan };
    struct Request
    {
        Kind kind = Kind::Devices;
        qint64 id = 0;
        QCborMap message;
        DevicesHandler onDevices;
        CapabilitiesHandler onCapabilities;
        std::shared_ptr<ScanJobControl> control;
        bool sent = false;
        bool answered = false; // the outcome is in; "idle" is still to come
        bool cancelSent = false;
        int pages = 0;
        QElapsedTimer sinceCancel;
    };

    void submit(Request request);
    void pump();
    bool startWorker(QString* problem);
    void stopWorker();
    void sendCurrent();
    void onStdout();
    void onStderr();
    void onExited(int exitCode, QProcess::ExitStatus status);
    void onTick();
    // Returns false when the worker was stopped while handling it.
    bool handleFrame(const QCborMap& message, const QByteArray& data);
    void garbage(const QString& problem);
    bool reject(const QString& problem); // garbage(), then false
    void fault(const QString& reason);
    // Ends `request` with `error` (code and message) unless it already has its outcome.
    void fail(Request& request, const QString& code, const QString& message);
    int silenceLimit(const Request& request) const;

    const QString m_workerPath;
    const ScanWorkerTimings m_timings;
    QProcess* m_process = nullptr;
    worker::FrameReader m_reader;
    bool m_hello = false;
    QElapsedTimer m_sinceHeard;
    QStringList m_stderrTail;
    QByteArray m_stderrPartial;
    QTimer* m_tick = nullptr;
    std::deque<Request> m_queue;
    std::optional<Request> m_current;
    qint64 m_nextId = 1;
    bool m_shutDown = false;
    std::atomic<qint64> m_pid = 0;
    std::atomic<int> m_starts = 0;
};

} // namespace motcua::scan
