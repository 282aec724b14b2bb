#pragma once

#include "DeviceCapabilities.h"
#include "Result.h"
#include "ScannerDevice.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QMutex>
#include <functional>
#include <optional>

namespace motcua::scan {

// What a SANE backend learnt from its driver, the device list and each device's capabilities, shared by
// the callers' threads and the driver's. Asking a driver is slow (SANE probes network backends), so a
// backend answers from here when it can, and each successful answer fills it.
class ScannerInfoCache
{
public:
    // A future for the driver's answer; `deliver` (from any thread, once) remembers a success and
    // finishes the future.
    template <typename T>
    struct Pending
    {
        QFuture<Result<T>> future;
        std::function<void(Result<T>)> deliver;
    };

    // The cached list as a finished future; nothing when the driver must be asked (none yet, or `refresh`).
    std::optional<QFuture<Result<QList<ScannerDevice>>>> cachedDevices(bool refresh) const;
    std::optional<QFuture<Result<DeviceCapabilities>>> cachedCapabilities(const QString& device) const;

    Pending<QList<ScannerDevice>> askDevices();
    Pending<DeviceCapabilities> askCapabilities(const QString& device);

private:
    mutable QMutex m_mutex;
    std::optional<QList<ScannerDevice>> m_devices;
    QHash<QString, DeviceCapabilities> m_capabilities;
};

} // namespace motcua::scan
