#pragma once

#include "ScanError.h"
#include "ScannedPage.h"

#include <QMutex>
#include <atomic>

namespace motcua::scan {

class ScanJob;

// The backend's handle on a ScanJob: thread-safe, outlives the job. Reports are posted to the job's
// thread; once the job is gone they are dropped, so a worker never touches a deleted object.
class ScanJobControl
{
public:
    explicit ScanJobControl(ScanJob* job) : m_job(job) {}

    bool isCancelled() const { return m_cancelled.load(); }
    void requestCancel() { m_cancelled.store(true); }

    void pageStarted(int index);
    void pageProgressed(int index, int percent);
    void pageScanned(const ScannedPage& page);
    void finished(const ScanError& error, int pages);

private:
    friend class ScanJob;
    void detach();

    QMutex m_mutex;
    ScanJob* m_job;
    std::atomic_bool m_cancelled = false;
};

} // namespace motcua::scan
