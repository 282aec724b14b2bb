#pragma once

#include "DeviceCapabilities.h"
#include "Result.h"
#include "SaneOptionInfo.h"
#include "ScanError.h"
#include "ScanSettings.h"
#include "ScannerDevice.h"

#include <QThread>

namespace motcua::scan {

class ScanJobControl;

// Synchronous wrapper over the SANE C API. Not thread-safe by design: the SANE standard makes no promise
// about calls from several threads and many vendor backends keep global state, so exactly one thread may
// own a SaneDriver and make every sane_* call (SaneBackend gives it a dedicated QThread). Construction calls
// sane_init, destruction sane_exit, both on the owning thread.
class SaneDriver
{
public:
    SaneDriver();
    ~SaneDriver();
    SaneDriver(const SaneDriver&) = delete;
    SaneDriver& operator=(const SaneDriver&) = delete;

    bool isInitialised() const { return m_initialised; }

    Result<QList<ScannerDevice>> listDevices();
    Result<QList<SaneOptionInfo>> options(const QString& device);
    Result<DeviceCapabilities> capabilities(const QString& device);
    // Scans until the feeder is empty, maxPages is reached or one flatbed page is done, reporting every
    // page through `control` as soon as its last byte arrived. Returns the error that ended the batch
    // (None when it ended normally). Pages already reported stay valid whatever the outcome. Once the device
    // is open the outcome is also reported through control.finished() before the device is released
    // (sane_cancel, sane_close), so a driver that hangs while releasing cannot hold it back.
    ScanError scan(const QString& device, const ScanSettings& settings, ScanJobControl& control, int* pages);

    static ScanError::Code errorCodeFor(int saneStatus);

private:
    QThread* m_owner = nullptr;
    bool m_initialised = false;
};

} // namespace motcua::scan
