#include "SaneProcessBackend.h"

#include "ScanJob.h"
#include "ScanJobControl.h"

#include <QCoreApplication>
#include <QPromise>

namespace motcua::scan {

SaneProcessBackend::SaneProcessBackend(QObject* parent) : SaneProcessBackend(Options{}, parent) {}

SaneProcessBackend::SaneProcessBackend(Options options, QObject* parent) : ScannerBackend(parent)
{
    m_client =
        new ScanWorkerClient(options.workerPath.isEmpty() ? defaultWorkerPath() : options.workerPath, options.timings);
    m_thread.setObjectName(QStringLiteral("sane-client"));
    m_client->moveToThread(&m_thread);
    m_thread.start();
}

SaneProcessBackend::~SaneProcessBackend()
{
    {
        QMutexLocker lock(&m_mutex);
        for (const auto& weak : m_running) {
            if (auto control = weak.lock())
                control->requestCancel();
        }
    }
    QMetaObject::invokeMethod(
        m_client,
        [client = m_client] {
            client->shutdown();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_client; // its thread has stopped: it may be deleted from here
}

QString SaneProcessBackend::defaultWorkerPath()
{
    const QString fromEnvironment = qEnvironmentVariable("MOTCUA_SCAN_WORKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/motcua-scan-worker");
}

void SaneProcessBackend::post(std::function<void(ScanWorkerClient&)> task)
{
    QMetaObject::invokeMethod(
        m_client, [client = m_client, task = std::move(task)] { task(*client); }, Qt::QueuedConnection);
}

QFuture<Result<QList<ScannerDevice>>> SaneProcessBackend::devices(bool refresh)
{
    if (auto cached = m_info.cachedDevices(refresh))
        return *cached;
    auto pending = m_info.askDevices();
    post([deliver = pending.deliver, refresh](ScanWorkerClient& client) { client.requestDevices(refresh, deliver); });
    return pending.future;
}

QFuture<Result<DeviceCapabilities>> SaneProcessBackend::capabilities(const QString& device)
{
    if (auto cached = m_info.cachedCapabilities(device))
        return *cached;
    auto pending = m_info.askCapabilities(device);
    post(
        [deliver = pending.deliver, device](ScanWorkerClient& client) { client.requestCapabilities(device, deliver); });
    return pending.future;
}

ScanJob* SaneProcessBackend::scan(const QString& device, const ScanSettings& settings)
{
    auto* job = new ScanJob;
    auto control = job->control();
    {
        QMutexLocker lock(&m_mutex);
        m_running.erase(std::remove_if(m_running.begin(), m_running.end(), [](const auto& w) { return w.expired(); }),
                        m_running.end());
        m_running.append(control);
    }
    post([control, device, settings](ScanWorkerClient& client) { client.requestScan(device, settings, control); });
    return job;
}

} // namespace motcua::scan
