#include "SaneBackend.h"

#include "SaneDriver.h"
#include "ScanJob.h"
#include "ScanJobControl.h"

#include <QPromise>

namespace motcua::scan {

SaneBackend::SaneBackend(QObject* parent) : ScannerBackend(parent)
{
    m_thread.setObjectName(QStringLiteral("sane"));
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();
}

SaneBackend::~SaneBackend()
{
    {
        QMutexLocker lock(&m_mutex);
        for (const auto& weak : m_running) {
            if (auto control = weak.lock())
                control->requestCancel();
        }
    }
    // sane_exit happens on the SANE thread, after any queued work; the context is deleted once the thread
    // has stopped (an object without a running thread may be deleted from anywhere).
    QMetaObject::invokeMethod(
        m_threadContext,
        [this] {
            m_driver.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_threadContext;
}

void SaneBackend::post(std::function<void(SaneDriver&)> task)
{
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, task = std::move(task)] {
            if (!m_driver)
                m_driver = std::make_unique<SaneDriver>();
            task(*m_driver);
        },
        Qt::QueuedConnection);
}

QFuture<Result<QList<ScannerDevice>>> SaneBackend::devices(bool refresh)
{
    if (auto cached = m_info.cachedDevices(refresh))
        return *cached;
    auto pending = m_info.askDevices();
    post([deliver = pending.deliver](SaneDriver& driver) { deliver(driver.listDevices()); });
    return pending.future;
}

QFuture<Result<DeviceCapabilities>> SaneBackend::capabilities(const QString& device)
{
    if (auto cached = m_info.cachedCapabilities(device))
        return *cached;
    auto pending = m_info.askCapabilities(device);
    post([deliver = pending.deliver, device](SaneDriver& driver) { deliver(driver.capabilities(device)); });
    return pending.future;
}

QFuture<void> SaneBackend::whenIdle()
{
    auto promise = std::make_shared<QPromise<void>>();
    auto future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_threadContext, [promise] { promise->finish(); }, Qt::QueuedConnection);
    return future;
}

ScanJob* SaneBackend::scan(const QString& device, const ScanSettings& settings)
{
    auto* job = new ScanJob;
    auto control = job->control();
    {
        QMutexLocker lock(&m_mutex);
        m_running.erase(std::remove_if(m_running.begin(), m_running.end(), [](const auto& w) { return w.expired(); }),
                        m_running.end());
        m_running.append(control);
    }
    post([control, device, settings](SaneDriver& driver) {
        int pages = 0;
        const ScanError error = driver.scan(device, settings, *control, &pages);
        control->finished(error, pages);
    });
    return job;
}

} // namespace motcua::scan
