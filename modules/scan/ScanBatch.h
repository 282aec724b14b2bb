#pragma once

#include "BatchSpool.h"
#include "PdfAWriter.h"
#include "PipelineOptions.h"
#include "ProcessedPage.h"
#include "ScanError.h"
#include "ScannedPage.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QMap>
#include <QObject>
#include <optional>

namespace motcua::scan {

class ScanJob;

// One batch from paper (or image files, or a recovered spool) to one PDF/A file. Pages are spooled and run
// through the pipeline on the thread pool as they arrive, so when the last sheet leaves the feeder only that
// page and the PDF assembly remain. Results are kept in feed order whatever order the workers finish in.
class ScanBatch : public QObject
{
    Q_OBJECT
public:
    explicit ScanBatch(PipelineOptions options, QObject* parent = nullptr);
    ~ScanBatch() override;

    // Write every incoming page to `spool` before processing (crash recovery). Call before the first page.
    void setSpool(const BatchSpool& spool) { m_spool = spool; }
    const std::optional<BatchSpool>& spool() const { return m_spool; }

    // Feeds the batch from a scan job; the job's end ends the input.
    void attach(ScanJob* job);
    // Feeds one page directly (image files, recovered pages).
    void addPage(const ScannedPage& page);
    // No more pages will come; `error` is why the scan stopped (None for a normal end).
    void endInput(const ScanError& error = {});
    // Feeds every page of `spool` (pages are not written again) and ends the input.
    Status recoverFrom(const BatchSpool& spool);

    bool isFinished() const { return m_inputEnded && m_pending == 0; }
    const ScanError& scanError() const { return m_scanError; }
    // Processed pages in feed order.
    QList<ProcessedPage> pages() const { return m_pages.values(); }
    QList<Error> pageErrors() const { return m_pageErrors; }
    // Milliseconds since the last page arrived (the "ready after the last sheet" figure).
    qint64 msSinceLastArrival() const { return m_clock.elapsed() - m_lastArrivalMs; }

    // Builds and saves the PDF on the thread pool (temp file + rename); the spool is removed once the file is
    // in place. Only valid once finished().
    QFuture<Status> writePdf(const QString& path, const PdfAWriter::Metadata& metadata);

signals:
    void pageArrived(int index);
    void pageProcessed(const motcua::scan::ProcessedPage& page);
    // Input ended and every page is processed (or failed).
    void finished();

private:
    void checkFinished();

    PipelineOptions m_options;
    std::optional<BatchSpool> m_spool;
    QMap<int, ProcessedPage> m_pages;
    QList<Error> m_pageErrors;
    ScanError m_scanError;
    int m_pending = 0;
    bool m_inputEnded = false;
    bool m_finishedEmitted = false;
    QElapsedTimer m_clock;
    qint64 m_lastArrivalMs = 0;
};

} // namespace motcua::scan
