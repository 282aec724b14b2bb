#pragma once

#include "SaneBackend.h"
#include "ScanWorkerProtocol.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSocketNotifier;

namespace motcua::scan {

class ScanJob;

namespace worker {

// The worker's side of the protocol: reads requests from `inFd`, runs them on the in-process SaneBackend
// (every sane_* call on its one SANE thread) and writes answers, pages and progress to `outFd`. Requests
// may arrive while a scan runs (the desk sends one at a time, but "cancel" comes during the scan). End of
// input means the desk is gone or done: the worker quits.
class ScanWorkerServer : public QObject
{
    Q_OBJECT
public:
    ScanWorkerServer(int inFd, int outFd, QObject* parent = nullptr);
    ~ScanWorkerServer() override;

    void start();

signals:
    void inputClosed();

private:
    struct Faults
    {
        int hangAfterPage = 0;     // stop answering (and reading) after sending that many pages
        bool hangOnCancel = false; // stop answering when a cancel arrives, like a driver stuck in sane_cancel
        int garbageAfterPage = 0;  // write bytes that are no frame after that many pages
        bool stdoutNoise = false;  // print to stdout at start, as a chatty vendor backend would
        bool stuckRelease = false; // never say "idle" after a scan, like a driver stuck in sane_cancel
    };
    static Faults readFaults();
    [[noreturn]] static void hangForever();

    void onReadable();
    void handle(const QCborMap& message);
    void send(const QCborMap& message);
    void sendIdleWhenDone(qint64 id);
    void writeAll(const QByteArray& bytes);

    int m_inFd;
    int m_outFd;
    QSocketNotifier* m_notifier = nullptr;
    FrameReader m_reader;
    SaneBackend m_backend;
    QHash<qint64, QPointer<ScanJob>> m_jobs;
    Faults m_faults;
    int m_pagesSent = 0;
};

} // namespace worker
} // namespace motcua::scan
