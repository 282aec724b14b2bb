#include "ScannerInfoCache.h"

#include <QPromise>
#include <memory>

namespace motcua::scan {

namespace {

// A started promise and a one-shot delivery that runs `remember` on a success first.
template <typename T>
ScannerInfoCache::Pending<T> pending(std::function<void(const T&)> remember)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    ScannerInfoCache::Pending<T> answer;
    answer.future = promise->future();
    answer.deliver = [promise, remember = std::move(remember)](Result<T> result) {
        if (result)
            remember(result.value());
        promise->addResult(std::move(result));
        promise->finish();
    };
    return answer;
}

} // namespace

std::optional<QFuture<Result<QList<ScannerDevice>>>> ScannerInfoCache::cachedDevices(bool refresh) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_devices || refresh)
        return std::nullopt;
    return QtFuture::makeReadyFuture(Result<QList<ScannerDevice>>(*m_devices));
}

std::optional<QFuture<Result<DeviceCapabilities>>> ScannerInfoCache::cachedCapabilities(const QString& device) const
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_capabilities.constFind(device);
    if (found == m_capabilities.constEnd())
        return std::nullopt;
    return QtFuture::makeReadyFuture(Result<DeviceCapabilities>(*found));
}

ScannerInfoCache::Pending<QList<ScannerDevice>> ScannerInfoCache::askDevices()
{
    return pending<QList<ScannerDevice>>([this](const QList<ScannerDevice>& devices) {
        QMutexLocker lock(&m_mutex);
        m_devices = devices;
    });
}

ScannerInfoCache::Pending<DeviceCapabilities> ScannerInfoCache::askCapabilities(const QString& device)
{
    return pending<DeviceCapabilities>([this, device](const DeviceCapabilities& capabilities) {
        QMutexLocker lock(&m_mutex);
        m_capabilities.insert(device, capabilities);
    });
}

} // namespace motcua::scan
