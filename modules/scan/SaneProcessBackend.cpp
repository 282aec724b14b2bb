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
    {
        QMutexLocker lock(&m_mutex);
        if (m_devices && !refresh)
            return QtFuture::makeReadyFuture(Result<QList<ScannerDevice>>(*m_devices));
    }
    auto promise = std::make_shared<QPromise<Result<QList<ScannerDevice>>>>();
    auto future = promise->future();
    promise->start();
    post([this, promise, refresh](ScanWorkerClient& client) {
        client.requestDevices(refresh, [this, promise](Result<QList<ScannerDevice>> result) {
            if (result) {
                QMutexLocker lock(&m_mutex);
                m_devices = result.value();
            }
            promise->addResult(std::move(result));
            promise->finish();
        });
    });
    return future;
}

QFuture<Result<DeviceCapabilities>> SaneProcessBackend::capabilities(const QString& device)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_capabilities.contains(device))
            return QtFuture::makeReadyFuture(Result<DeviceCapabilities>(m_capabilities.value(device)));
    }
    auto promise = std::make_shared<QPromise<Result<DeviceCapabilities>>>();
    auto future = promise->future();
    promise->start();
    post([this, promise, device](ScanWorkerClient& client) {
        client.requestCapabilities(device, [this, promise, device](Result<DeviceCapabilities> result) {
            if (result) {
                QMutexLocker lock(&m_mutex);
                m_capabilities.insert(device, result.value());
            }
            promise->addResult(std::move(result));
            promise->finish();
        });
    });
    return future;
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
