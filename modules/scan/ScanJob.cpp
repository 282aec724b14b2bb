#include "ScanJob.h"

#include "ScanJobControl.h"

namespace motcua::scan {

ScanJob::ScanJob(QObject* parent) : QObject(parent), m_control(std::make_shared<ScanJobControl>(this))
{
    qRegisterMetaType<ScannedPage>();
    qRegisterMetaType<ScanError>();
}

ScanJob::~ScanJob()
{
    m_control->requestCancel();
    m_control->detach();
}

void ScanJob::cancel()
{
    m_control->requestCancel();
}

void ScanJob::deliverPage(const ScannedPage& page)
{
    m_pages = qMax(m_pages, page.index + 1);
    emit pageScanned(page);
}

void ScanJob::deliverFinished(const ScanError& error, int pages)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_pages = pages;
    emit finished(error, pages);
}

void ScanJobControl::detach()
{
    QMutexLocker lock(&m_mutex);
    m_job = nullptr;
}

// Each report is posted with the job as context: the event is queued in the job's thread and discarded
// if the job is deleted before it runs. The mutex makes "job still alive" and "post" one step.
void ScanJobControl::pageStarted(int index)
{
    QMutexLocker lock(&m_mutex);
    if (m_job)
        QMetaObject::invokeMethod(
            m_job, [job = m_job, index] { emit job->pageStarted(index); }, Qt::QueuedConnection);
}

void ScanJobControl::pageProgressed(int index, int percent)
{
    QMutexLocker lock(&m_mutex);
    if (m_job)
        QMetaObject::invokeMethod(
            m_job, [job = m_job, index, percent] { emit job->pageProgressed(index, percent); }, Qt::QueuedConnection);
}

void ScanJobControl::pageScanned(const ScannedPage& page)
{
    QMutexLocker lock(&m_mutex);
    if (m_job)
        QMetaObject::invokeMethod(
            m_job, [job = m_job, page] { job->deliverPage(page); }, Qt::QueuedConnection);
}

void ScanJobControl::finished(const ScanError& error, int pages)
{
    QMutexLocker lock(&m_mutex);
    if (m_job)
        QMetaObject::invokeMethod(
            m_job, [job = m_job, error, pages] { job->deliverFinished(error, pages); }, Qt::QueuedConnection);
}

} // namespace motcua::scan
