#include "ScanBatch.h"

#include "PageProcessor.h"
#include "ScanJob.h"

#include <QtConcurrent>

namespace motcua::scan {

ScanBatch::ScanBatch(PipelineOptions options, QObject* parent) : QObject(parent), m_options(options)
{
    qRegisterMetaType<ProcessedPage>();
    m_clock.start();
}

ScanBatch::~ScanBatch() = default;

void ScanBatch::attach(ScanJob* job)
{
    connect(job, &ScanJob::pageScanned, this, &ScanBatch::addPage);
    connect(job, &ScanJob::finished, this, [this](const ScanError& error, int) { endInput(error); });
}

void ScanBatch::addPage(const ScannedPage& page)
{
    ++m_pending;
    m_lastArrivalMs = m_clock.elapsed();
    emit pageArrived(page.index);
    const std::optional<BatchSpool> spool = m_spool;
    const PipelineOptions options = m_options;
    QtConcurrent::run([page, spool, options]() -> Result<ProcessedPage> {
        // Spool first: once this returns the page survives a crash of the pipeline or the app.
        if (spool) {
            if (Status s = spool->addPage(page); !s)
                return s.error();
        }
        return PageProcessor::process(page, options);
    }).then(this, [this, index = page.index](Result<ProcessedPage> result) {
        --m_pending;
        if (result) {
            m_pages.insert(index, result.value());
            emit pageProcessed(result.value());
        } else {
            m_pageErrors.append(result.error());
        }
        checkFinished();
    });
}

void ScanBatch::endInput(const ScanError& error)
{
    m_inputEnded = true;
    m_scanError = error;
    checkFinished();
}

Status ScanBatch::recoverFrom(const BatchSpool& spool)
{
    m_spool.reset(); // the pages are already on disk
    for (int index : spool.pageIndexes()) {
        auto page = spool.loadPage(index);
        if (!page)
            return page.error();
        addPage(page.value());
    }
    m_spool = spool;
    endInput();
    return Status::success();
}

void ScanBatch::checkFinished()
{
    if (isFinished() && !m_finishedEmitted) {
        m_finishedEmitted = true;
        emit finished();
    }
}

QFuture<Status> ScanBatch::writePdf(const QString& path, const PdfAWriter::Metadata& metadata)
{
    Q_ASSERT(isFinished());
    const QList<ProcessedPage> pages = m_pages.values();
    const std::optional<BatchSpool> spool = m_spool;
    return QtConcurrent::run([pages, path, metadata, spool]() -> Status {
        PdfAWriter writer(metadata);
        for (const ProcessedPage& p : pages)
            writer.addPage(p.encoded);
        if (Status s = writer.save(path); !s)
            return s;
        if (spool)
            spool->remove(); // a leftover spool would only be offered for recovery again
        return Status::success();
    });
}

} // namespace motcua::scan
