#pragma once

#include "ScanError.h"
#include "ScannedPage.h"

#include <QObject>
#include <memory>

namespace motcua::scan {

class ScanJobControl;

// A running scan as seen by its caller. Lives in the caller's thread; the backend's worker reports through
// a ScanJobControl, so signals always arrive queued in the caller's thread and the job may be deleted at
// any time (later reports are dropped).
class ScanJob : public QObject
{
    Q_OBJECT
public:
    explicit ScanJob(QObject* parent = nullptr);
    ~ScanJob() override;

    // The worker side. Backends keep a copy for the duration of the scan.
    std::shared_ptr<ScanJobControl> control() const { return m_control; }

    bool isFinished() const { return m_finished; }
    int pagesScanned() const { return m_pages; }
    const ScanError& error() const { return m_error; }

public slots:
    // Thread-safe; the backend stops at the next buffer and reports ScanError::Cancelled.
    void cancel();

signals:
    void pageStarted(int index);
    void pageProgressed(int index, int percent);
    // The per-page callback: a complete page, in feed order.
    void pageScanned(const motcua::scan::ScannedPage& page);
    // Always emitted once. `error` is None when the batch ended normally (feeder empty, page count reached).
    void finished(const motcua::scan::ScanError& error, int pages);

private:
    friend class ScanJobControl;
    void deliverFinished(const ScanError& error, int pages);
    void deliverPage(const ScannedPage& page);

    std::shared_ptr<ScanJobControl> m_control;
    ScanError m_error;
    int m_pages = 0;
    bool m_finished = false;
};

} // namespace motcua::scan
