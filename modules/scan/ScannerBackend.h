#pragma once

#include "DeviceCapabilities.h"
#include "Result.h"
#include "ScanSettings.h"
#include "ScannerDevice.h"

#include <QFuture>
#include <QObject>

namespace motcua::scan {

class ScanJob;

// The one small interface every driver implements (SANE, demo; TWAIN/WIA/ICA stubs behind build options).
// Nothing here blocks the caller: answers come as futures (continue them with a context object) or as
// ScanJob signals.
class ScannerBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // "sane", "demo", ...
    virtual QString id() const = 0;
    // Known devices. The list is cached; `refresh` asks the driver again (slow on some systems).
    virtual QFuture<Result<QList<ScannerDevice>>> devices(bool refresh = false) = 0;
    virtual QFuture<Result<DeviceCapabilities>> capabilities(const QString& device) = 0;
    // Starts a scan; the job reports pages in feed order and finishes exactly once. The caller owns the job.
    virtual ScanJob* scan(const QString& device, const ScanSettings& settings) = 0;
};

} // namespace motcua::scan
